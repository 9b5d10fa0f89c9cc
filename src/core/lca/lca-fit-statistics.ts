/**
 * Goodness of fit of a latent class model, defined exactly as poLCA defines them:
 * - parameters = k · Σ (L_j − 1) + (k − 1), plus (S − 1)(k − 1) with S covariate columns incl. intercept
 * - AIC = −2 LL + 2 · parameters; BIC = −2 LL + parameters · log N, N = summed weight of the rows used
 * - G² = 2 Σ_p f_p log(f_p / e_p) and X² = Σ_p (f_p − e_p)² / e_p + (N_obs − Σ_p e_p) over the observed
 *   fully answered patterns p, with f_p their weight and e_p = N_obs · P(pattern p); the last term
 *   is the X² contribution of every pattern never observed (their observed count is 0)
 * - residual df = min(N, Π L_j − 1) − parameters
 * G² and X² are null when no row answers every item (poLCA returns NA).
 *
 * Reference: poLCA 1.6 `poLCA()` return values `npar`, `aic`, `bic`, `Gsq`, `Chisq`, `resid.df`
 * (Linzer & Lewis 2011, section 2.3).
 * Complexity: O(P) given the pattern log-densities.
 *
 * @example
 * lcaFitStatistics(data, -293.705, logDensity, 3);
 * // → { parameters: 23, aic: 633.41, bic: 697.1357, gSquared: 15.2617, chiSquared: 20.5034, residualDf: 95 }
 */
import type { LcaData } from './lca-data.js';

export interface LcaFitStatistics {
  readonly parameters: number;
  readonly aic: number;
  readonly bic: number;
  readonly gSquared: number | null;
  readonly chiSquared: number | null;
  readonly residualDf: number;
}

export function lcaParameterCount(levels: Int32Array, k: number, covariateColumns = 1): number {
  let free = 0;
  for (const l of levels) free += l - 1;
  return k * free + (k - 1) + (covariateColumns - 1) * (k - 1);
}

export function lcaFitStatistics(
  data: LcaData,
  logLikelihood: number,
  logDensity: Float64Array,
  k: number,
  covariateColumns = 1,
): LcaFitStatistics {
  const parameters = lcaParameterCount(data.levels, k, covariateColumns);
  const n = data.totalWeight;
  let cellsMinusOne = 1;
  for (const l of data.levels) cellsMinusOne *= l;
  cellsMinusOne -= 1;
  const residualDf = Math.min(n, cellsMinusOne) - parameters;
  const aic = -2 * logLikelihood + 2 * parameters;
  const bic = -2 * logLikelihood + parameters * Math.log(n);
  const nObs = data.completeWeight;
  if (!(nObs > 0)) return { parameters, aic, bic, gSquared: null, chiSquared: null, residualDf };
  let g = 0;
  let x = 0;
  let expectedTotal = 0;
  for (let p = 0; p < data.patterns; p++) {
    if (data.patternComplete[p] === 0) continue;
    const f = data.patternWeight[p]!;
    const e = nObs * Math.exp(logDensity[p]!);
    expectedTotal += e;
    if (f > 0) g += f * Math.log(f / e);
    x += ((f - e) * (f - e)) / e;
  }
  return { parameters, aic, bic, gSquared: 2 * g, chiSquared: x + (nObs - expectedTotal), residualDf };
}
