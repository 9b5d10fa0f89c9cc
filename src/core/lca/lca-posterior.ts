/**
 * Posterior class probabilities and log-density of each distinct response pattern under fixed
 * parameters: P(class r | pattern) ∝ prior_r · Π_{answered j} P(y_j | r), the prior being the share
 * or, in a latent class regression, the pattern's logit prior; computed in log space with
 * log-sum-exp so 50 items with small probabilities do not underflow (poLCA multiplies raw
 * probabilities, starting from DBL_MAX, for the same reason).
 *
 * Reference: Linzer & Lewis (2011) J. Stat. Softw. 42(10), eq. 4.
 * Complexity: O(Σ_p answered(p) · k).
 *
 * @example
 * const { posterior, logDensity } = lcaPatternPosterior(data, fit.parameters);
 * posterior[p * k + r];   // P(class r | pattern p)
 * Math.exp(logDensity[p]); // P(pattern p)
 */
import type { LcaData } from './lca-data.js';
import type { LcaParameters } from './lca-parameters.js';
import { lcrLogPrior } from './lcr-log-prior.js';
import { LOG_FLOOR } from './run-lca-em.js';

export interface LcaPatternPosterior {
  /** P × k, row-major. */
  readonly posterior: Float64Array;
  /** log P(pattern) per pattern (answered items only). */
  readonly logDensity: Float64Array;
}

export function lcaPatternPosterior(
  data: Pick<LcaData, 'patterns' | 'patternStart' | 'patternCells' | 'covariateColumns' | 'patternCovariates'>,
  params: LcaParameters,
): LcaPatternPosterior {
  const { k } = params;
  const logTable = params.probabilities.map((v) => (v > 0 ? Math.log(v) : LOG_FLOOR));
  // class priors: the shares, or per pattern from the regression coefficients
  const regression = params.coefficients !== undefined && data.patternCovariates !== null;
  const logPrior = regression
    ? lcrLogPrior(data, k, params.coefficients!, k, new Float64Array(data.patterns * k))
    : params.shares.map((v) => (v > 0 ? Math.log(v) : LOG_FLOOR));
  const priorStep = regression ? k : 0;
  const posterior = new Float64Array(data.patterns * k);
  const logDensity = new Float64Array(data.patterns);
  for (let p = 0; p < data.patterns; p++) {
    const out = p * k;
    for (let r = 0; r < k; r++) posterior[out + r] = logPrior[p * priorStep + r]!;
    for (let c = data.patternStart[p]!; c < data.patternStart[p + 1]!; c++) {
      const base = data.patternCells[c]! * k;
      for (let r = 0; r < k; r++) posterior[out + r] = posterior[out + r]! + logTable[base + r]!;
    }
    let max = posterior[out]!;
    for (let r = 1; r < k; r++) max = Math.max(max, posterior[out + r]!);
    let total = 0;
    for (let r = 0; r < k; r++) {
      const e = Math.exp(posterior[out + r]! - max);
      posterior[out + r] = e;
      total += e;
    }
    for (let r = 0; r < k; r++) posterior[out + r]! /= total;
    logDensity[p] = max + Math.log(total);
  }
  return { posterior, logDensity };
}
