/**
 * Turns the starts of a latent class model into its result: picks the start with the highest
 * log-likelihood (the lowest start number on ties, so worker completion order cannot matter), puts
 * the classes in canonical order (largest share first; order-lca-classes.ts), and computes per row
 * the posterior probabilities, the modal class and its probability, plus the fit statistics.
 *
 * Rows not used by the fit (listwise deletion, no answer at all) get label -1, probability 0 and a
 * posterior row of zeros; `predictLca` classifies them from the items they did answer.
 *
 * Reference: poLCA 1.6 `posterior`, `predclass` (modal assignment), `P`, `attempts`.
 * Complexity: O(P · J · k + n · k).
 *
 * @example
 * const fit = summarizeLca(data, starts.map((s) => fitLcaStart(data, { k: 3, seed: 7, start: s })));
 * fit.labels;   // Int32Array of classes 0..2 (-1 for rows left out)
 */
import { UsageError } from '../../lib/errors.js';
import { modelMessages } from '../../lib/messages/model.js';
import type { ClusterFit } from '../cluster/fit-result.js';
import type { LcaData, LcaMissing } from './lca-data.js';
import type { LcaFitStatistics } from './lca-fit-statistics.js';
import { lcaFitStatistics } from './lca-fit-statistics.js';
import type { LcaParameters } from './lca-parameters.js';
import { toItemProbabilities } from './lca-parameters.js';
import { lcaPatternPosterior } from './lca-posterior.js';
import type { LcaStartResult } from './fit-lca-start.js';
import { orderLcaClasses } from './order-lca-classes.js';
import { regroupByItems } from './regroup-by-items.js';

export interface LcaFit extends ClusterFit, LcaFitStatistics {
  readonly method: 'lca';
  readonly logLikelihood: number;
  readonly aic: number;
  readonly bic: number;
  /** Estimated class shares (poLCA's P), canonical order, length k. */
  readonly shares: Float64Array;
  /** Per item, k × L_j row-major P(level | class) (poLCA's probs). */
  readonly itemProbabilities: readonly Float64Array[];
  /** The same parameters in the flat layout `predictLca` and the EM use. */
  readonly model: LcaParameters;
  readonly itemNames: readonly string[];
  readonly levels: Int32Array;
  /** n × k posterior class probabilities (zeros for rows not used). */
  readonly posterior: Float64Array;
  /** How missing answers were handled (listwise = poLCA na.rm=TRUE; available = na.rm=FALSE). */
  readonly missing: LcaMissing;
  readonly rowsUsed: number;
  readonly rowsExcluded: number;
  /** N: summed weight of the rows used (the n of BIC). */
  readonly weightUsed: number;
  /** poLCA's Nobs: summed weight of the fully answered rows used. */
  readonly weightFullyObserved: number;
  /**
   * Latent class regression: (k − 1) × S logit coefficients against class 0 (the largest), class-
   * major, covariate 0 the intercept (poLCA's coeff, re-referenced); absent without covariates.
   */
  readonly coefficients?: Float64Array;
  /** Log-likelihood reached by every start, in start order (poLCA's attempts). */
  readonly startLogLikelihoods: Float64Array;
  readonly bestStart: number;
}

export function summarizeLca(data: LcaData, starts: readonly LcaStartResult[]): LcaFit {
  if (starts.length === 0) throw new UsageError(modelMessages.startsRange(0));
  const sorted = [...starts].sort((a, b) => a.start - b.start);
  let best = sorted[0]!;
  for (const s of sorted) if (s.logLikelihood > best.logLikelihood) best = s;
  const model = orderLcaClasses(best.parameters);
  const { k } = model;
  const { posterior: patternPosterior } = lcaPatternPosterior(data, model);
  const rows = rowPosterior(data, patternPosterior, k);
  // G² and X² compare answer patterns with N · Σ_r P_r Π P(y | r), as poLCA does (also with covariates)
  const answers = regroupByItems(data);
  const { logDensity } = lcaPatternPosterior(answers, { k, shares: model.shares, probabilities: model.probabilities });
  const statistics = lcaFitStatistics(answers, best.logLikelihood, logDensity, k, data.covariateColumns);
  return {
    method: 'lca',
    k,
    ...rows,
    iterations: best.iterations,
    converged: best.converged,
    logLikelihood: best.logLikelihood,
    ...statistics,
    shares: model.shares,
    itemProbabilities: toItemProbabilities(model, data.levels),
    model,
    ...(model.coefficients === undefined ? {} : { coefficients: model.coefficients }),
    itemNames: data.names,
    levels: data.levels,
    missing: data.missing,
    rowsUsed: data.rowsUsed,
    rowsExcluded: data.rows - data.rowsUsed,
    weightUsed: data.totalWeight,
    weightFullyObserved: data.completeWeight,
    startLogLikelihoods: Float64Array.from(sorted, (s) => s.logLikelihood),
    bestStart: best.start,
  };
}

/** Spreads pattern posteriors to rows: posterior, modal label, its probability, weighted class sizes. */
function rowPosterior(
  data: LcaData,
  patternPosterior: Float64Array,
  k: number,
): { posterior: Float64Array; labels: Int32Array; probability: Float64Array; sizes: Float64Array } {
  const n = data.rows;
  const posterior = new Float64Array(n * k);
  const labels = new Int32Array(n).fill(-1);
  const probability = new Float64Array(n);
  const sizes = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const p = data.rowPattern[i]!;
    if (p < 0) continue;
    let bestClass = 0;
    for (let r = 0; r < k; r++) {
      const q = patternPosterior[p * k + r]!;
      posterior[i * k + r] = q;
      if (q > patternPosterior[p * k + bestClass]!) bestClass = r;
    }
    labels[i] = bestClass;
    probability[i] = patternPosterior[p * k + bestClass]!;
    sizes[bestClass] = sizes[bestClass]! + data.rowWeight[i]!;
  }
  return { posterior, labels, probability, sizes };
}
