/**
 * Calinski–Harabasz index (variance ratio criterion): between-segment dispersion over within-segment
 * dispersion, each divided by its degrees of freedom; higher is better. With weights every row counts
 * w times (weighted means and sums, n = Σw); with no weights it equals scikit-learn's
 * `calinski_harabasz_score` (1 when the within dispersion is 0).
 *
 * Reference: T. Caliński & J. Harabasz, Communications in Statistics 3(1), 1974. Complexity O(n d).
 *
 * @example calinskiHarabasz(fromRows([[0], [1], [10], [11]]), Int32Array.of(0, 0, 1, 1)) // 200
 * @throws UsageError when fewer than 2 or more than n - 1 segments are present.
 */
import { UsageError } from '../../lib/errors.js';
import { clusterMessages } from '../../lib/messages/cluster.js';
import type { Matrix } from '../matrix/matrix.js';
import { labelIndex } from './label-index.js';
import { segmentMeans } from './segment-means.js';

export function calinskiHarabasz(x: Matrix, labels: ArrayLike<number>, weights?: Float64Array): number {
  const { codes, count: k } = labelIndex(labels);
  const { rows: n, cols: d, data } = x;
  const { means, totals, total, overall } = segmentMeans(x, codes, k, weights);
  if (k < 2 || k > countAssigned(codes) - 1) throw new UsageError(clusterMessages.metricSegments(k, countAssigned(codes)));
  let between = 0;
  for (let c = 0; c < k; c++) {
    let s = 0;
    for (let j = 0; j < d; j++) {
      const t = means[c * d + j]! - overall[j]!;
      s += t * t;
    }
    between += totals[c]! * s;
  }
  let within = 0;
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    if (c < 0) continue;
    let s = 0;
    for (let j = 0; j < d; j++) {
      const t = data[i * d + j]! - means[c * d + j]!;
      s += t * t;
    }
    within += (weights === undefined ? 1 : weights[i]!) * s;
  }
  return within === 0 ? 1 : (between * (total - k)) / (within * (k - 1));
}

export function countAssigned(codes: Int32Array): number {
  let n = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i]! >= 0) n++;
  return n;
}
