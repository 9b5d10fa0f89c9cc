/**
 * Places accounts on the opportunity matrix: a cut point on each axis found from the data (natural
 * breaks, mixture or quantile), the quadrant, a tier (1 best) by opportunity, a decile, and a suggested
 * call frequency by quadrant and tier.
 *
 * Peer groups: with `groups` (e.g. account type), cut points and tier bounds are fitted within each group
 * that has at least `minGroup` fitting accounts — a hospital is high-opportunity against hospitals, a
 * clinic against clinics — and smaller groups use the cuts fitted on everyone. Deciles stay market-wide.
 * Cut points and tier bounds are fitted on `fitMask` (by default every account) and applied to all: the
 * pipeline fits on accounts with volume on file, so a mass of sites that do not treat at all cannot pull
 * the "high opportunity" cut down to "treats at all".
 * Complexity: O(k n log n).
 *
 * @example
 * const m = placeOnMatrix(scores.opportunity, scores.position, { cut: 'jenks', quantile: 0.5,
 *   tiers: { method: 'jenks', count: 3 }, callsPerMonth: { growth: [4, 2, 1], ... } });
 * quadrantIds[m.quadrant[0]]; // 'growth'
 */
import { cutPoint, type CutMethod, type CutPoint } from './cut-point.js';
import { quadrantIds, quadrantOf, type QuadrantId } from './quadrant.js';
import { rankGroups } from './rank-groups.js';
import { tierBreaks, tierOf, type TierOptions } from './tiers.js';

export interface MatrixOptions {
  readonly cut: CutMethod;
  /** The quantile for cut 'quantile'. */
  readonly quantile: number;
  readonly tiers: TierOptions;
  /** Calls per month by quadrant, one per tier; the last entry repeats for lower tiers. */
  readonly callsPerMonth: Readonly<Record<QuadrantId, readonly number[]>>;
  readonly fitMask?: Uint8Array;
  /** Peer group of each account (-1: none); cuts are fitted per group when it is big enough. */
  readonly groups?: Int32Array;
  /** Fitting accounts a group needs for its own cuts (default 30). */
  readonly minGroup?: number;
}

export interface FittedCuts {
  /** The peer group (-1: every account). */
  readonly group: number;
  readonly fittedOn: number;
  readonly opportunityCut: CutPoint;
  readonly positionCut: CutPoint;
  /** Ascending opportunity bounds between tiers. */
  readonly tierBreaks: Float64Array;
}

export interface MatrixPlacement {
  /** Index into `quadrantIds`. */
  readonly quadrant: Int8Array;
  /** 1 = best. */
  readonly tier: Int32Array;
  /** 1 = top 10% of opportunity, market-wide. */
  readonly decile: Int32Array;
  readonly callsPerMonth: Float64Array;
  /** The cuts on everyone first, then one entry per peer group fitted on its own. */
  readonly cuts: readonly FittedCuts[];
  /** Index into `cuts` of the cuts applied to each account. */
  readonly cutsOf: Int32Array;
  readonly counts: Readonly<Record<QuadrantId, number>>;
}

export function placeOnMatrix(opportunity: Float64Array, position: Float64Array, options: MatrixOptions): MatrixPlacement {
  const n = opportunity.length;
  const cuts = [fitCuts(opportunity, position, options, -1)];
  const cutsOf = new Int32Array(n);
  if (options.groups) {
    const groups = options.groups;
    for (const g of distinct(groups)) {
      const fitted = fitCuts(opportunity, position, options, g);
      if (fitted.fittedOn < (options.minGroup ?? 30)) continue;
      cuts.push(fitted);
      for (let i = 0; i < n; i++) if (groups[i] === g) cutsOf[i] = cuts.length - 1;
    }
  }
  const quadrant = new Int8Array(n);
  const tier = new Int32Array(n);
  const callsPerMonth = new Float64Array(n);
  const counts: Record<QuadrantId, number> = { low_priority: 0, expansion: 0, maintain_monitor: 0, growth: 0 };
  for (let i = 0; i < n; i++) {
    const c = cuts[cutsOf[i] as number] as FittedCuts;
    const id = quadrantOf((opportunity[i] as number) > c.opportunityCut.threshold, (position[i] as number) > c.positionCut.threshold);
    quadrant[i] = quadrantIds.indexOf(id);
    counts[id]++;
    tier[i] = tierOf(opportunity[i] as number, c.tierBreaks);
    const calls = options.callsPerMonth[id];
    callsPerMonth[i] = calls[Math.min((tier[i] as number) - 1, calls.length - 1)] ?? 0;
  }
  return { quadrant, tier, decile: rankGroups(opportunity, 10), callsPerMonth, cuts, cutsOf, counts };
}

/** Cuts fitted on the fitting accounts of `group` (-1: all); with none fitting, on every account of it. */
function fitCuts(opportunity: Float64Array, position: Float64Array, options: MatrixOptions, group: number): FittedCuts {
  const inGroup = (i: number): boolean => group < 0 || options.groups?.[i] === group;
  let keep = (i: number): boolean => inGroup(i) && (!options.fitMask || options.fitMask[i] === 1);
  let count = countWhere(opportunity.length, keep);
  if (count === 0) {
    keep = inGroup;
    count = countWhere(opportunity.length, keep);
  }
  const opp = opportunity.filter((_, i) => keep(i));
  const pos = position.filter((_, i) => keep(i));
  return {
    group,
    fittedOn: count,
    opportunityCut: cutPoint(opp, options.cut, { q: options.quantile }),
    positionCut: cutPoint(pos, options.cut, { q: options.quantile }),
    tierBreaks: tierBreaks(opp, options.tiers),
  };
}

function countWhere(n: number, keep: (i: number) => boolean): number {
  let count = 0;
  for (let i = 0; i < n; i++) if (keep(i)) count++;
  return count;
}

function distinct(groups: Int32Array): number[] {
  return [...new Set(groups)].filter((g) => g >= 0).sort((a, b) => a - b);
}
