/**
 * K-fold cross-validation of a linear classifier on a subset of columns: fit on all folds but one,
 * predict the held-out fold, for every fold. Returns the mean of the fold accuracies (scikit-learn's
 * `cross_val_score(...).mean()`, the forward-selection criterion) and the pooled out-of-fold
 * predictions, from which recall, precision, confusion and calibration follow. Each fit is told its
 * fold and columns (FitContext), so a fitter can reuse work across the thousands of calls of a forward
 * selection (./lda-fold-moments.ts, ./warm-logistic-fitter.ts); the fold row lists are built once per
 * fold vector.
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
  let count = 0;
  const marks = new Int32Array(x.rows);
  for (let i = 0; i < x.rows; i++) if (keep(i)) marks[count++] = i;
  const index = marks.slice(0, count);
  return { x: gatherRows(x, index, columns), index };
}

/** The rows `index` and columns `columns` of x, as a new matrix. */
export function gatherRows(x: Matrix, index: Int32Array, columns: ArrayLike<number>): Matrix {
  const p = columns.length;
  const P = x.cols;
  const data = x.data;
  const out = new Float64Array(index.length * p);
  for (let r = 0, at = 0; r < index.length; r++) {
    const base = index[r]! * P;
    for (let j = 0; j < p; j++, at++) out[at] = data[base + columns[j]!]!;
  }
  return matrix(index.length, p, out);
}

interface FoldSplit {
  readonly train: Int32Array[];
  readonly test: Int32Array[];
}

/** Row indices of every fold's training and test part; memoised per fold vector (forward selection reuses it thousands of times). */
const splits = new WeakMap<Int32Array, Map<number, FoldSplit>>();

function foldSplit(fold: Int32Array, folds: number): FoldSplit {
  let byCount = splits.get(fold);
  if (!byCount) splits.set(fold, (byCount = new Map()));
  const cached = byCount.get(folds);
  if (cached) return cached;
  const split: FoldSplit = { train: [], test: [] };
  for (let f = 0; f < folds; f++) {
    const test: number[] = [];
    const train: number[] = [];
    for (let i = 0; i < fold.length; i++) (fold[i] === f ? test : train).push(i);
    split.train.push(Int32Array.from(train));
    split.test.push(Int32Array.from(test));
  }
  byCount.set(folds, split);
  return split;
}

export function crossValidate(x: Matrix, y: Int32Array, k: number, fold: Int32Array, folds: number, fit: Fitter, columns: ArrayLike<number>): CrossValidation {
  const n = x.rows;
  const predicted = new Int32Array(n);
  const confidence = new Float64Array(n);
  const probabilities = new Float64Array(n * k);
  const split = foldSplit(fold, folds);
  let sum = 0;
  for (let f = 0; f < folds; f++) {
    const test = split.test[f]!;
    if (test.length === 0) continue;
    const train = split.train[f]!;
    const labels = new Int32Array(train.length);
    for (let r = 0; r < train.length; r++) labels[r] = y[train[r]!]!;
    const model = fit(gatherRows(x, train, columns), labels, k, { fold: f, columns });
    const result = predict(model, gatherRows(x, test, columns));
    const proba = result.probabilities.data;
    let hits = 0;
    for (let r = 0; r < test.length; r++) {
      const row = test[r]!;
      const label = result.labels[r]!;
      predicted[row] = label;
      confidence[row] = result.confidence[r]!;
      for (let c = 0; c < k; c++) probabilities[row * k + c] = proba[r * k + c]!;
      if (label === y[row]) hits++;
    }
    sum += hits / test.length;
  }
  return { accuracy: sum / folds, predicted, confidence, probabilities };
}
