/**
 * The derived columns of one call-list row — segment, tier, quadrant, rule tags, message pillar, next
 * step, stale flag and reason — from the facts about one stakeholder: its own tags (stakeholder level:
 * its memberships and its survey respondent's), its account's tags, its latest buying signal, consent
 * and verification dates. Both the object path (`assembleCallList`) and the columnar whole-universe path
 * (`buildCallListRows`) call this one function, so they cannot drift apart.
 *
 * Choices: the segment is the best stakeholder-level tag of kind statistical, then projected, then
 * persona; tier and quadrant come from the account's tags, else the stakeholder's own. Among tags of one
 * kind the most confident wins, then the most recently verified, then by name (a stable choice).
 *
 * Complexity: O(tags of the stakeholder + tags of its account) per row, no copies.
 *
 * @example
 *   deriveCallListFields({ stakeholderTags: [], accountTags: [quadrantGrowth], signal: null, consentCall: true,
 *     lastVerified: '2024-05-01', hasAccount: true, accountLastVerified: '2024-05-01' }, context)
 *   // → { segment: null, quadrant: 'growth', next_step: 'book a meeting: high potential, low share', stale: false, … }
 */
import type { CallListRow } from '../../activation/calllist/calllist-row.js';
import { nextStep } from '../../activation/calllist/next-step.js';
import type { Headlines } from './segment-headlines.js';

/** A tag as the derivation sees it; its level is given by the list it is in. */
export interface DeriveTag {
  readonly kind: string;
  readonly segmentation: string;
  readonly segment: string;
  readonly confidence: number | null;
  /** When the tag was last verified, as epoch milliseconds. */
  readonly lastVerifiedMs: number;
}

export interface RowFacts {
  readonly stakeholderTags: readonly DeriveTag[];
  readonly accountTags: readonly DeriveTag[];
  /** The latest buying signal: its type and ISO day. */
  readonly signal: { readonly type: string; readonly day: string } | null;
  readonly consentCall: boolean | null;
  /** ISO days (YYYY-MM-DD) or null. */
  readonly lastVerified: string | null;
  readonly hasAccount: boolean;
  readonly accountLastVerified: string | null;
}

/** The call-list cells that need Segmap's choices; the rest come straight from the workspace. */
export type DerivedFields = Pick<
  CallListRow,
  'segment' | 'segment_source' | 'segment_confidence' | 'tier' | 'quadrant' | 'tags' | 'message_pillar' | 'last_verified' | 'stale' | 'stale_reason'
> & { readonly next_step: string };

export interface DeriveContext {
  readonly headlines: Headlines;
  /** ISO day: verified before it means stale. */
  readonly cutoff: string;
  /** Rule segment names in the order of the rules file. */
  readonly ruleOrder: readonly string[];
  /** ISO day of an epoch-millisecond instant (memoised by the caller when it pays). */
  readonly isoDayOfMs: (ms: number) => string;
}

const segmentKinds = ['statistical', 'projected', 'persona'] as const;
const noRuleTags: readonly string[] = [];

/** The ISO day (UTC) of an epoch-millisecond instant, as `Date#toISOString` prints it. */
export const isoDayOfMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The stale cutoff: the ISO day maxAgeDays before asOf. */
export function staleCutoff(asOf: string, maxAgeDays: number): string {
  const asOfMs = Date.UTC(Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7)) - 1, Number(asOf.slice(8, 10)));
  return isoDayOfMs(asOfMs - maxAgeDays * 86_400_000);
}

/** Most confident first, then most recently verified, then by name: a stable choice among tags. */
function rank(a: DeriveTag, b: DeriveTag): number {
  return (b.confidence ?? -1) - (a.confidence ?? -1) || b.lastVerifiedMs - a.lastVerifiedMs || a.segmentation.localeCompare(b.segmentation) || a.segment.localeCompare(b.segment);
}

