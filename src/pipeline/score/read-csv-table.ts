/**
 * Reads a CSV (or Parquet) file into an InputTable through an in-memory DuckDB (data/workspace.ts), so
 * quoting, types and encodings are handled by DuckDB's reader. Only the columns asked for are read;
 * the file path travels as a parameter.
 *
 * @example
 * const { table, names } = await readCsvTable('respondents.csv', ['id', 'q1', 'q2']);
 * @throws {NotFoundError} when the file does not exist
 */
import { existsSync } from 'node:fs';
import { NotFoundError, InputError } from '../../lib/errors.js';
import { commonMessages } from '../../lib/messages/common.js';
import { typingMessages } from '../../lib/messages/typing.js';
import { memoryWorkspace } from '../../data/workspace.js';
import { ident } from '../../data/sql.js';
import { tableFromRecords, type InputTable } from './input-table.js';

export interface ReadTable {
  readonly table: InputTable;
  /** Every column name in the file, in file order. */
  readonly names: readonly string[];
}

export async function readCsvTable(file: string, wanted?: readonly string[]): Promise<ReadTable> {
  if (!existsSync(file)) throw new NotFoundError(commonMessages.fileNotFound(file));
  const ws = await memoryWorkspace();
  try {
    const reader = file.toLowerCase().endsWith('.parquet') ? 'read_parquet($1)' : 'read_csv($1, header = true)';
    let described: { column_name: string }[];
    try {
      described = await ws.all<{ column_name: string }>(`describe select * from ${reader}`, [file]);
    } catch (error) {
      throw new InputError(typingMessages.emptyFile(file), { file }, error);
    }
    const names = described.map((d) => d.column_name);
    const take = (wanted ?? names).filter((n) => names.includes(n));
    if (take.length === 0) return { table: { rows: 0, columns: new Map() }, names };
    const rows = await ws.all(`select ${take.map(ident).join(', ')} from ${reader}`, [file]);
    return { table: tableFromRecords(rows, take), names };
  } finally {
    ws.close();
  }
}
