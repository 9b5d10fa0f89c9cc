/**
 * Puts one score component on a 0..1 scale so components measured in patients, dollars, PageRank and
 * publication counts can be weighted together: optionally log1p (counts are skewed: one academic centre
 * can have a hundred times the volume of a community hospital), then a robust min-max between a low and a
 * high quantile (5th and 95th by default, not the minimum and maximum, so one outlier does not flatten
 * everyone else), capped to 0..1.
 *
 * Why a range and not a ratio to the top: dividing log volumes by their 95th percentile squeezes every
 * treating site into 0.6..1 and lets noisier parts decide the ranking; spreading each part over the whole
 * 0..1 range gives every part the influence its weight says. Why not z-scores: a weighted sum of 0..1
 * parts stays readable ("volume contributes 0.8 of its weight") and the opportunity score stays in 0..100.
 *
 * The quantiles can be taken among a subset (`mask`, e.g. accounts with volume on file, so a mass of sites
 * that do not treat does not set the floor) or among positive values only (`among: 'positive'`, for sparse
 * parts such as KOL signals, where most people have none).
 * Complexity: O(n log n) for the quantiles.
 *
 * @example
 * scaleComponent(Float64Array.of(0, 5, 10, 1000), { log: false, floor: 0, cap: 0.5 }).values; // Float64Array [0, 0.666…, 1, 1]
 */
import { quantile } from './quantile.js';

export interface ScaleOptions {
  /** Apply log1p first (for counts and money). */
  readonly log: boolean;
  /** Quantile that maps to 1 (default 0.95). */
  readonly cap?: number;
  /** Quantile that maps to 0 (default 0.05). */
  readonly floor?: number;
  /** Take the quantiles among values above 0 only, and keep 0 at 0. */
  readonly among?: 'all' | 'positive';
  /** Take the quantiles among the items flagged 1 (every item is still scaled). */
  readonly mask?: Uint8Array;
}

export interface ScaledComponent {
  readonly values: Float64Array;
  /** The raw values (after log1p, if any) that map to 0 and to 1. */
  readonly low: number;
  readonly high: number;
}

export function scaleComponent(raw: Float64Array, options: ScaleOptions): ScaledComponent {
  const n = raw.length;
  const t = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const value = Math.max(0, raw[i] as number); // components are non-negative by construction; guard anyway
    t[i] = options.log ? Math.log1p(value) : value;
  }
  const positiveOnly = options.among === 'positive';
  const basis = t.filter((v, i) => (!options.mask || options.mask[i] === 1) && (!positiveOnly || v > 0));
  const values = new Float64Array(n);
  if (basis.length === 0) return { values, low: 0, high: 0 };
  const low = positiveOnly ? 0 : quantile(basis, options.floor ?? 0.05);
  let high = quantile(basis, options.cap ?? 0.95);
  if (high <= low) high = basis.reduce((a, b) => Math.max(a, b), low); // a sparse part: its maximum is full
  if (high <= low) return { values, low, high }; // constant part: says nothing
  for (let i = 0; i < n; i++) values[i] = Math.min(1, Math.max(0, ((t[i] as number) - low) / (high - low)));
  return { values, low, high };
}
