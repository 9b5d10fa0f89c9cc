/**
 * Gaussian mixture model by EM, with full or diagonal covariances: scikit-learn's
 * `GaussianMixture` (same defaults: k-means initialisation, reg_covar 1e-6, tol 1e-3 on the change
 * of the mean log-likelihood per row, 100 iterations, 1 start), plus row weights and a canonical
 * component order (largest weight first) so labels never switch between runs.
 *
 * Each iteration is one fused pass (gmm-em-pass.ts) and an M-step; as in scikit-learn the M-step is
 * applied in the iteration that converges, and a final E-step gives the posterior, the labels and
 * the log-likelihood of the returned parameters (scikit-learn's `score(X) · n`). BIC and AIC use
 * scikit-learn's parameter count (gmm-parameters.ts) and N = Σ weights.
 *
 * Starts: `init` 'kmeans' (default) seeds each start with a small k-means from
 * `createRng(seed).fork(start)`; the start with the highest log-likelihood wins. `labels` (e.g. from
 * core/cluster k-means) or `parameters` (scikit-learn's weights_init / means_init / precisions_init,
 * given as covariances) start a single EM run.
 *
 * Reference: Dempster, Laird & Rubin (1977); scikit-learn 1.2 sklearn/mixture/_gaussian_mixture.py.
 * Complexity: O(starts · iterations · n k d²) full, O(… n k d) diag; O(n k) memory for the posterior.
 *
 * @example
 * const fit = fitGmm(matrix(150, 4, irisData), { k: 3, covarianceType: 'full', seed: 0 });
 * fit.logLikelihood;   // -180.2 on iris (scikit-learn: score(X) * 150)
 * @throws InputError (NaN/Infinity, bad weights, a covariance that collapses) and UsageError (k,
 *   starts, iterations, tolerance or reg_covar out of range; k above the number of distinct rows)
 */
import { UsageError } from '../../lib/errors.js';
import { modelMessages } from '../../lib/messages/model.js';
import type { ProgressSink } from '../../lib/progress.js';
import type { ClusterFit } from '../cluster/fit-result.js';
import type { Matrix } from '../matrix/matrix.js';
import type { Rng } from '../random/rng.js';
import { createRng } from '../random/rng.js';
import { checkGmmInput } from './check-gmm-input.js';
import { gaussianComponents } from './gaussian-components.js';
import { emptyGmmStats, gmmEmPass } from './gmm-em-pass.js';
import { gmmParametersFromLabels } from './gmm-from-labels.js';
import { gmmMStep } from './gmm-m-step.js';
import type { CovarianceType, GmmParameters } from './gmm-parameters.js';
import { covarianceSize, gmmParameterCount } from './gmm-parameters.js';
import { gmmPosterior } from './gmm-posterior.js';
import { kmeansInitLabels } from './kmeans-init.js';
import { orderGmmComponents } from './order-gmm-components.js';

export type GmmInit =
  | { readonly kind: 'kmeans' }
  | { readonly kind: 'labels'; readonly labels: Int32Array }
  | { readonly kind: 'parameters'; readonly weights: Float64Array; readonly means: Float64Array; readonly covariances: Float64Array };

export interface GmmOptions {
  readonly k: number;
  /** Default 'full' (scikit-learn's default). */
  readonly covarianceType?: CovarianceType;
  readonly seed?: number;
  /** Starts with k-means initialisation (scikit-learn's n_init). Default 1. */
  readonly starts?: number;
  /** Default 100. */
  readonly maxIterations?: number;
  /** On the change of the weighted mean log-likelihood per row. Default 1e-3. */
  readonly tolerance?: number;
  /** Added to every covariance diagonal. Default 1e-6. */
  readonly regCovar?: number;
  readonly weights?: ArrayLike<number>;
  readonly init?: GmmInit;
  /** Column names for error messages. */
  readonly columnNames?: readonly string[];
  readonly progress?: ProgressSink;
}

export interface GmmFit extends ClusterFit {
  readonly method: 'gmm';
  readonly logLikelihood: number;
  readonly aic: number;
  readonly bic: number;
  readonly covarianceType: CovarianceType;
  /** Weights, means and covariances in canonical order. */
  readonly model: GmmParameters;
  /** n × k responsibilities. */
  readonly posterior: Float64Array;
  /** Free parameters (scikit-learn's `_n_parameters`). */
  readonly parameters: number;
  /** Weighted mean log-likelihood per row at the last convergence check (scikit-learn's lower_bound_). */
  readonly lowerBound: number;
  readonly startLogLikelihoods: Float64Array;
  readonly bestStart: number;
}

interface Resolved {
  readonly k: number;
  readonly covarianceType: CovarianceType;
  readonly maxIterations: number;
  readonly tolerance: number;
  readonly regCovar: number;
}

interface StartResult {
  readonly params: GmmParameters;
  readonly iterations: number;
  readonly converged: boolean;
  readonly lowerBound: number;
}

/** A start's parameters in canonical order with the posterior and log-likelihood they give. */
interface Scored extends StartResult {
  readonly start: number;
  readonly posterior: Float64Array;
  readonly logLikelihood: number;
}

export function fitGmm(x: Matrix, options: GmmOptions): GmmFit {
  const resolved = resolve(options);
  const rowWeight = checkGmmInput(x, options.k, options.weights, options.columnNames);
  const init = options.init ?? { kind: 'kmeans' };
  const starts = init.kind === 'kmeans' ? (options.starts ?? 1) : 1;
  const startLogLikelihoods = new Float64Array(starts);
  let best: Scored | undefined;
  for (let start = 0; start < starts; start++) {
    const initial = initialParameters(x, rowWeight, init, resolved, createRng(options.seed ?? 0).fork(start));
    const scored = score(x, rowWeight, runEm(x, rowWeight, initial, resolved), start);
    startLogLikelihoods[start] = scored.logLikelihood;
    if (best === undefined || scored.logLikelihood > best.logLikelihood) best = scored;
    options.progress?.({ phase: 'gmm', done: start + 1, total: starts });
  }
  return summarize(x, rowWeight, best!, startLogLikelihoods, resolved);
}

