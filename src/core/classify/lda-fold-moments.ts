/**
 * LDA for forward selection without refitting from the data: an LDA fit needs only the segment means,
 * counts and pooled covariance of its columns, and those of a column subset are slices of the full
 * set's. So each fold's training moments are computed once over all candidate columns (O(n·P²)), and
 * every later fit on that fold — any subset, any order — costs O(p³) instead of O(n·p²). The slices
 * hold exactly the numbers a fit on the subset computes (the same products, summed in the same row
 * order), so the result equals fitLda's bit for bit.
 *
 * Reference: Hastie, Tibshirani & Friedman (2009) §4.3 (LDA depends on the data only through these
 * moments).
 * Complexity: O(folds·n·P²) once; O(k·p² + p³) per fit.
 *
 * @example
 * const fit = ldaFoldFitter(x, y, k, fold, 5);
 * forwardSelection(x, y, k, { fold, folds: 5, fit, maxColumns: 10 });   // same steps as with fitLda
 */
import type { Matrix } from '../matrix/matrix.js';
import { selectRows, type FitContext, type Fitter } from './cross-validate.js';
import { fitLda, ldaFromMoments, pooledCovariance, segmentMeans } from './lda.js';

interface FoldMoments {
  readonly rows: number;
  readonly means: Float64Array;
  readonly counts: Float64Array;
  readonly covariance: Float64Array;
}

function foldMoments(x: Matrix, y: Int32Array, k: number, fold: Int32Array, f: number): FoldMoments | undefined {
  const all = Int32Array.from({ length: x.cols }, (_, j) => j);
  const train = selectRows(x, all, (i) => fold[i] !== f);
  const labels = Int32Array.from(train.index, (i) => y[i]!);
  if (train.x.rows <= k || !labels.length) return undefined;
  try {
    const { means, counts } = segmentMeans(train.x, labels, k);
    return { rows: train.x.rows, means, counts, covariance: pooledCovariance(train.x, labels, means, train.x.rows - k) };
  } catch {
    return undefined; // a segment without training rows: let fitLda report it on the subset
  }
}

/** Means and covariance of the columns `columns` (in that order) from the full set's. */
function slice(m: FoldMoments, P: number, k: number, columns: ArrayLike<number>): { means: Float64Array; covariance: Float64Array } {
  const p = columns.length;
  const means = new Float64Array(k * p);
  for (let c = 0; c < k; c++) for (let a = 0; a < p; a++) means[c * p + a] = m.means[c * P + columns[a]!]!;
  const covariance = new Float64Array(p * p);
  for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) covariance[a * p + b] = m.covariance[columns[a]! * P + columns[b]!]!;
  return { means, covariance };
}

export function ldaFoldFitter(x: Matrix, y: Int32Array, k: number, fold: Int32Array, folds: number): Fitter {
  const moments = Array.from({ length: folds }, (_, f) => foldMoments(x, y, k, fold, f));
  return (sub, labels, kk, context?: FitContext) => {
    const m = context ? moments[context.fold] : undefined;
    if (!context || !m || kk !== k || sub.rows !== m.rows) return fitLda(sub, labels, kk);
    const { means, covariance } = slice(m, x.cols, k, context.columns);
    return ldaFromMoments(means, Float64Array.from(m.counts), covariance, k, context.columns.length);
  };
}
