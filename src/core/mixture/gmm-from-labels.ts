/**
 * Mixture parameters from a hard partition (weights = segment shares, means and covariances of each
 * segment, plus reg·I): how scikit-learn starts EM with `init_params='kmeans'`, where the partition
 * is a k-means result. Two passes over the rows (means, then sums around them) keep the
 * covariances accurate. Labels outside [0, k) (e.g. -1) are ignored.
 *
 * Reference: scikit-learn 1.2 `BaseMixture._initialize_parameters` (one-hot responsibilities from
 * KMeans labels) and `GaussianMixture._initialize`.
 * Complexity: O(n d²) full, O(n d) diag.
 *
 * @example
 * const start = gmmParametersFromLabels(x, kmeansLabels, null, 5, 'full', 1e-6);
 */
import type { Matrix } from '../matrix/matrix.js';
import type { GmmStats } from './gmm-em-pass.js';
import { emptyGmmStats } from './gmm-em-pass.js';
import { gmmMStep } from './gmm-m-step.js';
import type { CovarianceType, GmmParameters } from './gmm-parameters.js';
import { covarianceSize } from './gmm-parameters.js';

export function gmmParametersFromLabels(
  x: Matrix,
  labels: Int32Array,
  rowWeight: Float64Array | null,
  k: number,
  covarianceType: CovarianceType,
  regCovar: number,
): GmmParameters {
  const { rows: n, cols: d, data } = x;
  const sums = new Float64Array(k * d);
  const counts = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const c = labels[i]!;
    const w = rowWeight === null ? 1 : rowWeight[i]!;
    if (c < 0 || c >= k || w === 0) continue;
    counts[c] = counts[c]! + w;
    for (let j = 0; j < d; j++) sums[c * d + j] = sums[c * d + j]! + w * data[i * d + j]!;
  }
  const means = new Float64Array(k * d);
  for (let c = 0; c < k; c++) for (let j = 0; j < d; j++) means[c * d + j] = counts[c]! > 0 ? sums[c * d + j]! / counts[c]! : 0;
  const stats = emptyGmmStats(k, d, covarianceType);
  accumulateAroundMeans(x, labels, rowWeight, means, covarianceType, stats);
  const current: GmmParameters = {
    k,
    d,
    covarianceType,
    weights: new Float64Array(k),
    means,
    covariances: new Float64Array(k * covarianceSize(d, covarianceType)),
  };
  return gmmMStep(stats, current, regCovar);
}

function accumulateAroundMeans(
  x: Matrix,
  labels: Int32Array,
  rowWeight: Float64Array | null,
  means: Float64Array,
  covarianceType: CovarianceType,
  stats: GmmStats,
): void {
  const { rows: n, cols: d, data } = x;
  const k = stats.weight.length;
  const diff = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    const c = labels[i]!;
    const w = rowWeight === null ? 1 : rowWeight[i]!;
    if (c < 0 || c >= k || w === 0) continue;
    stats.weight[c] = stats.weight[c]! + w;
    for (let j = 0; j < d; j++) {
      diff[j] = data[i * d + j]! - means[c * d + j]!;
      stats.first[c * d + j] = stats.first[c * d + j]! + w * diff[j]!;
    }
    if (covarianceType === 'full') {
      const s = c * d * d;
      for (let a = 0; a < d; a++) for (let b = 0; b <= a; b++) stats.second[s + a * d + b] = stats.second[s + a * d + b]! + w * diff[a]! * diff[b]!;
    } else {
      for (let a = 0; a < d; a++) stats.second[c * d + a] = stats.second[c * d + a]! + w * diff[a]! * diff[a]!;
    }
  }
}
