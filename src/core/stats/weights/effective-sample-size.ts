/**
 * Kish's effective sample size n_eff = (Σw)² / Σw²: the number of unweighted respondents that would give
 * the same precision as a weighted sample. Unequal weights lower it (design effect n / n_eff ≥ 1).
 *
 * Why: the significance of a weighted banner cell depends on its effective base, not on Σw (which is
 * arbitrary in scale) nor on the raw row count (which overstates precision).
 * Reference: Kish, L. (1965), Survey Sampling, §11.7 (eq. 11.7.2).
 * Complexity: O(n).
 *
 * @example
 * kishEffectiveN(Float64Array.of(1, 1, 1, 1)); // 4
 * kishEffectiveN(Float64Array.of(1, 3));       // 1.6 (= 16 / 10)
 */
export function kishEffectiveN(weights: ArrayLike<number>): number {
  let sum = 0;
  let sumSquares = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] ?? 0;
    if (!(w > 0) || !Number.isFinite(w)) continue;
    sum += w;
    sumSquares += w * w;
  }
  return sumSquares === 0 ? 0 : (sum * sum) / sumSquares;
}

/** n_eff from the two sums a WeightedSummary already holds. */
export const effectiveNFromSums = (sumW: number, sumW2: number): number => (sumW2 === 0 ? 0 : (sumW * sumW) / sumW2);

/** Kish's design effect due to weighting, n / n_eff (1 when unweighted). */
export const designEffect = (count: number, sumW: number, sumW2: number): number => {
  const nEff = effectiveNFromSums(sumW, sumW2);
  return nEff === 0 ? 1 : count / nEff;
};
