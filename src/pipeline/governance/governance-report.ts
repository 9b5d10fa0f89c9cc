/**
 * `segmap governance D`: the data steward's report. How old the facts are (by table and source, by field
 * and source, and for tags), which facts disagree between sources, and the review queue, refreshed so
 * that every stale record and every conflict has exactly one open item until it is fixed.
 *
 *   1. cutoff = asOf − maxAgeDays  →  2. staleness  →  3. conflicts  →  4. refresh queue  →  5. open items
 */
import { openWorkspace, type Workspace } from '../../data/workspace.js';
import {
  findConflicts, openReviewItems, refreshReviewQueue, staleByFieldAndSource, staleByTableAndSource, staleRecords, staleTags,
  type Conflict, type ReviewCandidate, type ReviewItem, type StaleField, type StaleGroup, type StaleTags,
} from '../../data/governance.js';
import { defaultMaxAgeDays } from '../export/export-calllist.js';

export interface GovernanceOptions {
  readonly maxAgeDays?: number;
  /** ISO date (default today, UTC). */
  readonly asOf?: string;
  /** How many conflicts and open items to list (default 20); counts are always complete. */
  readonly limit?: number;
  /** Update the review queue (default true); false = read-only report. */
  readonly refreshQueue?: boolean;
  readonly at?: Date;
}

export interface GovernanceReport {
  readonly asOf: string;
  readonly maxAgeDays: number;
  /** Records last verified before this date are stale. */
  readonly cutoff: string;
  readonly tables: readonly StaleGroup[];
  readonly fields: readonly StaleField[];
  readonly tags: readonly StaleTags[];
  /** The first `limit` conflicts; `conflictsTotal` counts them all. */
  readonly conflicts: readonly Conflict[];
  readonly conflictsTotal: number;
  readonly queue: { readonly opened: number; readonly resolved: number; readonly open: number; readonly items: readonly ReviewItem[] };
}

/** Review items are capped so a neglected national universe cannot flood the queue in one refresh. */
const queueCap = 100_000;

export async function governanceReport(ws: Workspace, options: GovernanceOptions = {}): Promise<GovernanceReport> {
  const at = options.at ?? new Date();
  const asOf = options.asOf ?? at.toISOString().slice(0, 10);
  const maxAgeDays = options.maxAgeDays ?? defaultMaxAgeDays;
  const limit = options.limit ?? 20;
  const cutoff = new Date(Date.parse(`${asOf}T00:00:00Z`) - maxAgeDays * 86_400_000).toISOString().slice(0, 10);
  const tables = await staleByTableAndSource(ws, cutoff);
  const fields = await staleByFieldAndSource(ws, cutoff);
  const tags = await staleTags(ws, cutoff);
  const allConflicts = await findConflicts(ws, queueCap);
  let changes = { opened: 0, resolved: 0 };
  if (options.refreshQueue ?? true) {
    const candidates: ReviewCandidate[] = [
      ...(await staleRecords(ws, cutoff, queueCap)),
      ...allConflicts.map((c) => ({ entityKind: c.entityKind, entityId: c.entityId, field: c.field, reason: `conflict: ${c.kind}`, detail: c.values.join(' | ') })),
    ];
    changes = await refreshReviewQueue(ws, candidates, at);
  }
  const open = await openReviewItems(ws, limit);
  return { asOf, maxAgeDays, cutoff, tables, fields, tags, conflicts: allConflicts.slice(0, limit), conflictsTotal: allConflicts.length, queue: { ...changes, open: open.total, items: open.items } };
}

export async function governanceReportIn(dir: string, options: GovernanceOptions = {}): Promise<GovernanceReport> {
  const ws = await openWorkspace(dir);
  try {
    return await governanceReport(ws, options);
  } finally {
    ws.close();
  }
}
