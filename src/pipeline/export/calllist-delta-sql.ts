/**
 * The delta of `calllist_rows` against the rows of the previous export as recorded in `export_rows`,
 * computed where both live: DuckDB. Added and removed rows are counted by anti-joins on the key; a row
 * present in both is a candidate change only when its hash (SHA-1 of its JSON text) differs, and candidates are
 * confirmed in JavaScript by comparing the parsed fields (`changedColumns`), so rows recorded by an older
 * Segmap (other JSON spelling, missing columns) are never reported as changed by mistake. Only the rows
 * of the delta cross into JavaScript, and added/removed rows only when a delta file is asked for.
 *
 * Same semantics as `diffCallLists` (tested side by side): added and removed sorted by
 * `compareCallListRows`, changes in export order with the changed columns named.
 * Complexity: O(rows) hash joins in DuckDB, plus O(delta) in JavaScript.
 */
import type { Workspace } from '../../data/workspace.js';
import { compareCallListRows } from '../../activation/calllist/calllist-row.js';
import { changedColumns, type CallListChange, type CallListDelta } from '../../activation/calllist/calllist-delta.js';
import { callListOrderSql } from '../../activation/calllist/calllist-sql.js';
import { parseExportedRow } from './parse-exported-row.js';

export interface DeltaCounts {
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
}

/** The previous export's rows; its JSON is read only for rows whose hash differs (DuckDB reads columns lazily). */
const previous = `(select row_key, row_hash, cast(row_json as varchar) as j from export_rows where export_id = $1)`;
const order = callListOrderSql('c.');

/** Changed rows (confirmed field by field), in export order. */
async function changes(ws: Workspace, previousExportId: string): Promise<CallListChange[]> {
  const candidates = await ws.all<{ before: string; after: string }>(
    `select p.j as before, c.json as after from calllist_rows c join ${previous} p on p.row_key = c.stakeholder_id
     where p.row_hash <> c.hash order by ${order}`,
    [previousExportId],
  );
  const out: CallListChange[] = [];
  for (const c of candidates) {
    const before = parseExportedRow(c.before);
    const after = parseExportedRow(c.after);
    const fields = changedColumns(before, after);
    if (fields.length > 0) out.push({ key: after.stakeholder_id, before, after, fields });
  }
  return out;
}

/** Counts of the delta (one full outer join on the key), plus the changed rows (their count is confirmed in JavaScript). */
export async function callListDeltaCounts(ws: Workspace, previousExportId: string | null): Promise<DeltaCounts & { changes: CallListChange[] }> {
  if (previousExportId === null) {
    const [all] = await ws.all<{ n: number }>('select count(*) as n from calllist_rows');
    return { added: Number(all?.n ?? 0), removed: 0, changed: 0, changes: [] };
  }
  const [counts] = await ws.all<{ added: number; removed: number; candidates: number }>(
    `select count(*) filter (where p.row_key is null) as added, count(*) filter (where c.stakeholder_id is null) as removed,
       count(*) filter (where p.row_hash <> c.hash) as candidates
     from calllist_rows c full outer join (select row_key, row_hash from export_rows where export_id = $1) p on p.row_key = c.stakeholder_id`,
    [previousExportId],
  );
  const changed = Number(counts?.candidates ?? 0) > 0 ? await changes(ws, previousExportId) : [];
  return { added: Number(counts?.added ?? 0), removed: Number(counts?.removed ?? 0), changed: changed.length, changes: changed };
}

/** The full delta as rows (for a delta file): added and removed read back and sorted as the object path sorts them. */
export async function callListDelta(ws: Workspace, previousExportId: string | null, changed: readonly CallListChange[]): Promise<CallListDelta> {
  const addedSql = previousExportId === null
    ? `select c.json as j from calllist_rows c order by ${order}`
    : `select c.json as j from calllist_rows c anti join ${previous} p on p.row_key = c.stakeholder_id order by ${order}`;
  const added = (await ws.all<{ j: string }>(addedSql, previousExportId === null ? [] : [previousExportId])).map((r) => parseExportedRow(r.j));
  const removed = previousExportId === null
    ? []
    : (await ws.all<{ j: string }>(`select p.j from ${previous} p anti join calllist_rows c on c.stakeholder_id = p.row_key order by p.row_key`, [previousExportId]))
      .map((r) => parseExportedRow(r.j));
  return { added: added.sort(compareCallListRows), removed: removed.sort(compareCallListRows), changed };
}