function resolve(options: GmmOptions): Resolved {
  const starts = options.starts ?? 1;
  if (!Number.isInteger(starts) || starts < 1) throw new UsageError(modelMessages.startsRange(starts));
  const maxIterations = options.maxIterations ?? 100;
  if (!Number.isInteger(maxIterations) || maxIterations < 1) throw new UsageError(modelMessages.iterationsRange(maxIterations));
  const tolerance = options.tolerance ?? 1e-3;
  if (!(Number.isFinite(tolerance) && tolerance >= 0)) throw new UsageError(modelMessages.toleranceRange(tolerance));
  const regCovar = options.regCovar ?? 1e-6;
  if (!(Number.isFinite(regCovar) && regCovar >= 0)) throw new UsageError(modelMessages.gmmRegCovarRange(regCovar));
  return { k: options.k, covarianceType: options.covarianceType ?? 'full', maxIterations, tolerance, regCovar };
}

function initialParameters(
  x: Matrix,
  rowWeight: Float64Array | null,
  init: GmmInit,
  resolved: Resolved,
  rng: Rng,
): GmmParameters {
  const { k, covarianceType, regCovar } = resolved;
  const d = x.cols;
  switch (init.kind) {
    case 'kmeans':
      return gmmParametersFromLabels(x, kmeansInitLabels(x, k, rowWeight, rng), rowWeight, k, covarianceType, regCovar);
    case 'labels':
      if (init.labels.length !== x.rows) throw new UsageError(modelMessages.gmmInitShape(`one label per row (${x.rows})`));
      return gmmParametersFromLabels(x, init.labels, rowWeight, k, covarianceType, regCovar);
    case 'parameters': {
      const size = covarianceSize(d, covarianceType);
      if (init.weights.length !== k || init.means.length !== k * d || init.covariances.length !== k * size) {
        throw new UsageError(modelMessages.gmmInitShape(`${k} weights, ${k} x ${d} means and ${k} x ${size} covariance values`));
      }
      const finite = (v: number): boolean => Number.isFinite(v);
      if (!init.weights.every((w) => finite(w) && w > 0) || !init.means.every(finite) || !init.covariances.every(finite)) {
        throw new UsageError(modelMessages.gmmInitShape('finite values and positive weights'));
      }
      return { k, d, covarianceType, weights: Float64Array.from(init.weights), means: Float64Array.from(init.means), covariances: Float64Array.from(init.covariances) };
    }
  }
}

function totalWeight(x: Matrix, rowWeight: Float64Array | null): number {
  if (rowWeight === null) return x.rows;
  let total = 0;
  for (const w of rowWeight) total += w;
  return total;
}

function runEm(x: Matrix, rowWeight: Float64Array | null, initial: GmmParameters, resolved: Resolved): StartResult {
  const stats = emptyGmmStats(resolved.k, x.cols, resolved.covarianceType);
  const total = totalWeight(x, rowWeight);
  let params = initial;
  let previous = -Infinity;
  let lowerBound = -Infinity;
  let iterations = 0;
  let converged = false;
  while (iterations < resolved.maxIterations) {
    const ll = gmmEmPass(x, rowWeight, gaussianComponents(params), stats);
    params = gmmMStep(stats, params, resolved.regCovar);
    iterations++;
    lowerBound = ll / total;
    if (Math.abs(lowerBound - previous) < resolved.tolerance) {
      converged = true;
      break;
    }
    previous = lowerBound;
  }
  return { params, iterations, converged, lowerBound };
}

function score(x: Matrix, rowWeight: Float64Array | null, result: StartResult, start: number): Scored {
  const params = orderGmmComponents(result.params);
  const { posterior, logLikelihood } = gmmPosterior(x, gaussianComponents(params), rowWeight);
  return { ...result, params, start, posterior, logLikelihood };
}

function summarize(x: Matrix, rowWeight: Float64Array | null, best: Scored, startLogLikelihoods: Float64Array, resolved: Resolved): GmmFit {
  const { params: model, posterior, logLikelihood } = best;
  const { k } = model;
  const labels = new Int32Array(x.rows);
  const probability = new Float64Array(x.rows);
  const sizes = new Float64Array(k);
  for (let i = 0; i < x.rows; i++) {
    let c = 0;
    for (let r = 1; r < k; r++) if (posterior[i * k + r]! > posterior[i * k + c]!) c = r;
    labels[i] = c;
    probability[i] = posterior[i * k + c]!;
    sizes[c] = sizes[c]! + (rowWeight === null ? 1 : rowWeight[i]!);
  }
  const parameters = gmmParameterCount(k, x.cols, resolved.covarianceType);
  const n = totalWeight(x, rowWeight);
  return {
    method: 'gmm',
    k,
    labels,
    probability,
    sizes,
    iterations: best.iterations,
    converged: best.converged,
    logLikelihood,
    aic: -2 * logLikelihood + 2 * parameters,
    bic: -2 * logLikelihood + parameters * Math.log(n),
    covarianceType: resolved.covarianceType,
    model,
    posterior,
    parameters,
    lowerBound: best.lowerBound,
    startLogLikelihoods,
    bestStart: best.start,
  };
}
