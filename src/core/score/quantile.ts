/**
 * The q-quantile of a sample by linear interpolation between order statistics — R's type 7 and numpy's
 * default ("linear"): h = (n - 1) q, Q = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
 * The simple cut point of the opportunity matrix (the median by default) and the robust cap used to scale
 * score components.
 *
 * Reference: Hyndman & Fan (1996), "Sample quantiles in statistical packages", definition 7;
 * checked against `numpy.quantile` in quantile.test.ts.
 * Complexity: O(n log n) (sorts a copy); `sortedQuantile` is O(1) on sorted input.
 *
 * @example
 * quantile(Float64Array.of(3, 1, 2, 4), 0.5); // 2.5
 * @throws RangeError when q is outside [0, 1] or there are no values
 */
export function quantile(values: ArrayLike<number>, q: number): number {
  return sortedQuantile(Float64Array.from(values).sort(), q);
}

export function sortedQuantile(sorted: ArrayLike<number>, q: number): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`q is ${q}; it must lie in [0, 1]`);
  const n = sorted.length;
  if (n === 0) throw new RangeError('the quantile of no values is undefined');
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo] as number;
  return a + (h - lo) * ((sorted[hi] as number) - a);
}
