/**
 * Class priors of a latent class regression: for a pattern with design row x (intercept first),
 * P(class r | x) = exp(x·β_r) / Σ_s exp(x·β_s) with β_0 = 0 (class 0 is the reference), the
 * multinomial logit of poLCA's `poLCA.updatePrior`. Written as logs, stride `stride` per pattern.
 *
 * `coefficients` is (k − 1) × S, class-major: coefficients[(r − 1) · S + s] is covariate s's
 * coefficient for class r (poLCA's `coeff` matrix, column r − 1).
 *
 * Reference: Linzer & Lewis (2011) J. Stat. Softw. 42(10), eq. 6; Bandeen-Roche et al. (1997).
 * Complexity: O(P · k · S).
 *
 * @example
 * lcrLogPrior(data, 2, Float64Array.of(0, 0), 4, out);   // out[p * 4 + r] = log 0.5 for r < 2
 */
import type { LcaData } from './lca-data.js';

export function lcrLogPrior(
  data: Pick<LcaData, 'patterns' | 'covariateColumns' | 'patternCovariates'>,
  k: number,
  coefficients: Float64Array,
  stride: number,
  out: Float64Array,
): Float64Array {
  const s = data.covariateColumns;
  const x = data.patternCovariates!;
  for (let p = 0; p < data.patterns; p++) {
    const at = p * stride;
    out[at] = 0;
    let max = 0;
    for (let r = 1; r < k; r++) {
      let eta = 0;
      for (let c = 0; c < s; c++) eta += x[p * s + c]! * coefficients[(r - 1) * s + c]!;
      out[at + r] = eta;
      if (eta > max) max = eta;
    }
    let total = 0;
    for (let r = 0; r < k; r++) total += Math.exp(out[at + r]! - max);
    const logTotal = max + Math.log(total);
    for (let r = 0; r < k; r++) out[at + r] = out[at + r]! - logTotal;
  }
  return out;
}
