/**
 * Prepares a Parquet file: DuckDB reads it natively; every column is cast to text so validation is the
 * same SQL as for CSV, in the same single pass. Rows are numbered from 1 in file order
 * (`file_row_number`), since Parquet has no header row.
 */
import type { Workspace } from '../workspace.js';
import { ident, Params } from '../sql.js';
import { InputError } from '../../lib/errors.js';
import { importMessages } from '../../lib/messages/index.js';
import { createTyped, stagedColumns, typedTable, type PreparedFile } from './staged-file.js';

export async function prepareParquet(ws: Workspace, file: string): Promise<PreparedFile> {
  let names: string[];
  try {
    names = (await ws.all<{ column_name: string }>(`select column_name from (describe select * from read_parquet($1))`, [file])).map((r) => r.column_name);
  } catch (error) {
    throw new InputError(importMessages.unreadable(file, error instanceof Error ? (error.message.split('\n')[0] ?? '') : 'unknown'), { file });
  }
  const { columns } = stagedColumns(names);
  const casts = columns.map((c, i) => `${ident(names[i] ?? '')}::varchar as ${c.sql}`).join(', ');
  return {
    format: 'parquet',
    columns,
    warnings: [],
    async read(db, projection) {
      const p = new Params();
      await createTyped(db, `(select file_row_number + 1 as _row, ${casts} from read_parquet(${p.add(file)}, file_row_number = true))`, p, projection, columns);
      const [count] = await db.all<{ n: number }>(`select count(*)::bigint as n from ${typedTable}`);
      return { rowsIn: Number(count?.n ?? 0), rowRejects: [] };
    },
    dispose: async () => undefined,
  };
}
