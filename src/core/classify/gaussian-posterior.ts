/**
 * Segment posterior from any subset of answers under the LDA model (Gaussian segments, shared
 * covariance Σ): the marginal of a Gaussian on the answered questions A is Gaussian with μ_A and Σ_AA,
 * so the posterior is exactly the LDA fitted on A alone — no imputation of unanswered questions. With
 * every question answered it equals the full LDA's predict_proba; with none it is the priors.
 *
 * Reference: Hastie, Tibshirani & Friedman (2009) §4.3; Rao (1973), Linear Statistical Inference, 8a.
 * Complexity: O(|A|³ + k·|A|²).
 *
 * @example
 * segmentPosterior(model, Float64Array.of(4, Number.NaN, 2));   // posterior from questions 0 and 2 only
 */
import { cholesky, solveCholesky } from '../matrix/cholesky.js';
import { submatrix } from '../matrix/submatrix.js';
import { softmaxInPlace } from './softmax.js';

/** Gaussian segments over p questions (an LdaFit is one): what LDA estimates. */
export interface GaussianSegments {
  readonly k: number;
  /** Number of questions. */
  readonly p: number;
  /** k×p. */
  readonly means: Float64Array;
  /** p×p pooled within-segment covariance. */
  readonly covariance: Float64Array;
  readonly priors: Float64Array;
}

/** Indices of answered questions (non-NaN). */
export function answeredIndices(answers: Float64Array): Int32Array {
  const out: number[] = [];
  answers.forEach((v, i) => {
    if (!Number.isNaN(v)) out.push(i);
  });
  return Int32Array.from(out);
}

/** Cholesky factor of Σ_AA; undefined when A is empty. @throws {RangeError} if Σ_AA is singular */
export function factorAnswered(model: GaussianSegments, answered: Int32Array): Float64Array | undefined {
  if (answered.length === 0) return undefined;
  const l = cholesky(submatrix(model.covariance, model.p, answered), answered.length);
  if (!l) throw new RangeError('covariance of the answered questions is singular');
  return l;
}

/** Log of each segment's prior × Gaussian density of the answers (up to a shared constant). */
export function logJoint(model: GaussianSegments, answers: Float64Array, answered: Int32Array, l: Float64Array | undefined): Float64Array {
  const { k, p: q } = model;
  const out = Float64Array.from(model.priors, Math.log);
  if (!l) return out;
  const m = answered.length;
  const d = new Float64Array(m);
  for (let c = 0; c < k; c++) {
    for (let a = 0; a < m; a++) d[a] = answers[answered[a]!]! - model.means[c * q + answered[a]!]!;
    const solved = solveCholesky(l, m, Float64Array.from(d));
    let quad = 0;
    for (let a = 0; a < m; a++) quad += d[a]! * solved[a]!;
    out[c] = out[c]! - 0.5 * quad;
  }
  return out;
}

/** P(segment | the answered questions); NaN marks an unanswered question. */
export function segmentPosterior(model: GaussianSegments, answers: Float64Array): Float64Array {
  const answered = answeredIndices(answers);
  const z = logJoint(model, answers, answered, factorAnswered(model, answered));
  softmaxInPlace(z, 0, model.k);
  return z;
}
