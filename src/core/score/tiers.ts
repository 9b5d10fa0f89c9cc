/**
 * Tiers of accounts by opportunity score, tier 1 best: natural breaks into `count` classes (tiers follow
 * the gaps in the scores, so tier sizes differ), or equal-count quantile bounds. The bounds are found
 * once (`tierBreaks`, possibly on a subset) and applied to any score (`tierOf`).
 *
 * Complexity: O(k n log n) for natural breaks, O(n log n) for quantile tiers; `tierOf` O(k).
 *
 * @example
 * assignTiers(Float64Array.of(1, 2, 3, 10, 11, 12, 30), { method: 'jenks', count: 3 }); // Int32Array [3, 3, 3, 2, 2, 2, 1]
 */
import { assertNever } from '../../lib/assert-never.js';
import { classify, jenksBreaks } from './jenks-breaks.js';
import { sortedQuantile } from './quantile.js';

export type TierMethod = 'jenks' | 'quantile';

export interface TierOptions {
  readonly method: TierMethod;
  readonly count: number;
}

/** Ascending bounds between tiers; fewer than count - 1 when the scores have fewer distinct values. */
export function tierBreaks(values: Float64Array, options: TierOptions): Float64Array {
  if (values.length === 0) return new Float64Array(0);
  switch (options.method) {
    case 'jenks':
      return jenksBreaks(values, options.count).breaks;
    case 'quantile': {
      const sorted = Float64Array.from(values).sort();
      const bounds = Array.from({ length: options.count - 1 }, (_, c) => sortedQuantile(sorted, (c + 1) / options.count));
      return Float64Array.from(new Set(bounds)); // tied quantiles collapse into one bound
    }
    default:
      return assertNever(options.method, 'tier method');
  }
}

/** Tier of one score (1 = above the highest bound). */
export const tierOf = (score: number, breaks: Float64Array): number => breaks.length + 1 - classify(score, breaks);

export function assignTiers(scores: Float64Array, options: TierOptions): Int32Array {
  const breaks = tierBreaks(scores, options);
  return Int32Array.from(scores, (s) => tierOf(s, breaks));
}
