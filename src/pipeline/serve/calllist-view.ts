/**
 * The call list (D/out/calllist.csv), paged and limited to the principal's territory. If the file has no
 * territory column a rep sees nothing rather than everything.
 */
import type { Workspace } from '../../data/workspace.js';
import { ForbiddenError } from '../../lib/errors.js';
import { serverMessages } from '../../lib/messages/index.js';
import type { CallListRowView, PageOf } from '../../spec/views.js';
import type { PageRequest } from './accounts-view.js';
import { csvColumns, outPath } from './out-files.js';

const territoryColumns = ['territory_id', 'territory'] as const;

export async function callListView(ws: Workspace, outDir: string, territory: string | undefined, page: PageRequest): Promise<PageOf<CallListRowView>> {
  const path = outPath(outDir, 'callList');
  if (!path) return { rows: [], total: 0, ...page };
  const columns = await csvColumns(ws, path);
  const territoryColumn = territoryColumns.find((c) => columns.includes(c));
  if (territory !== undefined && !territoryColumn) throw new ForbiddenError(serverMessages.forbidden('a call list without territories'));
  // the column name comes from the fixed list above, never from the request
  const where = territoryColumn ? `where ($territory is null or "${territoryColumn}" = $territory)` : '';
  const params = { path, territory: territory ?? null };
  const [count] = await ws.all<{ n: number }>(`select count(*) as n from read_csv($path, all_varchar = true) ${where}`, params);
  const rows = await ws.all<Record<string, string | null>>(
    `select * from read_csv($path, all_varchar = true) ${where} limit $limit offset $offset`,
    { ...params, limit: page.limit, offset: page.offset },
  );
  return { rows, total: count?.n ?? 0, ...page };
}
