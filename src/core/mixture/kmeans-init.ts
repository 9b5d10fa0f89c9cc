/**
 * The k-means labels that start a Gaussian mixture the way scikit-learn's `init_params='kmeans'` does
 * (KMeans(n_init=1) labels turned into one-hot responsibilities): one start of Segmap's k-means
 * (core/cluster: greedy k-means++ seeding, then Elkan's exact acceleration of Lloyd, both in WebAssembly
 * SIMD), seeded from the mixture's own random stream and honouring row weights. A caller that already
 * has labels passes them as `{ kind: 'labels' }` instead.
 *
 * Reference: scikit-learn 1.2 `GaussianMixture._initialize_parameters` (init_params='kmeans').
 * Complexity: that of one k-means start, O(n k d) per iteration at worst.
 *
 * @example
 * const labels = kmeansInitLabels(x, 3, null, createRng(0));   // Int32Array of 0..2
 */
import { kmeans } from '../cluster/kmeans.js';
import type { Matrix } from '../matrix/matrix.js';
import type { Rng } from '../random/rng.js';

export function kmeansInitLabels(x: Matrix, k: number, rowWeight: Float64Array | null, rng: Rng): Int32Array {
  return kmeans(x, k, { starts: 1, seed: rng.int(0x7fffffff), weights: rowWeight ?? undefined }).labels;
}
