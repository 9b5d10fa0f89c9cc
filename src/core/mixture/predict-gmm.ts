/**
 * Scores rows with a fitted Gaussian mixture: responsibilities, the modal component, its
 * probability and the log-likelihood of the rows (scikit-learn's `predict_proba`, `predict` and
 * `score(X) · n`). Rows with NaN or ±Infinity are an error, as in `fitGmm`.
 *
 * Reference: scikit-learn 1.2 `BaseMixture.predict_proba`.
 * Complexity: O(n k d²) full, O(n k d) diag.
 *
 * @example
 * const scored = predictGmm(fit.model, newRows);
 * scored.labels;   // Int32Array of components 0..k-1
 * @throws InputError for a non-finite value
 */
import { InputError } from '../../lib/errors.js';
import { modelMessages } from '../../lib/messages/model.js';
import type { Matrix } from '../matrix/matrix.js';
import { gaussianComponents } from './gaussian-components.js';
import type { GmmParameters } from './gmm-parameters.js';
import { gmmPosterior } from './gmm-posterior.js';

export interface GmmPrediction {
  /** n × k. */
  readonly posterior: Float64Array;
  readonly labels: Int32Array;
  readonly probability: Float64Array;
  readonly logLikelihood: number;
}

export function predictGmm(model: GmmParameters, x: Matrix, columnNames?: readonly string[]): GmmPrediction {
  if (x.cols !== model.d) throw new InputError(modelMessages.gmmPredictColumns(x.cols, model.d));
  for (let i = 0; i < x.data.length; i++) {
    const v = x.data[i]!;
    if (!Number.isFinite(v)) {
      const row = Math.floor(i / x.cols) + 1;
      const name = columnNames?.[i % x.cols] ?? `x${(i % x.cols) + 1}`;
      throw new InputError(modelMessages.gmmValueInvalid(name, row, v), { row, column: name, value: String(v) });
    }
  }
  const { k } = model;
  const { posterior, logLikelihood } = gmmPosterior(x, gaussianComponents(model), null);
  const labels = new Int32Array(x.rows);
  const probability = new Float64Array(x.rows);
  for (let i = 0; i < x.rows; i++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (posterior[i * k + c]! > posterior[i * k + best]!) best = c;
    labels[i] = best;
    probability[i] = posterior[i * k + best]!;
  }
  return { posterior, labels, probability, logLikelihood };
}
