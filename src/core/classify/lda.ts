/**
 * Linear discriminant analysis: Gaussian segments with a shared (pooled) covariance. Returns the class
 * means, pooled covariance and priors — which adaptive questioning needs to score any subset of
 * questions — and the linear form in scikit-learn's parameterisation (`solver='svd'`, the default):
 *
 *   coef_c = Σ⁻¹ (μ_c − x̄),   intercept_c = −½ (μ_c − x̄)ᵀ Σ⁻¹ (μ_c − x̄) + log π_c − x̄ᵀ coef_c,
 *
 * with x̄ = Σ_c π_c μ_c and Σ the within-segment covariance divided by n − k. For a full-rank Σ this is
 * exactly sklearn's coef_/intercept_ (its SVD solver projects onto the span of the centred means, which
 * contains every μ_c − x̄); probabilities are softmax of the scores, as in sklearn's predict_proba.
 *
 * Reference: Hastie, Tibshirani & Friedman (2009) §4.3; sklearn.discriminant_analysis
 * .LinearDiscriminantAnalysis (1.2), `_solve_svd`.
 * Complexity: O(n·p² + p³ + k·p²).
 *
 * @example
 * const fit = fitLda(fromRows([[0], [1], [3], [4]]), Int32Array.of(0, 0, 1, 1), 2);
 * fit.means;   // [0.5, 3.5]; fit.covariance: [0.5]
 * @throws {RangeError} when a segment has no rows or n ≤ k
 */
import type { Matrix } from '../matrix/matrix.js';
import { solveCholesky } from '../matrix/cholesky.js';
import { choleskyWithRidge } from '../matrix/cholesky-with-ridge.js';
import type { LinearClassifier } from './linear-classifier.js';

export interface LdaFit extends LinearClassifier {
  /** Segment means, row-major k×p. */
  readonly means: Float64Array;
  /** Pooled within-segment covariance, p×p, divisor n − k. */
  readonly covariance: Float64Array;
  readonly priors: Float64Array;
  /** Ridge added to the covariance diagonal to make it invertible (0 when none was needed). */
  readonly ridge: number;
}

export interface LdaOptions {
  /** Segment priors; default the segment shares in the data. */
  readonly priors?: Float64Array;
}

export function fitLda(x: Matrix, y: Int32Array, k: number, options: LdaOptions = {}): LdaFit {
  const { rows: n, cols: p } = x;
  if (n <= k) throw new RangeError(`lda requires more rows (${n}) than segments (${k})`);
  const { means, counts } = segmentMeans(x, y, k);
  const covariance = pooledCovariance(x, y, means, n - k);
  return ldaFromMoments(means, counts, covariance, k, p, options);
}

/**
 * The LDA fit from segment means (k×p), segment counts and the pooled covariance (p×p, divisor n − k;
 * taken over, a ridge may be added to its diagonal): the step after the data pass, shared with fits of
 * column subsets whose moments are slices of a larger set's (./lda-fold-moments.ts).
 */
export function ldaFromMoments(means: Float64Array, counts: Float64Array, covariance: Float64Array, k: number, p: number, options: LdaOptions = {}): LdaFit {
  const n = counts.reduce((a, b) => a + b, 0);
  const priors = options.priors ?? Float64Array.from(counts, (c) => c / n);
  const { l, ridge } = choleskyWithRidge(covariance, p);
  if (ridge > 0) for (let j = 0; j < p; j++) covariance[j * p + j] = covariance[j * p + j]! + ridge;
  const linear = ldaLinearForm(means, l, priors, k, p);
  return { k, p, ...linear, means, covariance, priors, ridge };
}

export function segmentMeans(x: Matrix, y: Int32Array, k: number): { means: Float64Array; counts: Float64Array } {
  const p = x.cols;
  const means = new Float64Array(k * p);
  const counts = new Float64Array(k);
  for (let i = 0; i < x.rows; i++) {
    const c = y[i]!;
    counts[c] = counts[c]! + 1;
    for (let j = 0; j < p; j++) means[c * p + j] = means[c * p + j]! + x.data[i * p + j]!;
  }
  for (let c = 0; c < k; c++) {
    if (counts[c] === 0) throw new RangeError(`segment ${c} has no rows`);
    for (let j = 0; j < p; j++) means[c * p + j] = means[c * p + j]! / counts[c]!;
  }
  return { means, counts };
}

export function pooledCovariance(x: Matrix, y: Int32Array, means: Float64Array, divisor: number): Float64Array {
  const p = x.cols;
  const cov = new Float64Array(p * p);
  const d = new Float64Array(p);
  for (let i = 0; i < x.rows; i++) {
    const m = y[i]! * p;
    for (let j = 0; j < p; j++) d[j] = x.data[i * p + j]! - means[m + j]!;
    for (let a = 0; a < p; a++) {
      const da = d[a]!;
      for (let b = 0; b <= a; b++) cov[a * p + b] = cov[a * p + b]! + da * d[b]!;
    }
  }
  for (let a = 0; a < p; a++) {
    for (let b = 0; b <= a; b++) {
      const v = cov[a * p + b]! / divisor;
      cov[a * p + b] = v;
      cov[b * p + a] = v;
    }
  }
  return cov;
}

/** sklearn's coef_/intercept_ from means, the Cholesky factor of Σ and priors. */
export function ldaLinearForm(means: Float64Array, l: Float64Array, priors: Float64Array, k: number, p: number): { intercepts: Float64Array; coefficients: Float64Array } {
  const xbar = new Float64Array(p);
  for (let c = 0; c < k; c++) for (let j = 0; j < p; j++) xbar[j] = xbar[j]! + priors[c]! * means[c * p + j]!;
  const coefficients = new Float64Array(k * p);
  const intercepts = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    const centred = new Float64Array(p);
    for (let j = 0; j < p; j++) centred[j] = means[c * p + j]! - xbar[j]!;
    const coef = solveCholesky(l, p, Float64Array.from(centred));
    let quad = 0;
    let shift = 0;
    for (let j = 0; j < p; j++) {
      quad += centred[j]! * coef[j]!;
      shift += xbar[j]! * coef[j]!;
    }
    coefficients.set(coef, c * p);
    intercepts[c] = -0.5 * quad + Math.log(priors[c]!) - shift;
  }
  return { intercepts, coefficients };
}
