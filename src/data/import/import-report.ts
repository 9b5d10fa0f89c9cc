/**
 * The result of one import: what `segmap import --json` prints and the API returns. The invariant
 * rowsIn = rowsLoaded + rowsRejected holds for every report (import-table.ts asserts it).
 */
export interface Reject {
  /** Row number in the user's file: the record's row as a spreadsheet shows it (CSV/XLSX header = row 1). */
  readonly row: number;
  readonly column: string;
  readonly value: string;
  readonly reason: string;
}

export interface ImportReport {
  readonly importId: string;
  readonly table: string;
  readonly file: string;
  readonly rowsIn: number;
  readonly rowsLoaded: number;
  readonly rowsRejected: number;
  /** Every problem found (a rejected row may have several), capped at 10,000; all are in import_rejects. */
  readonly rejects: Reject[];
  readonly warnings: string[];
  /** Total reject entries (≥ rejects.length). */
  readonly rejectsTotal: number;
  readonly format: string;
  readonly encoding?: string;
  /** Rows written per table (a wide survey writes questions, respondents and responses). */
  readonly tables: Readonly<Record<string, number>>;
  readonly seconds: number;
}
