/**
 * Turns the call-list sources into rows: for each stakeholder in scope, its segment (statistical, then
 * projected, then persona membership; within a kind the most confident; shown by its card's name when
 * there is a card), its account's tier and quadrant,
 * its rule tags, the message pillar (segment card headline, else the first rule headline), the next step,
 * and a stale flag with the reason. Stale records are flagged, never dropped or silently used.
 *
 * Complexity: O(rows + tags + signals) with hash maps, plus the final sort.
 */
import type { CallListBaseRow, CallListSignal, CallListTag } from '../../data/calllist-source.js';
import { compareCallListRows, type CallListRow } from '../../activation/calllist/calllist-row.js';
import { nextStep } from '../../activation/calllist/next-step.js';
import type { FileTag } from './out-file-tags.js';
import type { Headlines } from './segment-headlines.js';

export interface AssembleOptions {
  /** ISO date the export is as of. */
  readonly asOf: string;
  /** Records last verified more than this many days before asOf are stale. */
  readonly maxAgeDays: number;
}

interface Tag {
  readonly level: 'stakeholder' | 'account';
  readonly kind: string;
  readonly segmentation: string;
  readonly segment: string;
  readonly confidence: number | null;
  readonly lastVerified: Date;
}

const segmentKinds = ['statistical', 'projected', 'persona'] as const;
const isoDay = (d: Date | null): string | null => (d === null ? null : d.toISOString().slice(0, 10));

/** Most confident first, then most recently verified, then by name: a stable choice among tags. */
function rank(a: Tag, b: Tag): number {
  return (b.confidence ?? -1) - (a.confidence ?? -1) || b.lastVerified.getTime() - a.lastVerified.getTime() || a.segmentation.localeCompare(b.segmentation) || a.segment.localeCompare(b.segment);
}

/** The best tag that passes `keep`, in one pass without copying (rows × tags is the hot loop). */
function best(tags: readonly Tag[], keep: (t: Tag) => boolean): Tag | undefined {
  let chosen: Tag | undefined;
  for (const t of tags) if (keep(t) && (chosen === undefined || rank(t, chosen) < 0)) chosen = t;
  return chosen;
}

function groupTags(tags: readonly CallListTag[], fileTags: readonly FileTag[], rows: readonly CallListBaseRow[]): Map<string, Tag[]> {
  const byStakeholder = new Map<string, Tag[]>();
  const add = (id: string, tag: Tag): void => {
    const list = byStakeholder.get(id) ?? [];
    list.push(tag);
    byStakeholder.set(id, list);
  };
  for (const t of tags) add(t.stakeholderId, t);
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
    for (const id of ids) if (!recorded.has(`${id}|${level}|${f.kind}`)) add(id, { ...f, level });
  }
  return byStakeholder;
}

function staleReasons(row: CallListBaseRow, segment: Tag | undefined, cutoff: string): string[] {
  const reasons: string[] = [];
  const verified = isoDay(row.last_verified);
  if (verified === null) reasons.push('stakeholder never verified');
  else if (verified < cutoff) reasons.push(`stakeholder last verified ${verified}`);
  const account = isoDay(row.account_last_verified);
  if (row.account_id !== null && account !== null && account < cutoff) reasons.push(`account last verified ${account}`);
  const tagDay = segment ? isoDay(segment.lastVerified) : null;
  if (tagDay !== null && tagDay < cutoff) reasons.push(`segment last verified ${tagDay}`);
  return reasons;
}

export function assembleCallList(
  rows: readonly CallListBaseRow[],
  tags: readonly CallListTag[],
  fileTags: readonly FileTag[],
  signals: readonly CallListSignal[],
  headlines: Headlines,
  options: AssembleOptions,
): CallListRow[] {
  const cutoffMs = Date.UTC(Number(options.asOf.slice(0, 4)), Number(options.asOf.slice(5, 7)) - 1, Number(options.asOf.slice(8, 10))) - options.maxAgeDays * 86_400_000;
  const cutoff = new Date(cutoffMs).toISOString().slice(0, 10);
  const grouped = groupTags(tags, fileTags, rows);
  const latestSignal = new Map<string, CallListSignal>();
  for (const s of signals) {
    const seen = latestSignal.get(s.stakeholderId);
    if (!seen || s.ts > seen.ts) latestSignal.set(s.stakeholderId, s);
  }
  const ruleOrder = [...headlines.rules.keys()];
  const out = rows.map((row): CallListRow => {
    const own = grouped.get(row.stakeholder_id) ?? [];
    let segment: Tag | undefined;
    for (const kind of segmentKinds) {
      segment = best(own, (t) => t.level === 'stakeholder' && t.kind === kind);
      if (segment) break;
    }
    const accountOr = (kind: string): string | null =>
      (best(own, (t) => t.kind === kind && t.level === 'account') ?? best(own, (t) => t.kind === kind && t.level === 'stakeholder'))?.segment ?? null;
    const ruleTags = [...new Set(own.filter((t) => t.level === 'stakeholder' && t.kind === 'rule').map((t) => t.segment))].sort((a, b) => ruleRank(ruleOrder, a) - ruleRank(ruleOrder, b) || a.localeCompare(b));
    const firstRule = ruleTags.map((t) => headlines.rules.get(t)).find((r) => r !== undefined);
    const reasons = staleReasons(row, segment, cutoff);
    const quadrant = accountOr('quadrant');
    const signal = latestSignal.get(row.stakeholder_id);
    const card = segment ? (headlines.cards.get(`${segment.segmentation}/${segment.segment}`) ?? headlines.cards.get(segment.segment)) : undefined;
    const pillar = card?.headline ?? null;
    return {
      stakeholder_id: row.stakeholder_id,
      npi: row.npi,
      name: row.name,
      role: row.role,
      specialty: row.specialty,
      account_id: row.account_id,
      account_name: row.account_name,
      territory_id: row.territory_id,
      rep: row.rep,
      segment: card?.name ?? segment?.segment ?? null,
      segment_source: segment?.kind ?? null,
      segment_confidence: segment?.confidence === null || segment?.confidence === undefined ? null : Math.round(segment.confidence * 1000) / 1000,
      tier: accountOr('tier'),
      quadrant,
      tags: ruleTags.length ? ruleTags.join(';') : null,
      message_pillar: pillar ?? ruleTags.map((t) => headlines.rules.get(t)?.headline).find((h): h is string => typeof h === 'string') ?? null,
      next_step: nextStep({
        stale: reasons.length > 0,
        consentCall: row.consent_call,
        signal: signal ? { type: signal.type, date: signal.ts.toISOString().slice(0, 10) } : null,
        ruleNextStep: ruleTags.map((t) => headlines.rules.get(t)?.nextStep).find((n): n is string => typeof n === 'string') ?? firstRule?.nextStep ?? null,
        quadrant,
      }),
      last_verified: isoDay(row.last_verified),
      stale: reasons.length > 0,
      stale_reason: reasons.length ? reasons.join('; ') : null,
    };
  });
  return out.sort(compareCallListRows);
}

function ruleRank(order: readonly string[], name: string): number {
  const i = order.indexOf(name);
  return i === -1 ? order.length : i;
}
