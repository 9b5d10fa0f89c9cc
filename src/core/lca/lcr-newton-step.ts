/**
 * The M-step for the coefficients of a latent class regression: one Newton–Raphson step on
 *   Q(β) = Σ_p w_p Σ_r q_pr log π_r(x_p; β)
 * (q = posterior from the E-step, π = multinomial-logit priors), i.e. a weighted multinomial logit
 * with soft outcomes. Gradient Σ w x (q_r − π_r); the Hessian is the logit's exact one,
 * −Σ w π_r (δ_rs − π_s) x xᵀ, negative definite, so the step is solved by Cholesky, with a tiny ridge
 * when covariates are collinear, and halved until Q does not decrease (a generalised EM step, so
 * the log-likelihood keeps rising). poLCA takes one Newton step per iteration too, with a different
 * Hessian approximation; both stop at the same maximum.
 *
 * Reference: Bandeen-Roche, Miglioretti, Zeger & Rathouz (1997) JASA 92(440); Linzer & Lewis (2011)
 * section 2.2; Dempster, Laird & Rubin (1977) on generalised EM.
 * Complexity: O(P · k² · S²) plus O((kS)³) for the solve.
 *
 * @example
 * const next = lcrNewtonStep(data, k, coefficients, posterior);
 */
import { cholesky, solveCholesky } from '../matrix/cholesky.js';
import type { LcaData } from './lca-data.js';
import { lcrLogPrior } from './lcr-log-prior.js';

type Design = Pick<LcaData, 'patterns' | 'covariateColumns' | 'patternCovariates' | 'patternWeight'>;

/** @param posterior P × k posterior (unweighted) from the E-step */
export function lcrNewtonStep(data: Design, k: number, coefficients: Float64Array, posterior: Float64Array): Float64Array {
  const s = data.covariateColumns;
  const dim = (k - 1) * s;
  const logPrior = lcrLogPrior(data, k, coefficients, k, new Float64Array(data.patterns * k));
  const { gradient, hessian } = derivatives(data, k, logPrior, posterior);
  const step = solve(hessian, dim, gradient);
  const base = expectedLogPrior(data, k, logPrior, posterior);
  const next = new Float64Array(dim);
  for (let t = 1; t > 1e-6; t /= 2) {
    for (let i = 0; i < dim; i++) next[i] = coefficients[i]! + t * step[i]!;
    const value = expectedLogPrior(data, k, lcrLogPrior(data, k, next, k, logPrior), posterior);
    if (value >= base - 1e-12 * Math.abs(base)) return next;
  }
  return Float64Array.from(coefficients);
}

function derivatives(data: Design, k: number, logPrior: Float64Array, posterior: Float64Array): { gradient: Float64Array; hessian: Float64Array } {
  const s = data.covariateColumns;
  const dim = (k - 1) * s;
  const x = data.patternCovariates!;
  const gradient = new Float64Array(dim);
  const hessian = new Float64Array(dim * dim);
  const prior = new Float64Array(k);
  for (let p = 0; p < data.patterns; p++) {
    const w = data.patternWeight[p]!;
    if (w === 0) continue;
    for (let r = 0; r < k; r++) prior[r] = Math.exp(logPrior[p * k + r]!);
    for (let r = 1; r < k; r++) {
      const residual = w * (posterior[p * k + r]! - prior[r]!);
      for (let c = 0; c < s; c++) gradient[(r - 1) * s + c] = gradient[(r - 1) * s + c]! + residual * x[p * s + c]!;
      for (let r2 = 1; r2 < k; r2++) {
        const curvature = w * prior[r]! * ((r === r2 ? 1 : 0) - prior[r2]!);
        for (let c = 0; c < s; c++) {
          const row = ((r - 1) * s + c) * dim + (r2 - 1) * s;
          const xc = curvature * x[p * s + c]!;
          for (let c2 = 0; c2 < s; c2++) hessian[row + c2] = hessian[row + c2]! + xc * x[p * s + c2]!;
        }
      }
    }
  }
  return { gradient, hessian };
}

/** Solves H δ = g for the negated (positive definite) Hessian H, adding a ridge when it is singular. */
function solve(hessian: Float64Array, dim: number, gradient: Float64Array): Float64Array {
  let trace = 0;
  for (let i = 0; i < dim; i++) trace += hessian[i * dim + i]!;
  const ridged = Float64Array.from(hessian);
  for (let ridge = 0; ridge <= 1; ridge = ridge === 0 ? 1e-12 : ridge * 100) {
    for (let i = 0; i < dim; i++) ridged[i * dim + i] = hessian[i * dim + i]! + (ridge * trace) / dim;
    const l = cholesky(ridged, dim);
    if (l !== null) return solveCholesky(l, dim, Float64Array.from(gradient));
  }
  return new Float64Array(dim);
}

function expectedLogPrior(data: Design, k: number, logPrior: Float64Array, posterior: Float64Array): number {
  let q = 0;
  for (let p = 0; p < data.patterns; p++) {
    const w = data.patternWeight[p]!;
    if (w === 0) continue;
    for (let r = 0; r < k; r++) {
      const post = posterior[p * k + r]!;
      if (post > 0) q += w * post * logPrior[p * k + r]!;
    }
  }
  return q;
}
