/**
 * `segmap import`: load one file (CSV, Parquet, XLSX, SPSS .sav) into one model table of a workspace,
 * through an optional mapping file, with validation and a reject report.
 *
 * Phases (the work itself lives in data/import/import-table.ts):
 *   1. read the mapping YAML (zod-validated) when one is given
 *   2. sniff the file (format, encoding, delimiter, Qualtrics header rows) — no rows read yet
 *   3. resolve the mapping against the file's columns; a missing required column stops here, nothing loaded
 *   4. read every row once in DuckDB, typing the fields and flagging bad cells in the same pass
 *   5. set-based validation in SQL → rejects (row, column, value, reason): references, duplicate keys, scales
 *   6. upsert the good rows and record the import and its rejects, in ONE transaction
 *
 * Invariant: rowsIn = rowsLoaded + rowsRejected (asserted). `row` is the record's row number as a
 * spreadsheet shows the file: the header is row 1, the first data record row 2; a quoted field with a line
 * break inside does not start a new row. XLSX rows are the sheet's own row numbers; Parquet and SAV rows
 * count the first record as row 1 (they have no header row).
 *
 * @example
 *   const report = await importFile({ workspace: ws, table: 'stakeholders', file: 'hcp.csv' });
 *   // → { rowsIn: 3516, rowsLoaded: 3516, rowsRejected: 0, rejects: [], ... }
 * @throws InputError when the file cannot be read or lacks a required column (nothing is loaded)
 * @throws UsageError for an unknown table or a mapping that does not fit the table
 */
import { openWorkspace, type Workspace } from '../data/workspace.js';
import { importableTables, importTable } from '../data/import/import-table.js';
import { parseMapping, readMappingFile } from '../data/import/read-mapping-file.js';
import type { MappingInput } from '../spec/mapping.js';
import type { ProgressSink } from '../lib/progress.js';
import type { ImportReport } from '../data/import/import-report.js';

export interface ImportRequest {
  readonly workspace: Workspace;
  /** A model table name (`segmap import --table`), or `survey` for a wide survey file (one row per respondent). */
  readonly table: string;
  readonly file: string;
  readonly mappingFile?: string;
  /** A mapping given as an object (validated like a file); ignored when `mappingFile` is set. */
  readonly mapping?: MappingInput;
  /** Recorded in each row's `source`; defaults to the mapping's `source`, then the file name. */
  readonly source?: string;
  readonly progress?: ProgressSink;
}

export type { ImportReport, Reject } from '../data/import/import-report.js';

export async function importFile(request: ImportRequest): Promise<ImportReport> {
  const mapping =
    request.mappingFile !== undefined ? await readMappingFile(request.mappingFile) : request.mapping !== undefined ? parseMapping(request.mapping) : undefined;
  return importTable(request.workspace, {
    table: request.table,
    file: request.file,
    ...(mapping ? { mapping } : {}),
    ...(request.source === undefined ? {} : { source: request.source }),
    ...(request.progress ? { progress: request.progress } : {}),
  });
}

/** Names `--table` accepts: the model tables plus `survey` (wide survey files). */
export const importTableNames = (): readonly string[] => importableTables();

/** The CLI's entry: opens the workspace in `dir`, imports, closes it (also on failure). */
export async function importFileInto(dir: string, request: Omit<ImportRequest, 'workspace'>): Promise<ImportReport> {
  const workspace = await openWorkspace(dir);
  try {
    return await importFile({ ...request, workspace });
  } finally {
    workspace.close();
  }
}
