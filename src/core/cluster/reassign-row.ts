/**
 * Moves row i from cluster `from` to cluster `to` in a bound-keeping k-means pass: its label, its weighted
 * values in the running sums, and the clusters' row counts and weights. Counts are kept beside the weights
 * so the weight of a cluster whose last row leaves is an exact zero, and relocation sees it as empty
 * despite rounding. Complexity O(d).
 */
import { moveRow } from './add-row.js';

export interface ReassignState {
  readonly data: Float64Array;
  readonly d: number;
  readonly weights: Float64Array | undefined;
  readonly labels: Int32Array;
  readonly sums: Float64Array;
  readonly counts: Int32Array;
  readonly clusterWeights: Float64Array;
}

export function reassignRow(s: ReassignState, i: number, from: number, to: number): void {
  const { d, counts, clusterWeights } = s;
  const w = s.weights === undefined ? 1 : s.weights[i]!;
  s.labels[i] = to;
  moveRow(s.sums, from * d, to * d, s.data, i * d, d, w);
  counts[from]!--;
  clusterWeights[from] = counts[from] === 0 ? 0 : clusterWeights[from]! - w;
  counts[to]!++;
  clusterWeights[to]! += w;
}
