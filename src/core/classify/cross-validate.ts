/**
 * K-fold cross-validation of a linear classifier on a subset of columns: fit on all folds but one,
 * predict the held-out fold, for every fold. Returns the mean of the fold accuracies (scikit-learn's
 * `cross_val_score(...).mean()`, the forward-selection criterion) and the pooled out-of-fold
 * predictions, from which recall, precision, confusion and calibration follow.
 *
 * Reference: Hastie, Tibshirani & Friedman (2009) §7.10.
 * Complexity: `folds` fits on (folds−1)/folds of the rows, plus O(n·k·|columns|) prediction.
 *
 * @example
 * const cv = crossValidate(x, y, 3, fold, 5, (xt, yt, k) => fitLda(xt, yt, k), [0, 2]);
 * cv.accuracy;   // mean held-out accuracy of LDA on columns 0 and 2
 */
import { matrix, type Matrix } from '../matrix/matrix.js';
import { predict, type LinearClassifier } from './linear-classifier.js';

/** Which fit this is: the held-out fold and the data's columns (lets a fitter warm-start from a smaller set's fit). */
export interface FitContext {
  readonly fold: number;
  readonly columns: ArrayLike<number>;
}

export type Fitter = (x: Matrix, y: Int32Array, k: number, context?: FitContext) => LinearClassifier;

export interface CrossValidation {
  /** Mean of the per-fold accuracies. */
  readonly accuracy: number;
  /** Out-of-fold winning segment per row. */
  readonly predicted: Int32Array;
  /** Out-of-fold probability of the winner per row. */
  readonly confidence: Float64Array;
  /** Out-of-fold probabilities, n×k. */
  readonly probabilities: Float64Array;
}

/** Copies the chosen columns of the rows where `keep(i)` holds into a new matrix. */
export function selectRows(x: Matrix, columns: ArrayLike<number>, keep: (i: number) => boolean): { x: Matrix; index: Int32Array } {
  const index: number[] = [];
  for (let i = 0; i < x.rows; i++) if (keep(i)) index.push(i);
  const p = columns.length;
  const out = new Float64Array(index.length * p);
  index.forEach((row, r) => {
    for (let j = 0; j < p; j++) out[r * p + j] = x.data[row * x.cols + columns[j]!]!;
  });
  return { x: matrix(index.length, p, out), index: Int32Array.from(index) };
}

export function crossValidate(x: Matrix, y: Int32Array, k: number, fold: Int32Array, folds: number, fit: Fitter, columns: ArrayLike<number>): CrossValidation {
  const n = x.rows;
  const predicted = new Int32Array(n);
  const confidence = new Float64Array(n);
  const probabilities = new Float64Array(n * k);
  let sum = 0;
  for (let f = 0; f < folds; f++) {
    const train = selectRows(x, columns, (i) => fold[i] !== f);
    const test = selectRows(x, columns, (i) => fold[i] === f);
    if (test.index.length === 0) continue;
    const model = fit(train.x, Int32Array.from(train.index, (i) => y[i]!), k, { fold: f, columns });
    const result = predict(model, test.x);
    let hits = 0;
    test.index.forEach((row, r) => {
      predicted[row] = result.labels[r]!;
      confidence[row] = result.confidence[r]!;
      probabilities.set(result.probabilities.data.subarray(r * k, (r + 1) * k), row * k);
      if (result.labels[r] === y[row]) hits++;
    });
    sum += hits / test.index.length;
  }
  return { accuracy: sum / folds, predicted, confidence, probabilities };
}
