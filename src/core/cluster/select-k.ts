/**
 * Compares solutions over a range of k and recommends one: for each k the fit itself, silhouette
 * (exact up to 20,000 rows, sampled above, sample size reported), Calinski–Harabasz, Davies–Bouldin,
 * log-likelihood / AIC / BIC where the method defines them, inertia for k-means, the smallest segment's
 * share, and bootstrap stability (mean adjusted Rand over resamples). The recommendation is made by
 * ./recommend-k.ts. The method is passed in as two functions, so k-means, k-prototypes, mixtures and
 * latent class models are compared the same way.
 *
 * Complexity O(|ks| × (fit + B × fit) + m² (d + |ks|)) for m rows scored by silhouette.
 *
 * @example
 * const { solutions, recommendation } = selectK({
 *   ks: [2, 3, 4, 5, 6], x,
 *   fitAll: (k) => kmeans(x, k, { seed: 1 }),
 *   fitRows: (k, rows) => kmeans(takeRows(x, rows), k, { seed: 1, starts: 3 }).labels,
 * });
 * recommendation.k // 4 ; recommendation.reason // "We recommend 4 segments. …"
 */
import type { Matrix } from '../matrix/matrix.js';
import { adjustedRand } from './adjusted-rand.js';
import { bootstrapStability, type Stability } from './bootstrap-stability.js';
import { calinskiHarabasz } from './calinski-harabasz.js';
import { segmentSizes } from './canonical-order.js';
import { consensus, defaultConsensusMaxRows, type Consensus } from './consensus.js';
import { daviesBouldin } from './davies-bouldin.js';
import type { ClusterFit } from './fit-result.js';
import { recommendK, type Recommendation, type RecommendOptions } from './recommend-k.js';
import { silhouetteMany, type SilhouetteOptions, type SilhouetteScore } from './silhouette.js';

export interface KSolution {
  readonly k: number;
  readonly fit: ClusterFit;
  /** Null when the measure is undefined (fewer than 2 segments found, or one row per segment). */
  readonly silhouette: SilhouetteScore | null;
  readonly calinskiHarabasz: number | null;
  readonly daviesBouldin: number | null;
  /** Weighted share of each segment, canonical order. */
  readonly shares: Float64Array;
  readonly smallestShare: number;
  readonly stability: Stability;
}

export interface SelectKOptions extends RecommendOptions {
  readonly ks: readonly number[];
  /** The matrix silhouette, Calinski–Harabasz and Davies–Bouldin are measured in (the prepared data). */
  readonly x: Matrix;
  readonly weights?: Float64Array | undefined;
  /** Fits k on all rows. */
  readonly fitAll: (k: number) => ClusterFit;
  /** Refits k on `rows` (bootstrap draws, repeats allowed) and returns one label per entry. */
  readonly fitRows: (k: number, rows: Int32Array, resample: number) => Int32Array;
  readonly resamples?: number;
  readonly seed?: number;
  readonly silhouette?: SilhouetteOptions;
  /** Largest number of rows for the consensus solution (default 5,000; 0 turns it off). */
  readonly consensusMaxRows?: number;
  readonly onProgress?: (done: number, total: number, k: number) => void;
}

export interface Selection {
  readonly solutions: KSolution[];
  readonly recommendation: Recommendation;
  /**
   * The robust option for the recommended k: consensus segments from the co-association of the full fit
   * and its bootstrap refits (./consensus.ts), with their agreement (adjusted Rand) with the fit. Absent
   * above `consensusMaxRows` rows.
   */
  readonly consensus?: ConsensusSolution;
}

export interface ConsensusSolution extends Consensus {
  readonly k: number;
  /** Adjusted Rand index between the consensus and the recommended fit. */
  readonly agreement: number;
}

export function selectK(options: SelectKOptions): Selection {
  const { ks, x, weights } = options;
  const fits = ks.map((k, i) => {
    const fit = options.fitAll(k);
    options.onProgress?.(i + 0.5, ks.length, k);
    return fit;
  });
  const consensusMaxRows = options.consensusMaxRows ?? defaultConsensusMaxRows;
  const keepLabels = x.rows <= consensusMaxRows;
  const definedFor = fits.map((fit) => distinctLabels(fit.labels) >= 2 && distinctLabels(fit.labels) < assigned(fit.labels));
  const scored = fits.filter((_, i) => definedFor[i]);
  const silhouettes = scored.length > 0 ? silhouetteMany(x, scored.map((f) => f.labels), { ...options.silhouette, weights }) : [];
  let next = 0;
  const solutions = fits.map((fit, i): KSolution => {
    const k = ks[i]!;
    const stability = bootstrapStability(fit.labels, (rows, b) => options.fitRows(k, rows, b), {
      resamples: options.resamples, seed: (options.seed ?? 0) + k, weights, keepLabels,
    });
    options.onProgress?.(i + 1, ks.length, k);
    const sizes = segmentSizes(fit.labels, fit.k, weights);
    const total = sizes.reduce((s, v) => s + v, 0);
    const shares = sizes.map((s) => s / total);
    return {
      k,
      fit,
      silhouette: definedFor[i] ? silhouettes[next++]! : null,
      calinskiHarabasz: definedFor[i] ? calinskiHarabasz(x, fit.labels, weights) : null,
      daviesBouldin: definedFor[i] ? daviesBouldin(x, fit.labels, weights) : null,
      shares,
      smallestShare: Math.min(...shares),
      stability,
    };
  });
  const recommendation = recommendK(solutions, options);
  const chosen = solutions.find((s) => s.k === recommendation.k)!;
  const labellings = chosen.stability.labellings;
  if (!labellings) return { solutions, recommendation };
  const agreed = consensus([chosen.fit.labels, ...labellings], chosen.k, { maxRows: consensusMaxRows, weights });
  const result = { solutions: solutions.map(({ stability: { labellings: _drop, ...stability }, ...rest }) => ({ ...rest, stability })), recommendation };
  return { ...result, consensus: { ...agreed, k: chosen.k, agreement: adjustedRand(agreed.labels, chosen.fit.labels) } };
}

function distinctLabels(labels: Int32Array): number {
  return new Set(Array.from(labels).filter((l) => l >= 0)).size;
}

function assigned(labels: Int32Array): number {
  return labels.reduce((s, l) => s + (l >= 0 ? 1 : 0), 0);
}
