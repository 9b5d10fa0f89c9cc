/**
 * Turns the call-list sources, as row objects, into call-list rows: for each stakeholder in scope, its
 * segment (statistical, then projected, then persona membership; within a kind the most confident; shown
 * by its card's name when there is a card), its account's tier and quadrant, its rule tags, the message
 * pillar (segment card headline, else the first rule headline), the next step, and a stale flag with the
 * reason. Stale records are flagged, never dropped or silently used. The choices themselves live in
 * `deriveCallListFields`, shared with the columnar whole-universe path (`buildCallListRows`); this object
 * form serves small scopes and is the reference the columnar path is tested against.
 *
 * Complexity: O(rows + tags + signals) with hash maps, plus the final sort.
 */
import type { CallListBaseRow, CallListSignal, CallListTag } from '../../data/calllist-source.js';
import { compareCallListRows, type CallListRow } from '../../activation/calllist/calllist-row.js';
import { deriveCallListFields, isoDayOfMs, staleCutoff, type DeriveContext, type DeriveTag } from './derive-calllist-fields.js';
import type { FileTag } from './out-file-tags.js';
import type { Headlines } from './segment-headlines.js';

export interface AssembleOptions {
  /** ISO date the export is as of. */
  readonly asOf: string;
  /** Records last verified more than this many days before asOf are stale. */
  readonly maxAgeDays: number;
}

interface TagLists {
  readonly stakeholder: DeriveTag[];
  readonly account: DeriveTag[];
}

const isoDay = (d: Date | null): string | null => (d === null ? null : d.toISOString().slice(0, 10));
const toDeriveTag = (t: { kind: string; segmentation: string; segment: string; confidence: number | null; lastVerified: Date }): DeriveTag => ({
  kind: t.kind, segmentation: t.segmentation, segment: t.segment, confidence: t.confidence, lastVerifiedMs: t.lastVerified.getTime(),
});

function groupTags(tags: readonly CallListTag[], fileTags: readonly FileTag[], rows: readonly CallListBaseRow[]): Map<string, TagLists> {
  const byStakeholder = new Map<string, TagLists>();
  const add = (id: string, level: 'stakeholder' | 'account', tag: DeriveTag): void => {
    let lists = byStakeholder.get(id);
    if (!lists) byStakeholder.set(id, (lists = { stakeholder: [], account: [] }));
    lists[level].push(tag);
  };
  for (const t of tags) add(t.stakeholderId, t.level, toDeriveTag(t));
  if (fileTags.length === 0) return byStakeholder;
  // file tags only fill kinds the workspace has no membership of, so recorded runs always win
  const recorded = new Set(tags.map((t) => `${t.stakeholderId}|${t.level}|${t.kind}`));
  const byAccount = new Map<string, string[]>();
  for (const r of rows) {
    if (r.account_id === null) continue;
    const list = byAccount.get(r.account_id);
    if (list) list.push(r.stakeholder_id);
    else byAccount.set(r.account_id, [r.stakeholder_id]);
  }
  for (const f of fileTags) {
    const level = f.entityKind;
    const ids = level === 'account' ? (byAccount.get(f.entityId) ?? []) : [f.entityId];
    for (const id of ids) if (!recorded.has(`${id}|${level}|${f.kind}`)) add(id, level, toDeriveTag(f));
  }
  return byStakeholder;
}

/** The latest buying signal per stakeholder (the first of equal instants wins). */
export function latestSignals(signals: readonly CallListSignal[]): Map<string, CallListSignal> {
  const latest = new Map<string, CallListSignal>();
  for (const s of signals) {
    const seen = latest.get(s.stakeholderId);
    if (!seen || s.ts > seen.ts) latest.set(s.stakeholderId, s);
  }
  return latest;
}

export function assembleCallList(
  rows: readonly CallListBaseRow[],
  tags: readonly CallListTag[],
  fileTags: readonly FileTag[],
  signals: readonly CallListSignal[],
  headlines: Headlines,
  options: AssembleOptions,
): CallListRow[] {
  const context: DeriveContext = { headlines, cutoff: staleCutoff(options.asOf, options.maxAgeDays), ruleOrder: [...headlines.rules.keys()], isoDayOfMs };
  const grouped = groupTags(tags, fileTags, rows);
  const latest = latestSignals(signals);
  const none: TagLists = { stakeholder: [], account: [] };
  const out = rows.map((row): CallListRow => {
    const own = grouped.get(row.stakeholder_id) ?? none;
    const signal = latest.get(row.stakeholder_id);
    const derived = deriveCallListFields(
      {
        stakeholderTags: own.stakeholder,
        accountTags: own.account,
        signal: signal ? { type: signal.type, day: isoDayOfMs(signal.ts.getTime()) } : null,
        consentCall: row.consent_call,
        lastVerified: isoDay(row.last_verified),
        hasAccount: row.account_id !== null,
        accountLastVerified: isoDay(row.account_last_verified),
      },
      context,
    );
    return {
      stakeholder_id: row.stakeholder_id, npi: row.npi, name: row.name, role: row.role, specialty: row.specialty, account_id: row.account_id,
      account_name: row.account_name, territory_id: row.territory_id, rep: row.rep, segment: derived.segment, segment_source: derived.segment_source,
      segment_confidence: derived.segment_confidence, tier: derived.tier, quadrant: derived.quadrant, tags: derived.tags,
      message_pillar: derived.message_pillar, next_step: derived.next_step, last_verified: derived.last_verified, stale: derived.stale,
      stale_reason: derived.stale_reason,
    };
  });
  return out.sort(compareCallListRows);
}
