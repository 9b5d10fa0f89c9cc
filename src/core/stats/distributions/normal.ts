/**
 * Standard normal distribution: CDF Φ(z), survival 1 − Φ(z) and the two-sided p-value 2·(1 − Φ(|z|)).
 *
 * Why: column-proportion z-tests report p-values far into the tail (|z| of 10 and more on large surveys);
 * computing the tail as Q(1/2, z²/2)/2 keeps full relative accuracy there instead of returning 0.
 *
 * Reference: Abramowitz & Stegun 26.2.29 (Φ via the incomplete gamma function); checked against
 * scipy.stats.norm.sf in ./distributions.test.ts.
 * Complexity: O(1) amortised (a few dozen continued-fraction steps at most).
 *
 * @example
 * normalSf(1.959963984540054); // 0.025
 * normalTwoSided(-3);          // 0.0026997960632601866 (2 * scipy.stats.norm.sf(3))
 * @throws RangeError when z is NaN
 */
import { regularizedGammaQ } from './incomplete-gamma.js';

/** P(Z > z). */
export function normalSf(z: number): number {
  if (Number.isNaN(z)) throw new RangeError('normal distribution requires a number, got NaN');
  if (z === Infinity) return 0;
  if (z === -Infinity) return 1;
  const half = 0.5 * regularizedGammaQ(0.5, (z * z) / 2);
  return z >= 0 ? half : 1 - half;
}

/** P(Z ≤ z). */
export function normalCdf(z: number): number {
  return normalSf(-z);
}

/** P(|Z| ≥ |z|), capped at 1. */
export function normalTwoSided(z: number): number {
  return Math.min(1, 2 * normalSf(Math.abs(z)));
}
