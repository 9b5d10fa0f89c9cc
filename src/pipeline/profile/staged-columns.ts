/**
 * Column access for profiling a file: the file is read once into an in-memory DuckDB (through the same
 * readers as `segmap import`: CSV, Parquet, XLSX, SPSS .sav) as raw text columns, then each column is
 * described (answers, numeric answers, distinct values) and read as numbers or text, one column at a time,
 * in the file's row order. Column identifiers are the staging names (c1, c2, …), never user text.
 *
 * Complexity: one staging pass, then one scan per column used.
 *
 * @example
 * const table = await stageForProfile('survey.csv');
 * await table.numbers('age'); // Float64Array, NaN where empty or not a number
 */
import type { DuckDBValue } from '@duckdb/node-api';
import { detectFormat } from '../../data/import/detect-format.js';
import { prepareFile } from '../../data/import/stage-file.js';
import { typedTable as stageTable, type StagedColumn } from '../../data/import/staged-file.js';
import { memoryWorkspace, type Workspace } from '../../data/workspace.js';
import { InputError } from '../../lib/errors.js';
import { profileMessages } from '../../lib/messages/profile.js';

export interface ColumnDescription {
  /** Non-empty cells. */
  readonly answered: number;
  /** Non-empty cells that read as numbers. */
  readonly numeric: number;
  readonly distinct: number;
  /** Numeric cells that are whole numbers. */
  readonly integers: number;
}

export interface StagedTable {
  readonly file: string;
  readonly names: readonly string[];
  readonly rows: number;
  /** The file's row number of each staged row (header = row 1 for CSV), for error messages. */
  rowNumbers(): Promise<Float64Array>;
  describe(name: string): Promise<ColumnDescription>;
  numbers(name: string): Promise<Float64Array>;
  text(name: string): Promise<(string | null)[]>;
  close(): Promise<void>;
}

async function firstColumn(ws: Workspace, sql: string, params: DuckDBValue[] = []): Promise<unknown[]> {
  const reader = await ws.connection.runAndReadAll(sql, params);
  return reader.getColumnsJS()[0] ?? [];
}

export async function stageForProfile(file: string): Promise<StagedTable> {
  const format = await detectFormat(file);
  const ws = await memoryWorkspace();
  let staged;
  try {
    staged = await prepareFile(ws, file, format, undefined);
    // every column as raw text (c1, c2, …) plus `_row`; no typing, nothing rejected by us
    await staged.read(ws, { typed: () => '', bad: () => 'false', afterTyping: '', fields: [], keepRaw: true, keepColumns: [], usesRecordNumbers: false });
  } catch (error) {
    if (staged) await staged.dispose(ws);
    ws.close();
    throw error instanceof InputError ? error : new InputError(profileMessages.unreadable(file, error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)), { file });
  }
  const prepared = staged;
  const byName = new Map<string, StagedColumn>(staged.columns.map((c) => [c.name, c]));
  const column = (name: string): string => {
    const c = byName.get(name);
    if (!c) throw new InputError(profileMessages.columnsMissing([name], file), { file, column: name });
    return c.sql; // a staging identifier (c1, c2, …)
  };
  const cleaned = (sql: string): string => `nullif(trim(${sql}), '')`;
  const count = await firstColumn(ws, `select count(*) from ${stageTable}`);
  return {
    file,
    names: staged.columns.map((c) => c.name),
    rows: Number(count[0] ?? 0),
    async rowNumbers() {
      return Float64Array.from(await firstColumn(ws, `select _row from ${stageTable} order by _row`), Number);
    },
    async describe(name) {
      const c = cleaned(column(name));
      const reader = await ws.connection.runAndReadAll(
        `select count(${c}), count(try_cast(${c} as double)), count(distinct ${c}),
                count(*) filter (where try_cast(${c} as double) = round(try_cast(${c} as double)))
         from ${stageTable}`,
      );
      const [answered, numeric, distinct, integers] = (reader.getRowsJS()[0] ?? []).map(Number);
      return { answered: answered ?? 0, numeric: numeric ?? 0, distinct: distinct ?? 0, integers: integers ?? 0 };
    },
    async numbers(name) {
      const values = await firstColumn(ws, `select try_cast(${cleaned(column(name))} as double) from ${stageTable} order by _row`);
      return Float64Array.from(values, (v) => (typeof v === 'number' ? v : Number.NaN));
    },
    async text(name) {
      const values = await firstColumn(ws, `select ${cleaned(column(name))} from ${stageTable} order by _row`);
      return values.map((v) => (typeof v === 'string' ? v : null));
    },
    async close() {
      await prepared.dispose(ws);
      ws.close();
    },
  };
}
