/**
 * The few random draws the demo market needs, all on the seeded `Rng` so the market is a pure function of
 * its seed: categorical choice from small weight lists, weighted choice from large cumulative tables
 * (binary search, O(log n)), Poisson counts (Knuth for small means, a rounded normal above 30) and
 * log-normal sizes.
 *
 * Reference: Knuth, TAOCP vol. 2, 3.4.1 (Poisson by products of uniforms).
 *
 * @example
 * const rng = createRng(1);
 * categorical(rng, [0.7, 0.3]); // 0 about 70% of the time
 */
import type { Rng } from '../../../core/random/rng.js';

/** Index drawn with probability proportional to `weights` (a short list; linear scan). */
export function categorical(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let u = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i]!;
    if (u < 0) return i;
  }
  return weights.length - 1;
}

/** Running sums of `weights`, for `drawCumulative`. */
export function cumulative(weights: ArrayLike<number>): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i]!;
    out[i] = sum;
  }
  return out;
}

/** Index drawn with probability proportional to the weights behind `cum` (from `cumulative`). */
export function drawCumulative(rng: Rng, cum: Float64Array): number {
  const u = rng.next() * cum[cum.length - 1]!;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid]! > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A Poisson count with mean `lambda`. */
export function poisson(rng: Rng, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * rng.normal()));
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rng.next();
  while (p > limit) {
    k++;
    p *= rng.next();
  }
  return k;
}

/** exp(mu + sigma·Z). */
export const logNormal = (rng: Rng, mu: number, sigma: number): number => Math.exp(mu + sigma * rng.normal());

/** True with probability p. */
export const chance = (rng: Rng, p: number): boolean => rng.next() < p;

/** A uniformly chosen element. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[rng.int(items.length)]!;
}

/** A Pareto(xm = 1, alpha) draw: the heavy tail behind referral hubs. */
export const pareto = (rng: Rng, alpha: number): number => Math.pow(1 - rng.next(), -1 / alpha);

/** The logistic function. */
export const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

/** `k` distinct indices from [0, n) (Floyd's algorithm; k ≤ n). */
export function sampleDistinct(rng: Rng, n: number, k: number): number[] {
  const chosen = new Set<number>();
  for (let j = n - k; j < n; j++) {
    const t = rng.int(j + 1);
    chosen.add(chosen.has(t) ? j : t);
  }
  return [...chosen];
}
