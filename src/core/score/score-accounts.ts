/**
 * Opportunity and current position of accounts as weighted sums of their visible parts. Each part is put
 * on 0..1 (`scaleComponent`: log1p for counts and money, robust min-max between its 5th and 95th
 * percentiles), then
 * opportunity = 100 x sum(w_p x part_p) / sum(w_p) over volume, potential, sales, affiliation, referral and
 * KOL presence, and position = 100 x the same over share and relationship. Each part's contribution is
 * returned, so a report can say what made an account's score.
 *
 * Why a weighted sum of scaled parts: account planning teams must be able to read and argue with the
 * weights (they live in the project file); a fitted model would hide them.
 * Complexity: O(p n log n) for p parts (one quantile each).
 *
 * @example
 * const s = scoreAccounts(parts, { volume: 1, potential: 1, sales: 0, affiliation: 0, referral: 0, kol: 0 }, { share: 1, relationship: 0 });
 * s.opportunity[i]; // 0..100
 */
import { opportunityPartNames, positionPartNames, type AccountParts, type OpportunityPart, type PositionPart } from './account-parts.js';
import { scaleComponent } from './scale-component.js';

export type OpportunityWeights = Readonly<Record<OpportunityPart, number>>;
export type PositionWeights = Readonly<Record<PositionPart, number>>;

export interface AccountScores {
  /** 0..100. */
  readonly opportunity: Float64Array;
  /** 0..100. */
  readonly position: Float64Array;
  /** Each part's weighted contribution to its axis, in score points (they add up to the axis score). */
  readonly contributions: Readonly<Record<OpportunityPart | PositionPart, Float64Array>>;
  /** The raw values (after log1p where used) that map to an empty and to a full part. */
  readonly ranges: Readonly<Record<OpportunityPart | PositionPart, readonly [number, number]>>;
}

/** Parts measured in counts or money get log1p; share is already a proportion. */
const logScaled: Readonly<Record<OpportunityPart | PositionPart, boolean>> = {
  volume: true,
  potential: true,
  sales: true,
  affiliation: false,
  referral: true,
  kol: true,
  share: false,
  relationship: true,
};

/** `fitMask`: the accounts whose quantiles set each part's 0..1 range (default every account). */
export function scoreAccounts(parts: AccountParts, weights: OpportunityWeights, positionWeights: PositionWeights, fitMask?: Uint8Array): AccountScores {
  const opportunityTotal = opportunityPartNames.reduce((s, name) => s + weights[name], 0);
  const positionTotal = positionPartNames.reduce((s, name) => s + positionWeights[name], 0);
  const o = (name: OpportunityPart): Scaled => contributionOf(parts, name, weights[name], opportunityTotal, fitMask);
  const p = (name: PositionPart): Scaled => contributionOf(parts, name, positionWeights[name], positionTotal, fitMask);
  const each = {
    volume: o('volume'),
    potential: o('potential'),
    sales: o('sales'),
    affiliation: o('affiliation'),
    referral: o('referral'),
    kol: o('kol'),
    share: p('share'),
    relationship: p('relationship'),
  };
  const sum = (names: readonly (OpportunityPart | PositionPart)[]): Float64Array => {
    const score = new Float64Array(parts.count);
    for (const name of names) {
      const c = each[name].contribution;
      for (let i = 0; i < parts.count; i++) score[i] = (score[i] as number) + (c[i] as number);
    }
    return score;
  };
  const pick = <T>(f: (s: Scaled) => T): Record<OpportunityPart | PositionPart, T> => ({
    volume: f(each.volume),
    potential: f(each.potential),
    sales: f(each.sales),
    affiliation: f(each.affiliation),
    referral: f(each.referral),
    kol: f(each.kol),
    share: f(each.share),
    relationship: f(each.relationship),
  });
  return {
    opportunity: sum(opportunityPartNames),
    position: sum(positionPartNames),
    contributions: pick((s) => s.contribution),
    ranges: pick((s) => s.range),
  };
}

interface Scaled {
  readonly contribution: Float64Array;
  readonly range: readonly [number, number];
}

/** One part on 0..1, times its share of 100 points. */
function contributionOf(parts: AccountParts, name: OpportunityPart | PositionPart, weight: number, total: number, mask: Uint8Array | undefined): Scaled {
  const scaled = scaleComponent(parts[name], { log: logScaled[name], ...(mask ? { mask } : {}) });
  const factor = total > 0 ? (100 * weight) / total : 0;
  const contribution = new Float64Array(parts.count);
  for (let i = 0; i < parts.count; i++) contribution[i] = factor * (scaled.values[i] as number);
  return { contribution, range: [scaled.low, scaled.high] };
}
