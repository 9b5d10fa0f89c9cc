/**
 * A fitted linear classifier over k segments and p features: score_c(x) = b_c + Σ_j w_cj x_j, with
 * probabilities softmax(score). Multinomial logistic regression and LDA both end in this form (LDA's
 * posterior is a softmax of its linear discriminants), so one scorer, one SQL compiler and one Excel
 * compiler serve both.
 *
 * The sum runs intercept first, then features in order: the compiled SQL writes the same left-to-right
 * chain, so engines add in the same order as here.
 *
 * Reference: Hastie, Tibshirani & Friedman, The Elements of Statistical Learning (2009), §4.3–4.4.
 * Complexity: O(n·k·p) to score n rows.
 *
 * @example
 * const model = { k: 2, p: 1, intercepts: Float64Array.of(0, 0), coefficients: Float64Array.of(-1, 1) };
 * predictProba(model, fromRows([[0], [2]]));   // rows [0.5, 0.5] and [0.0180, 0.9820]
 */
import { matrix, type Matrix } from '../matrix/matrix.js';
import { softmaxInPlace } from './softmax.js';

export interface LinearClassifier {
  /** Number of segments. */
  readonly k: number;
  /** Number of features. */
  readonly p: number;
  /** b_c, length k. */
  readonly intercepts: Float64Array;
  /** w_cj, row-major k×p. */
  readonly coefficients: Float64Array;
}

/** Linear scores, n×k. */
export function linearScores(model: LinearClassifier, x: Matrix): Matrix {
  const { k, p, intercepts, coefficients } = model;
  if (x.cols !== p) throw new RangeError(`model expects ${p} features, data has ${x.cols}`);
  const out = new Float64Array(x.rows * k);
  const data = x.data;
  for (let i = 0; i < x.rows; i++) {
    const row = i * p;
    for (let c = 0; c < k; c++) {
      const w = c * p;
      let s = intercepts[c]!;
      for (let j = 0; j < p; j++) s += coefficients[w + j]! * data[row + j]!;
      out[i * k + c] = s;
    }
  }
  return matrix(x.rows, k, out);
}

export interface Prediction {
  /** Winning segment per row (first maximum on ties). */
  readonly labels: Int32Array;
  /** Probability of the winning segment per row. */
  readonly confidence: Float64Array;
  /** All probabilities, n×k. */
  readonly probabilities: Matrix;
}

/** Probabilities, winners and their probabilities in one pass. */
export function predict(model: LinearClassifier, x: Matrix): Prediction {
  const scores = linearScores(model, x);
  const labels = new Int32Array(x.rows);
  const confidence = new Float64Array(x.rows);
  const z = scores.data;
  for (let i = 0; i < x.rows; i++) {
    const best = softmaxInPlace(z, i * model.k, model.k);
    labels[i] = best;
    confidence[i] = z[i * model.k + best]!;
  }
  return { labels, confidence, probabilities: scores };
}

export const predictProba = (model: LinearClassifier, x: Matrix): Matrix => predict(model, x).probabilities;
