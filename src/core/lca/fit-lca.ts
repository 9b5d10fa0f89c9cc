/**
 * Latent class analysis of categorical items (poLCA's model): validates and compresses the data,
 * runs `starts` EM starts (random starting values, poLCA's nrep), keeps the one with the highest
 * log-likelihood and returns it with classes in canonical order (largest share first), posterior
 * probabilities, modal assignment, log-likelihood, AIC, BIC, G², X² and residual df.
 *
 * Defaults follow poLCA: tolerance 1e-10 on the log-likelihood increase, 1000 iterations, listwise
 * deletion of rows with missing items (`missing: 'available'` keeps them, poLCA's na.rm = FALSE).
 * Unlike poLCA's nrep = 1, 10 starts are the default: with 3+ classes a single start often stops at
 * a local maximum (gss82, carcinoma with 4 classes).
 *
 * To run starts in parallel, call `prepareLcaData`, `fitLcaStart` per start (any thread) and
 * `summarizeLca`; the result is the same as this function's for the same seed.
 *
 * Reference: Linzer, D. A. & Lewis, J. B. (2011). poLCA: An R package for polytomous variable latent
 * class analysis. Journal of Statistical Software 42(10). https://doi.org/10.18637/jss.v042.i10
 * Complexity: O(starts · iterations · Σ_p answered(p) · k), P = distinct response patterns.
 *
 * @example
 * const fit = fitLca({ items: [a, b, c, d, e, f, g] }, { k: 3, seed: 1 });
 * fit.logLikelihood;   // -293.705 on poLCA's carcinoma data
 * fit.shares;          // Float64Array [0.4447, 0.3736, 0.1817]
 * @throws InputError (bad codes, all-missing or one-level item, no usable row) and UsageError (k,
 *   starts, iterations or tolerance out of range; k above the number of distinct response patterns)
 */
import { UsageError } from '../../lib/errors.js';
import { modelMessages } from '../../lib/messages/model.js';
import type { ProgressSink } from '../../lib/progress.js';
import type { LcaInput, LcaMissing } from './lca-data.js';
import { prepareLcaData } from './lca-data.js';
import type { LcaParameters } from './lca-parameters.js';
import type { LcaStartResult } from './fit-lca-start.js';
import { checkCommonLcaOptions, fitLcaStart } from './fit-lca-start.js';
import type { LcaFit } from './summarize-lca.js';
import { summarizeLca } from './summarize-lca.js';

export interface LcaOptions {
  readonly k: number;
  /** Random starts (poLCA's nrep). Default 10. */
  readonly starts?: number;
  readonly seed?: number;
  readonly maxIterations?: number;
  readonly tolerance?: number;
  /** Default 'listwise' (poLCA's default). */
  readonly missing?: LcaMissing;
  /** Starting values of the first start (poLCA's probs.start); later starts are random. */
  readonly initial?: LcaParameters;
  readonly progress?: ProgressSink;
}

export function fitLca(input: LcaInput, options: LcaOptions): LcaFit {
  const starts = options.starts ?? 10;
  if (!Number.isInteger(starts) || starts < 1) throw new UsageError(modelMessages.startsRange(starts));
  const data = prepareLcaData(input, options.missing ?? 'listwise');
  checkCommonLcaOptions(data, options);
  const results: LcaStartResult[] = [];
  for (let start = 0; start < starts; start++) {
    results.push(
      fitLcaStart(data, {
        k: options.k,
        seed: options.seed ?? 0,
        start,
        ...(options.maxIterations === undefined ? {} : { maxIterations: options.maxIterations }),
        ...(options.tolerance === undefined ? {} : { tolerance: options.tolerance }),
        ...(start === 0 && options.initial !== undefined ? { initial: options.initial } : {}),
      }),
    );
    options.progress?.({ phase: 'lca', done: start + 1, total: starts });
  }
  return summarizeLca(data, results);
}
