/**
 * Parameters of a Gaussian mixture and how many there are (the count BIC and AIC use).
 *
 * `covariances` is k × d × d row-major for `full` and k × d for `diag` (the variances), the layouts
 * of scikit-learn's `covariances_`. The free-parameter count is scikit-learn's `_n_parameters`:
 * k·d means + k·d(d+1)/2 (full) or k·d (diag) covariance entries + k − 1 weights.
 *
 * Reference: scikit-learn 1.2 sklearn/mixture/_gaussian_mixture.py (`GaussianMixture._n_parameters`).
 * Complexity: O(1).
 *
 * @example
 * gmmParameterCount(5, 20, 'full');   // 5*20 + 5*210 + 4 = 1154
 * gmmParameterCount(5, 20, 'diag');   // 5*20 + 5*20 + 4 = 204
 */
export type CovarianceType = 'full' | 'diag';

export interface GmmParameters {
  readonly k: number;
  readonly d: number;
  readonly covarianceType: CovarianceType;
  /** Mixing weights, length k, summing to 1. */
  readonly weights: Float64Array;
  /** k × d row-major. */
  readonly means: Float64Array;
  /** k × d × d (full) or k × d (diag). */
  readonly covariances: Float64Array;
}

export function gmmParameterCount(k: number, d: number, covarianceType: CovarianceType): number {
  const covariance = covarianceType === 'full' ? (k * d * (d + 1)) / 2 : k * d;
  return k * d + covariance + k - 1;
}

/** Entries of one component's covariance in the flat layout. */
export function covarianceSize(d: number, covarianceType: CovarianceType): number {
  return covarianceType === 'full' ? d * d : d;
}
