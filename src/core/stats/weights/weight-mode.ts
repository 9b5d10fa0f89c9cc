/**
 * How weights enter a significance test.
 *   - 'unweighted': weights are ignored (every row counts 1).
 *   - 'frequency': a weight is a count of identical rows; the test equals the unweighted test on the
 *     expanded data (this is what the SciPy/R references check with integer weights).
 *   - 'effective' (the default for survey weights): inside each group, the weights are rescaled so they
 *     sum to the group's Kish effective sample size; means and shares are still the weighted ones, but the
 *     precision is that of n_eff respondents, as banner software does with "effective base" testing.
 *
 * Why per group: a segment's effective base depends on how unequal the weights are inside it; scaling the
 * whole sample by one factor would over- or under-state precision of single segments.
 * Reference: Kish (1965), Survey Sampling §11.7; Potthoff, Woodbury & Manton (1992), JASA 87:383–396
 * ("equivalent sample size" tests with sampling weights).
 * Complexity: O(1) per summary, O(n) for `scaledWeights`.
 *
 * @example
 * const s = { count: 2, sumW: 4, sumW2: 10, mean: 0, ss: 8 };
 * testBase(s, 'frequency'); // 4
 * testBase(s, 'effective'); // 1.6
 */
import type { WeightedSummary } from './weighted-summary.js';
import { effectiveNFromSums } from './effective-sample-size.js';

export type WeightMode = 'unweighted' | 'frequency' | 'effective';

/** The sample size a test uses for this summary. */
export function testBase(s: WeightedSummary, mode: WeightMode): number {
  return mode === 'effective' ? effectiveNFromSums(s.sumW, s.sumW2) : s.sumW;
}

/** Σw(y − mean)² in the test's units (rescaled with the weights). */
export function testSumOfSquares(s: WeightedSummary, mode: WeightMode): number {
  if (s.sumW === 0) return 0;
  return s.ss * (testBase(s, mode) / s.sumW);
}

/** The unbiased variance in the test's units: SS / (base − 1); NaN when base ≤ 1. */
export function testVariance(s: WeightedSummary, mode: WeightMode): number {
  const base = testBase(s, mode);
  return base > 1 ? testSumOfSquares(s, mode) / (base - 1) : Number.NaN;
}

/**
 * Row weights in the test's units: ones ('unweighted'), the weights ('frequency'), or each group's weights
 * times n_eff,g / Σw_g ('effective'). Rows outside [0, k), with a non-positive weight, or absent from
 * `present` (a missing answer to this variable: it must not count in n_eff) get 0.
 */
export function scaledWeights(
  groups: Int32Array,
  k: number,
  weights: Float64Array | undefined,
  mode: WeightMode,
  present?: Uint8Array,
): Float64Array {
  const out = new Float64Array(groups.length);
  const enters = (i: number): boolean => {
    const g = groups[i] ?? -1;
    const w = weights && mode !== 'unweighted' ? (weights[i] ?? 0) : 1;
    return g >= 0 && g < k && w > 0 && Number.isFinite(w) && (present === undefined || present[i] === 1);
  };
  if (!weights || mode === 'unweighted') {
    for (let i = 0; i < groups.length; i++) out[i] = enters(i) ? 1 : 0;
    return out;
  }
  const sum = new Float64Array(k);
  const sumSquares = new Float64Array(k);
  for (let i = 0; i < groups.length; i++) {
    if (!enters(i)) continue;
    const g = groups[i] ?? 0;
    const w = weights[i] ?? 0;
    sum[g] = (sum[g] ?? 0) + w;
    sumSquares[g] = (sumSquares[g] ?? 0) + w * w;
  }
  for (let i = 0; i < groups.length; i++) {
    if (!enters(i)) continue;
    const g = groups[i] ?? 0;
    const w = weights[i] ?? 0;
    // n_eff,g / Σw_g = Σw_g / Σw²_g
    out[i] = mode === 'effective' ? (w * (sum[g] ?? 0)) / (sumSquares[g] ?? 1) : w;
  }
  return out;
}
