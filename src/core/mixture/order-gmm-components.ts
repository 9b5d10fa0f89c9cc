/**
 * Canonical component order of a Gaussian mixture, so the same data and seed give the same segment
 * numbers on every run: by mixing weight, largest first; weights equal to 1e-9 are ordered by their
 * means, compared coordinate by coordinate, larger first.
 *
 * Complexity: O(k log k · d) plus O(k d²) to copy.
 *
 * @example
 * orderGmmComponents(params).weights;   // non-increasing
 */
import type { GmmParameters } from './gmm-parameters.js';
import { covarianceSize } from './gmm-parameters.js';

const TIE = 1e-9;

export function orderGmmComponents(params: GmmParameters): GmmParameters {
  const { k, d, covarianceType } = params;
  const order = Array.from({ length: k }, (_, c) => c).sort((a, b) => {
    const byWeight = params.weights[b]! - params.weights[a]!;
    if (Math.abs(byWeight) > TIE) return byWeight;
    for (let j = 0; j < d; j++) {
      const diff = params.means[b * d + j]! - params.means[a * d + j]!;
      if (Math.abs(diff) > TIE) return diff;
    }
    return a - b;
  });
  const size = covarianceSize(d, covarianceType);
  const weights = new Float64Array(k);
  const means = new Float64Array(k * d);
  const covariances = new Float64Array(k * size);
  order.forEach((old, c) => {
    weights[c] = params.weights[old]!;
    means.set(params.means.subarray(old * d, (old + 1) * d), c * d);
    covariances.set(params.covariances.subarray(old * size, (old + 1) * size), c * size);
  });
  return { k, d, covarianceType, weights, means, covariances };
}
