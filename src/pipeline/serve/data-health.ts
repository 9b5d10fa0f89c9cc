/**
 * The data-health view: rows per table, rejected rows of past imports, and records whose last_verified is
 * older than the staleness limit. Table names come from a fixed list, never from a request.
 */
import type { Workspace } from '../../data/workspace.js';
import { summaryTables } from '../demo/summary.js';
import type { DataHealth, TableHealth } from '../../spec/views.js';

/** The same tables, in the same order, as the summary `segmap demo` prints. */
export const healthTables = summaryTables;


export async function dataHealth(ws: Workspace, staleAfterDays = 365): Promise<DataHealth> {
  const tables: TableHealth[] = [];
  for (const table of healthTables) {
    const [row] = await ws.all<{ rows: number; stale: number }>(
      `select count(*) as rows, count(*) filter (where last_verified < current_date - to_days($1::integer)) as stale from ${table}`,
      [staleAfterDays],
    );
    tables.push({ table, rows: row?.rows ?? 0, stale: row?.stale ?? 0 });
  }
  const [imports] = await ws.all<{ n: number; rejected: number | null }>(
    'select count(*) as n, sum(rows_rejected) as rejected from imports',
  );
  return { tables, imports: imports?.n ?? 0, rejectedRows: Number(imports?.rejected ?? 0), staleAfterDays };
}
