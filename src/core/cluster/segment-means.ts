/**
 * Weighted mean of every segment and of all assigned rows, plus the segment weights: the centroids the
 * metrics (Calinski–Harabasz, Davies–Bouldin) and profiles start from. Rows coded -1 are skipped.
 * Complexity O(n d).
 *
 * @example segmentMeans(fromRows([[0], [2], [10]]), Int32Array.of(0, 0, 1), 2).means // [1, 10]
 */
import type { Matrix } from '../matrix/matrix.js';

export interface SegmentMeans {
  /** k × d weighted means. */
  readonly means: Float64Array;
  /** Summed weight of each segment. */
  readonly totals: Float64Array;
  /** Summed weight of all assigned rows. */
  readonly total: number;
  /** Weighted mean of all assigned rows (d). */
  readonly overall: Float64Array;
}

export function segmentMeans(x: Matrix, codes: Int32Array, k: number, weights?: Float64Array): SegmentMeans {
  const { rows: n, cols: d, data } = x;
  const means = new Float64Array(k * d);
  const totals = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    if (c < 0) continue;
    const w = weights === undefined ? 1 : weights[i]!;
    for (let j = 0; j < d; j++) means[c * d + j]! += w * data[i * d + j]!;
    totals[c]! += w;
  }
  const overall = new Float64Array(d);
  let total = 0;
  for (let c = 0; c < k; c++) {
    for (let j = 0; j < d; j++) overall[j]! += means[c * d + j]!;
    total += totals[c]!;
    for (let j = 0; j < d; j++) means[c * d + j] = totals[c]! > 0 ? means[c * d + j]! / totals[c]! : 0;
  }
  for (let j = 0; j < d; j++) overall[j] = total > 0 ? overall[j]! / total : 0;
  return { means, totals, total, overall };
}
