/**
 * Student's t distribution with `df` degrees of freedom: CDF, survival and two-sided p-value.
 *
 * Why: column-mean tests (Welch's two-sample t) need p-values with fractional df.
 * P(|T| > |t|) = I_{df/(df + t²)}(df/2, 1/2); x and 1 − x are both formed from t directly.
 * Reference: Abramowitz & Stegun 26.7.1; checked against scipy.stats.t.sf.
 * Complexity: O(√df).
 *
 * @example
 * tTwoSided(2.228138851986274, 10); // 0.05 (R: 2 * pt(-2.228139, 10))
 * @throws RangeError when df ≤ 0 or t is NaN
 */
import { regularizedBeta } from './incomplete-beta.js';
import { normalTwoSided } from './normal.js';

function check(t: number, df: number): void {
  if (!(df > 0)) throw new RangeError(`t distribution requires df > 0, got ${df}`);
  if (Number.isNaN(t)) throw new RangeError('t distribution requires a number, got NaN');
}

/** P(|T| ≥ |t|). Very large (or infinite) df gives the normal limit. */
export function tTwoSided(t: number, df: number): number {
  check(t, df);
  if (!Number.isFinite(t)) return 0;
  if (t === 0) return 1;
  // beyond 1e12 df the t and normal tails agree to double precision, and ln B(df/2, 1/2) would cancel
  if (df > 1e12) return normalTwoSided(t);
  const t2 = t * t;
  const denominator = df + t2;
  return regularizedBeta(df / denominator, df / 2, 0.5, t2 / denominator);
}

/** P(T > t). */
export function tSf(t: number, df: number): number {
  const half = tTwoSided(t, df) / 2;
  return t >= 0 ? half : 1 - half;
}

/** P(T ≤ t). */
export function tCdf(t: number, df: number): number {
  return tSf(-t, df);
}
