/**
 * Influence of each stakeholder, 0..1: a weighted mean of referral centrality (PageRank), KOL index and,
 * only when asked, own volume. Influence is never volume alone — the referral or KOL weight must be
 * positive — and in 'phrma' mode volume is left out entirely whatever its weight (PhRMA Code: speakers
 * are not selected for their prescribing). Used to roll account priority down to the people in it.
 *
 * Complexity: O(n log n).
 *
 * @example
 * stakeholderInfluence({ pagerank, kol, volume }, { pagerank: 0.5, kol: 0.5, volume: 0 }, 'phrma');
 * @throws RangeError when both the pagerank and kol weights are 0
 */
import { scaleComponent } from './scale-component.js';

export interface InfluenceInputs {
  readonly pagerank: Float64Array;
  /** KOL index, already 0..1 (see kolIndex). */
  readonly kol: Float64Array;
  readonly volume: Float64Array;
}

export interface InfluenceWeights {
  readonly pagerank: number;
  readonly kol: number;
  readonly volume: number;
}

export type KolMode = 'standard' | 'phrma';

export function stakeholderInfluence(inputs: InfluenceInputs, weights: InfluenceWeights, mode: KolMode): Float64Array {
  if (!(weights.pagerank > 0 || weights.kol > 0)) throw new RangeError('influence requires a pagerank or kol weight; volume alone is not influence');
  const volumeWeight = mode === 'phrma' ? 0 : weights.volume;
  const total = weights.pagerank + weights.kol + volumeWeight;
  const n = inputs.pagerank.length;
  const pr = scaleComponent(inputs.pagerank, { log: false }).values;
  const vol = volumeWeight > 0 ? scaleComponent(inputs.volume, { log: true }).values : new Float64Array(n);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = (weights.pagerank * (pr[i] as number) + weights.kol * (inputs.kol[i] as number) + volumeWeight * (vol[i] as number)) / total;
  }
  return out;
}
