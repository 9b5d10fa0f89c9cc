/**
 * Classifies rows with a fitted latent class model: posterior class probabilities from the items
 * each row answered (a missing item has likelihood 1), the modal class and its probability. Used
 * for rows a listwise fit left out, for new respondents (the typing tool) and for scoring outside
 * the fit. With a regression model the rows need the same covariates; a row with a missing
 * covariate, or with no answer at all, gets label -1, probability 0 and a posterior of zeros.
 *
 * Reference: poLCA 1.6 `poLCA.posterior(lc, y, x)`.
 * Complexity: O(n · J · k).
 *
 * @example
 * const typed = predictLca(fit, { items: [Int32Array.of(2), Int32Array.of(0), Int32Array.of(1)] });
 * typed.labels[0];   // the most likely class of a respondent who skipped item 2
 * @throws InputError for a code that is not a whole number between 1 and the item's level count
 */
import { InputError } from '../../lib/errors.js';
import { modelMessages } from '../../lib/messages/model.js';
import { readCovariates } from './lca-covariates.js';
import type { LcaInput } from './lca-data.js';
import type { LcaParameters } from './lca-parameters.js';
import { lcaPatternPosterior } from './lca-posterior.js';

export interface LcaModel {
  readonly model: LcaParameters;
  readonly levels: Int32Array;
  readonly itemNames?: readonly string[];
}

export interface LcaPrediction {
  /** n × k. */
  readonly posterior: Float64Array;
  readonly labels: Int32Array;
  readonly probability: Float64Array;
}

export function predictLca(fitted: LcaModel, input: Pick<LcaInput, 'items' | 'covariates'>): LcaPrediction {
  const { model, levels } = fitted;
  const { k } = model;
  const items = levels.length;
  const n = input.items[0]?.length ?? 0;
  const name = (j: number): string => fitted.itemNames?.[j] ?? `item${j + 1}`;
  if (input.items.length !== items) throw new InputError(modelMessages.lcaPredictItems(input.items.length, items));
  const regression = model.coefficients !== undefined;
  const covariates = regression && input.covariates !== undefined ? readCovariates(input.covariates, n) : null;
  if (regression && covariates === null) throw new InputError(modelMessages.lcaPredictCovariates);

  const cellOffset = new Int32Array(items + 1);
  for (let j = 0; j < items; j++) cellOffset[j + 1] = cellOffset[j]! + levels[j]!;
  const patternStart = new Int32Array(n + 1);
  const cells: number[] = [];
  const usable = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < items; j++) {
      const column = input.items[j]!;
      if (column.length !== n) throw new InputError(modelMessages.lcaItemLength(name(j), column.length, n), { column: name(j) });
      const v = column[i]!;
      if (Number.isNaN(v) || v === 0 || v === -1) continue;
      if (!Number.isInteger(v) || v < 1 || v > levels[j]!) {
        throw new InputError(modelMessages.lcaPredictCode(name(j), i + 1, v, levels[j]!), { column: name(j), row: i + 1, value: String(v) });
      }
      cells.push(cellOffset[j]! + v - 1);
    }
    patternStart[i + 1] = cells.length;
    usable[i] = patternStart[i + 1]! > patternStart[i]! && (covariates === null || covariates.complete[i] === 1) ? 1 : 0;
  }
  const view = {
    patterns: n,
    patternStart,
    patternCells: Int32Array.from(cells),
    covariateColumns: covariates?.columns ?? 1,
    // rows with a missing covariate are scored with zeros and then blanked below
    patternCovariates: covariates === null ? null : covariates.values.map((v) => (Number.isNaN(v) ? 0 : v)),
  };
  const { posterior } = lcaPatternPosterior(view, model);
  const labels = new Int32Array(n).fill(-1);
  const probability = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (usable[i] === 0) {
      posterior.fill(0, i * k, (i + 1) * k);
      continue;
    }
    let best = 0;
    for (let r = 1; r < k; r++) if (posterior[i * k + r]! > posterior[i * k + best]!) best = r;
    labels[i] = best;
    probability[i] = posterior[i * k + best]!;
  }
  return { posterior, labels, probability };
}
