/**
 * Writes a CSV whose lines DuckDB computes (see ./calllist-sql.ts), with DuckDB's own COPY: no row
 * crosses into JavaScript. The file is written the atomic way every export is (temp file in the same
 * folder, fsync, rename) and hashed (SHA-256) for the audit record before it is renamed into place.
 *
 * COPY is told not to quote or escape anything (quote '' and escape '', an unlikely delimiter): every
 * line is already a finished RFC 4180 line ending in CR, and COPY adds the LF, so lines end in CRLF as
 * `tableToCsv` writes them.
 *
 * Complexity: O(bytes), in DuckDB's threads; hashing reads the file once.
 * @example await copyCallListCsv(ws, 'out/calllist.csv', 'stakeholder_id,npi,…', 'calllist_rows', callListCsvLineSql(columns, 'tail_csv'))
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Workspace } from '../../data/workspace.js';
import { callListSortColumns } from './calllist-row.js';
import { callListOrderSql } from './calllist-sql.js';
import type { WrittenFile } from './write-calllist.js';

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Writes `header` and then `lineSql` (see `callListCsvLineSql`) of every row of `table` (a temp table
 * with the sort columns) in export order, each line followed by CRLF.
 */
export async function copyCallListCsv(ws: Workspace, file: string, header: string, table: 'calllist_rows', lineSql: string): Promise<WrittenFile> {
  const target = resolve(file);
  await mkdir(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await ws.run(
      `copy (select line || chr(13) from (
               select 0 as part, $2 as line, ${callListSortColumns.map((c) => `null as "${c}"`).join(', ')}
               union all
               select 1, ${lineSql}, ${callListSortColumns.map((c) => `"${c}"`).join(', ')} from ${table})
             order by part, ${callListOrderSql()})
       to $1 (format csv, header false, quote '', escape '', delim '\x1f')`,
      [temp, header],
    );
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    const sha256 = await sha256Of(temp);
    const bytes = (await stat(temp)).size;
    await rename(temp, target);
    return { file, format: 'csv', bytes, sha256 };
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