/** The best tag of a kind, in one pass without copying (the first of equals wins). */
function bestOfKind(tags: readonly DeriveTag[], kind: string): DeriveTag | undefined {
  let chosen: DeriveTag | undefined;
  for (const t of tags) if (t.kind === kind && (chosen === undefined || rank(t, chosen) < 0)) chosen = t;
  return chosen;
}

function ruleRank(order: readonly string[], name: string): number {
  const i = order.indexOf(name);
  return i === -1 ? order.length : i;
}

/** The stakeholder's rule tags, de-duplicated, in rules-file order then by name. */
function ruleTagsOf(tags: readonly DeriveTag[], order: readonly string[]): readonly string[] {
  const names: string[] = [];
  for (const t of tags) if (t.kind === 'rule' && !names.includes(t.segment)) names.push(t.segment);
  return names.length < 2 ? names : names.sort((a, b) => ruleRank(order, a) - ruleRank(order, b) || a.localeCompare(b));
}

/** Why the row is stale, `; `-separated, or null (built without an intermediate array: this runs per row). */
function staleReason(facts: RowFacts, segment: DeriveTag | undefined, context: DeriveContext): string | null {
  const { cutoff } = context;
  let reason: string | null = null;
  if (facts.lastVerified === null) reason = 'stakeholder never verified';
  else if (facts.lastVerified < cutoff) reason = `stakeholder last verified ${facts.lastVerified}`;
  if (facts.hasAccount && facts.accountLastVerified !== null && facts.accountLastVerified < cutoff) {
    const account = `account last verified ${facts.accountLastVerified}`;
    reason = reason === null ? account : `${reason}; ${account}`;
  }
  const tagDay = segment ? context.isoDayOfMs(segment.lastVerifiedMs) : null;
  if (tagDay !== null && tagDay < cutoff) {
    const tag = `segment last verified ${tagDay}`;
    reason = reason === null ? tag : `${reason}; ${tag}`;
  }
  return reason;
}

/** The account's tag of a kind, else the stakeholder's own. */
function accountOr(facts: RowFacts, kind: string): string | null {
  return (bestOfKind(facts.accountTags, kind) ?? bestOfKind(facts.stakeholderTags, kind))?.segment ?? null;
}

/** The first defined talking point of the rule tags, in tag order. */
function firstRulePoint(ruleTags: readonly string[], headlines: Headlines, pick: 'headline' | 'nextStep'): string | null {
  for (const t of ruleTags) {
    const value = headlines.rules.get(t)?.[pick];
    if (typeof value === 'string') return value;
  }
  return null;
}

export function deriveCallListFields(facts: RowFacts, context: DeriveContext): DerivedFields {
  const own = facts.stakeholderTags;
  let segment: DeriveTag | undefined;
  if (own.length > 0) {
    for (const kind of segmentKinds) {
      segment = bestOfKind(own, kind);
      if (segment) break;
    }
  }
  const ruleTags = own.length > 0 ? ruleTagsOf(own, context.ruleOrder) : noRuleTags;
  const reason = staleReason(facts, segment, context);
  const quadrant = accountOr(facts, 'quadrant');
  const { headlines } = context;
  const card = segment ? (headlines.cards.get(`${segment.segmentation}/${segment.segment}`) ?? headlines.cards.get(segment.segment)) : undefined;
  const stale = reason !== null;
  return {
    segment: card?.name ?? segment?.segment ?? null,
    segment_source: segment?.kind ?? null,
    segment_confidence: segment?.confidence === null || segment?.confidence === undefined ? null : Math.round(segment.confidence * 1000) / 1000,
    tier: accountOr(facts, 'tier'),
    quadrant,
    tags: ruleTags.length ? ruleTags.join(';') : null,
    message_pillar: card?.headline ?? firstRulePoint(ruleTags, headlines, 'headline'),
    next_step: nextStep({
      stale,
      consentCall: facts.consentCall,
      signal: facts.signal ? { type: facts.signal.type, date: facts.signal.day } : null,
      ruleNextStep: firstRulePoint(ruleTags, headlines, 'nextStep'),
      quadrant,
    }),
    last_verified: facts.lastVerified,
    stale,
    stale_reason: reason,
  };
}
