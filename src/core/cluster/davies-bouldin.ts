/**
 * Davies–Bouldin index: for each segment, the worst ratio (spread_a + spread_b) / distance between
 * centroids over the other segments, averaged over segments; lower is better. Spread is the mean
 * Euclidean distance of a segment's rows to its centroid (weighted mean with weights). With no weights it
 * equals scikit-learn's `davies_bouldin_score` (0 when all spreads or all centroid distances are ~0).
 *
 * Reference: D. L. Davies & D. W. Bouldin, IEEE TPAMI 1(2), 1979. Complexity O(n d + k² d).
 *
 * @example daviesBouldin(fromRows([[0], [2], [10], [12]]), Int32Array.of(0, 0, 1, 1)) // 0.2
 * @throws UsageError when fewer than 2 or more than n - 1 segments are present.
 */
import { UsageError } from '../../lib/errors.js';
import { clusterMessages } from '../../lib/messages/cluster.js';
import type { Matrix } from '../matrix/matrix.js';
import { countAssigned } from './calinski-harabasz.js';
import { labelIndex } from './label-index.js';
import { segmentMeans } from './segment-means.js';
import { squaredDistance } from './squared-distance.js';

/** numpy.allclose(values, 0): every |value| ≤ 1e-8. */
const allNearZero = (values: Float64Array): boolean => values.every((v) => Math.abs(v) <= 1e-8);

export function daviesBouldin(x: Matrix, labels: ArrayLike<number>, weights?: Float64Array): number {
  const { codes, count: k } = labelIndex(labels);
  if (k < 2 || k > countAssigned(codes) - 1) throw new UsageError(clusterMessages.metricSegments(k, countAssigned(codes)));
  const { rows: n, cols: d, data } = x;
  const { means, totals } = segmentMeans(x, codes, k, weights);
  const spread = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    if (c >= 0) spread[c]! += (weights === undefined ? 1 : weights[i]!) * Math.sqrt(squaredDistance(data, i * d, means, c * d, d));
  }
  for (let c = 0; c < k; c++) spread[c] = spread[c]! / totals[c]!;
  const gaps = new Float64Array(k * k);
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) gaps[a * k + b] = Math.sqrt(squaredDistance(means, a * d, means, b * d, d));
  if (allNearZero(spread) || allNearZero(gaps)) return 0;
  let total = 0;
  for (let a = 0; a < k; a++) {
    let worst = 0;
    for (let b = 0; b < k; b++) {
      if (b === a) continue;
      const gap = gaps[a * k + b]! === 0 ? Infinity : gaps[a * k + b]!;
      worst = Math.max(worst, (spread[a]! + spread[b]!) / gap);
    }
    total += worst;
  }
  return total / k;
}
