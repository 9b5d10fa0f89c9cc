/**
 * The prioritized accounts (D/out/accounts.csv) joined to the account master for names and territories,
 * limited to the principal's territory, best score first.
 */
import type { Workspace } from '../../data/workspace.js';
import type { AccountView, PageOf, QuadrantCount } from '../../spec/views.js';
import { csvColumns, outPath } from './out-files.js';

export interface PageRequest {
  readonly limit: number;
  readonly offset: number;
}

async function accountSource(ws: Workspace, outDir: string): Promise<{ path: string; extra: string } | undefined> {
  const path = outPath(outDir, 'accounts');
  if (!path) return undefined;
  const columns = new Set(await csvColumns(ws, path));
  // opportunity and position are optional in accounts.csv: the matrix chart needs them, the table does not
  const pick = (name: string): string => (columns.has(name) ? `try_cast(p.${name} as double)` : 'null');
  return { path, extra: `${pick('opportunity')} as opportunity, ${pick('position')} as position` };
}

export async function accountsView(ws: Workspace, outDir: string, territory: string | undefined, page: PageRequest): Promise<PageOf<AccountView>> {
  const source = await accountSource(ws, outDir);
  if (!source) return { rows: [], total: 0, ...page };
  const from = `from read_csv($path, all_varchar = true) p left join accounts a on a.account_id = p.account_id
    where ($territory is null or a.territory_id = $territory)`;
  const params = { path: source.path, territory: territory ?? null };
  const [count] = await ws.all<{ n: number }>(`select count(*) as n ${from}`, params);
  const rows = await ws.all<AccountView & Record<string, unknown>>(
    `select p.account_id, a.name, a.type, a.territory_id, try_cast(p.score as double) as score, p.quadrant, p.tier, p.reason, ${source.extra}
     ${from} order by score desc nulls last, p.account_id limit $limit offset $offset`,
    { ...params, limit: page.limit, offset: page.offset },
  );
  return { rows, total: count?.n ?? 0, ...page };
}

export async function quadrantCounts(ws: Workspace, outDir: string, territory: string | undefined): Promise<QuadrantCount[]> {
  const path = outPath(outDir, 'accounts');
  if (!path) return [];
  return ws.all<QuadrantCount & Record<string, unknown>>(
    `select p.quadrant, count(*) as count from read_csv($path, all_varchar = true) p left join accounts a on a.account_id = p.account_id
     where ($territory is null or a.territory_id = $territory) group by all order by quadrant`,
    { path, territory: territory ?? null },
  );
}
