/**
 * Chi-square distribution with `df` degrees of freedom: CDF and survival (upper-tail p-value).
 *
 * Why: the p-value of the Pearson chi-square test and the Kruskal–Wallis H test.
 * P(X > x) = Q(df/2, x/2) (regularized upper incomplete gamma), computed directly in the tail.
 * Reference: Abramowitz & Stegun 26.4.19; checked against scipy.stats.chi2.sf.
 * Complexity: O(√df) at worst.
 *
 * @example
 * chiSquareSf(3.841458820694124, 1); // 0.05
 * chiSquareSf(100, 4);               // 1.2017e-20 (scipy.stats.chi2.sf(100, 4) = 1.2017e-20)
 * @throws RangeError when df ≤ 0 or x is NaN
 */
import { regularizedGammaP, regularizedGammaQ } from './incomplete-gamma.js';

function check(x: number, df: number): void {
  if (!(df > 0) || !Number.isFinite(df)) throw new RangeError(`chi-square distribution requires df > 0, got ${df}`);
  if (Number.isNaN(x)) throw new RangeError('chi-square distribution requires a number, got NaN');
}

export function chiSquareSf(x: number, df: number): number {
  check(x, df);
  return x <= 0 ? 1 : regularizedGammaQ(df / 2, x / 2);
}

export function chiSquareCdf(x: number, df: number): number {
  check(x, df);
  return x <= 0 ? 0 : regularizedGammaP(df / 2, x / 2);
}
