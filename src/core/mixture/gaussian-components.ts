/**
 * Per-component constants of the Gaussian log-density, computed once per EM iteration so the pass
 * over the rows only does multiply-adds:
 *   log w_k + log N(x | μ_k, Σ_k) = logNorm_k − ½ ‖F_k (x − μ_k)‖²
 * with logNorm_k = log w_k − ½ d log 2π − ½ log det Σ_k and F_k = L_k⁻¹ (full; Σ_k = L_k L_kᵀ by
 * Cholesky) or F_k = diag(1/σ²) applied as a weighted sum of squares (diag).
 * This is the same computation as scikit-learn's `_estimate_log_gaussian_prob` through
 * `precisions_cholesky_`.
 *
 * Reference: scikit-learn 1.2 sklearn/mixture/_gaussian_mixture.py; Bishop (2006) PRML eq. 9.12.
 * Complexity: O(k d³) for full, O(k d) for diag.
 *
 * @example
 * const c = gaussianComponents(params);
 * c.logNorm[0];   // log w_0 − ½ d log 2π − ½ log det Σ_0
 * @throws InputError when a covariance is not positive definite (collapsed component)
 */
import { InputError } from '../../lib/errors.js';
import { modelMessages } from '../../lib/messages/model.js';
import { cholesky, invertLowerTriangular } from '../matrix/cholesky.js';
import type { CovarianceType, GmmParameters } from './gmm-parameters.js';
import { covarianceSize } from './gmm-parameters.js';

export interface GaussianComponents {
  readonly k: number;
  readonly d: number;
  readonly covarianceType: CovarianceType;
  readonly means: Float64Array;
  /** log w_k − ½ d log 2π − ½ log det Σ_k, length k. */
  readonly logNorm: Float64Array;
  /** L_k⁻¹ (k × d × d, lower-triangular) for full; 1 / σ²_kj (k × d) for diag. */
  readonly factor: Float64Array;
}

const LOG_2PI = Math.log(2 * Math.PI);

export function gaussianComponents(params: GmmParameters): GaussianComponents {
  const { k, d, covarianceType } = params;
  const size = covarianceSize(d, covarianceType);
  const logNorm = new Float64Array(k);
  const factor = new Float64Array(k * size);
  const l = new Float64Array(d * d);
  for (let c = 0; c < k; c++) {
    const cov = params.covariances.subarray(c * size, (c + 1) * size);
    let halfLogDet = 0;
    if (covarianceType === 'full') {
      if (cholesky(cov, d, l) === null) throw new InputError(modelMessages.gmmIllDefinedCovariance(c));
      for (let j = 0; j < d; j++) halfLogDet += Math.log(l[j * d + j]!);
      invertLowerTriangular(l, d, factor.subarray(c * size, (c + 1) * size));
    } else {
      for (let j = 0; j < d; j++) {
        const v = cov[j]!;
        if (!(v > 0) || !Number.isFinite(v)) throw new InputError(modelMessages.gmmIllDefinedCovariance(c));
        halfLogDet += 0.5 * Math.log(v);
        factor[c * size + j] = 1 / v;
      }
    }
    const w = params.weights[c]!;
    logNorm[c] = (w > 0 ? Math.log(w) : -Infinity) - 0.5 * d * LOG_2PI - halfLogDet;
  }
  return { k, d, covarianceType, means: params.means, logNorm, factor };
}
