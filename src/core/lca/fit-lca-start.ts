/**
 * One start of a latent class model: random starting values (poLCA's scheme) from the stream
 * `createRng(seed).fork(start)`, then EM to convergence. Starts are independent, so a caller can run
 * them on worker threads: send the (plain, structured-cloneable) `LcaData` and the start numbers,
 * collect the `LcaStartResult`s, and hand them to `summarizeLca`. `fitLca` does exactly that in one
 * thread, so both paths give identical results for the same seed.
 *
 * If rounding ever makes the log-likelihood NaN, the start is redrawn from the same stream (poLCA's
 * error trap, counted in `redraws`).
 *
 * Reference: Linzer & Lewis (2011) J. Stat. Softw. 42(10), section 3 (nrep, random starts).
 * Complexity: O(iterations · Σ_p answered(p) · k).
 *
 * @example
 * const data = prepareLcaData({ items });
 * const results = [0, 1, 2].map((start) => fitLcaStart(data, { k: 3, seed: 1, start }));
 * const fit = summarizeLca(data, results);
 */
import { UsageError } from '../../lib/errors.js';
import { modelMessages } from '../../lib/messages/model.js';
import { createRng } from '../random/rng.js';
import type { LcaData } from './lca-data.js';
import type { LcaParameters } from './lca-parameters.js';
import { randomLcaStart } from './lca-parameters.js';
import { runLcaEm } from './run-lca-em.js';

export interface LcaStartOptions {
  readonly k: number;
  /** Seed of the whole fit; start s uses createRng(seed).fork(s). Default 0. */
  readonly seed?: number;
  /** Start number. Default 0. */
  readonly start?: number;
  /** poLCA's maxiter. Default 1000. */
  readonly maxIterations?: number;
  /** poLCA's tol on the log-likelihood increase. Default 1e-10. */
  readonly tolerance?: number;
  /** Starting values for this start instead of random ones (poLCA's probs.start). */
  readonly initial?: LcaParameters;
}

export interface LcaStartResult {
  readonly start: number;
  readonly parameters: LcaParameters;
  readonly logLikelihood: number;
  readonly iterations: number;
  readonly converged: boolean;
  readonly redraws: number;
}

const MAX_REDRAWS = 20;

export function fitLcaStart(data: LcaData, options: LcaStartOptions): LcaStartResult {
  const k = options.k;
  checkCommonLcaOptions(data, options);
  if (options.initial !== undefined) checkInitial(data, options.initial, k);
  const start = options.start ?? 0;
  const rng = createRng(options.seed ?? 0).fork(start);
  const em = { maxIterations: options.maxIterations ?? 1000, tolerance: options.tolerance ?? 1e-10 };
  let initial = options.initial ?? randomLcaStart(data.levels, k, rng);
  // poLCA starts the regression coefficients at 0 (equal priors)
  for (let redraws = 0; ; redraws++) {
    const fit = runLcaEm(data, initial, em);
    if (!Number.isNaN(fit.logLikelihood) || redraws >= MAX_REDRAWS) return { start, ...fit, redraws };
    initial = randomLcaStart(data.levels, k, rng);
  }
}

/** Checks k against the data and the EM settings; shared by the single- and multi-start entry points. */
export function checkCommonLcaOptions(data: LcaData, options: Pick<LcaStartOptions, 'k' | 'maxIterations' | 'tolerance'>): void {
  const { k } = options;
  if (!Number.isInteger(k) || k < 1) throw new UsageError(modelMessages.kRange(k));
  if (k > data.patterns) throw new UsageError(modelMessages.lcaTooFewPatterns(k, data.patterns));
  if (data.patternCovariates !== null && k < 2) throw new UsageError(modelMessages.lcaCovariatesNeedTwoClasses);
  const it = options.maxIterations;
  if (it !== undefined && (!Number.isInteger(it) || it < 1)) throw new UsageError(modelMessages.iterationsRange(it));
  const tol = options.tolerance;
  if (tol !== undefined && !(Number.isFinite(tol) && tol >= 0)) throw new UsageError(modelMessages.toleranceRange(tol));
}

function checkInitial(data: LcaData, initial: LcaParameters, k: number): void {
  const cells = data.cellOffset[data.items]!;
  if (initial.k !== k || initial.shares.length !== k) throw new UsageError(modelMessages.lcaStartShape(`${k} class shares`));
  if (initial.probabilities.length !== cells * k) {
    throw new UsageError(modelMessages.lcaStartShape(`${cells * k} probabilities (${k} classes x ${cells} levels)`));
  }
  const coefficients = initial.coefficients;
  if (coefficients !== undefined && (coefficients.length !== (k - 1) * data.covariateColumns || !coefficients.every(Number.isFinite))) {
    throw new UsageError(modelMessages.lcaStartShape(`${(k - 1) * data.covariateColumns} finite coefficients`));
  }
  const valid = (v: number): boolean => Number.isFinite(v) && v >= 0 && v <= 1;
  if (!initial.shares.every(valid) || !initial.probabilities.every(valid)) {
    throw new UsageError(modelMessages.lcaStartShape('probabilities between 0 and 1'));
  }
}
