/**
 * The M-step of k-means: centres become the weighted means of their rows. A centre left without rows
 * is moved onto the row farthest from its own centre, exactly as scikit-learn 1.2 does
 * (`_relocate_empty_clusters_dense`): the row's weighted values leave its old cluster's sum and become
 * the empty cluster's sum, while its label stays until the next assignment.
 *
 * Complexity O(n d) for the sums; relocation adds O(n d + n log n) only when a cluster is empty.
 */
import { squaredDistance } from './squared-distance.js';
import { addRow } from './add-row.js';
import { weightOf } from './kmeans-run.js';

/** Weighted per-cluster sums (k × d) and weights (k) of the rows, from scratch. */
export function clusterSums(
  data: Float64Array, n: number, d: number, labels: Int32Array, weights: Float64Array | undefined,
  sums: Float64Array, clusterWeights: Float64Array,
): void {
  sums.fill(0);
  clusterWeights.fill(0);
  for (let i = 0; i < n; i++) {
    const c = labels[i]!;
    const w = weightOf(weights, i);
    addRow(sums, c * d, data, i * d, d, w);
    clusterWeights[c]! += w;
  }
}

/**
 * Moves the farthest rows into empty clusters (weight 0), editing `sums` and `clusterWeights` in place.
 * `centres` are the centres the labels were computed with. Returns how many clusters were refilled.
 */
export function relocateEmptyClusters(
  data: Float64Array, n: number, d: number, k: number, labels: Int32Array, weights: Float64Array | undefined,
  centres: Float64Array, sums: Float64Array, clusterWeights: Float64Array,
): number {
  const empty: number[] = [];
  for (let c = 0; c < k; c++) if (!(clusterWeights[c]! > 0)) empty.push(c);
  if (empty.length === 0) return 0;
  const distance = new Float64Array(n);
  for (let i = 0; i < n; i++) distance[i] = squaredDistance(data, i * d, centres, labels[i]! * d, d);
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => distance[b]! - distance[a]! || a - b);
  empty.forEach((target, e) => {
    const far = order[e]!;
    const w = weightOf(weights, far);
    const from = labels[far]!;
    for (let j = 0; j < d; j++) {
      const v = data[far * d + j]! * w;
      sums[from * d + j]! -= v;
      sums[target * d + j] = v;
    }
    clusterWeights[target] = w;
    clusterWeights[from]! -= w;
  });
  return empty.length;
}

/**
 * Divides sums by weights into `next` and returns the Euclidean shift of each centre from `previous`
 * in `shift`. A cluster whose weight is still 0 (no row to relocate) keeps its previous centre.
 */
export function moveCentres(
  sums: Float64Array, clusterWeights: Float64Array, previous: Float64Array, next: Float64Array, shift: Float64Array, k: number, d: number,
): number {
  let total = 0;
  for (let c = 0; c < k; c++) {
    const w = clusterWeights[c]!;
    const co = c * d;
    for (let j = 0; j < d; j++) next[co + j] = w > 0 ? sums[co + j]! / w : previous[co + j]!;
    const s = squaredDistance(next, co, previous, co, d);
    shift[c] = Math.sqrt(s);
    total += s;
  }
  return total;
}

/** Weighted sum of squared distances of each row to its centre. O(n d). */
export function inertiaOf(data: Float64Array, n: number, d: number, labels: Int32Array, weights: Float64Array | undefined, centres: Float64Array): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += weightOf(weights, i) * squaredDistance(data, i * d, centres, labels[i]! * d, d);
  return total;
}
