/**
 * M-step of a Gaussian mixture from the shifted sums of `gmmEmPass` (taken around the current means
 * μ): with N_c' = N_c + 10·ε (scikit-learn's guard against empty components) and δ_c = S1_c / N_c',
 *   μ_c ← μ_c + δ_c,   Σ_c ← S2_c / N_c' − δ_c δ_cᵀ + reg·I (diag: the diagonal only),
 *   w_c ← N_c' / Σ_c N_c'.
 * This equals scikit-learn's `_estimate_gaussian_parameters` followed by `weights_ /= sum`.
 *
 * Reference: scikit-learn 1.2 sklearn/mixture/_gaussian_mixture.py (`_estimate_gaussian_covariances_full`,
 * `_diag`, `reg_covar`); Bishop (2006) PRML eqs. 9.24–9.26.
 * Complexity: O(k d²).
 *
 * @example
 * const next = gmmMStep(stats, current, 1e-6);
 */
import type { GmmStats } from './gmm-em-pass.js';
import type { GmmParameters } from './gmm-parameters.js';

const TEN_EPS = 10 * Number.EPSILON;

export function gmmMStep(stats: GmmStats, current: GmmParameters, regCovar: number): GmmParameters {
  const { k, d, covarianceType } = current;
  const full = covarianceType === 'full';
  const weights = new Float64Array(k);
  const means = new Float64Array(k * d);
  const covariances = new Float64Array(current.covariances.length);
  const delta = new Float64Array(d);
  let total = 0;
  for (let c = 0; c < k; c++) {
    const nk = stats.weight[c]! + TEN_EPS;
    weights[c] = nk;
    total += nk;
    for (let a = 0; a < d; a++) {
      delta[a] = stats.first[c * d + a]! / nk;
      means[c * d + a] = current.means[c * d + a]! + delta[a]!;
    }
    if (full) {
      const s = c * d * d;
      for (let a = 0; a < d; a++) {
        for (let b = 0; b <= a; b++) {
          const v = stats.second[s + a * d + b]! / nk - delta[a]! * delta[b]!;
          covariances[s + a * d + b] = v;
          covariances[s + b * d + a] = v;
        }
        covariances[s + a * d + a] = covariances[s + a * d + a]! + regCovar;
      }
    } else {
      for (let a = 0; a < d; a++) covariances[c * d + a] = stats.second[c * d + a]! / nk - delta[a]! * delta[a]! + regCovar;
    }
  }
  for (let c = 0; c < k; c++) weights[c] = weights[c]! / total;
  return { k, d, covarianceType, weights, means, covariances };
}
