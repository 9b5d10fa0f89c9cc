/**
 * The shared vocabulary of one k-means run (one start): its options, its result and the stopping rule.
 * Lloyd (./lloyd.ts) and Hamerly (./hamerly.ts) take the same options and return the same result, so a
 * test can check that the accelerated run equals the plain one, and both equal scikit-learn's.
 *
 * Stopping rule (scikit-learn 1.2, `sklearn/cluster/_kmeans.py`, `_kmeans_single_lloyd`): an iteration
 * assigns every row to its nearest centre and then moves the centres to the (weighted) means. The run
 * stops when the labels did not change ("strict convergence") or when the sum of squared centre moves
 * is at most `tol × mean column variance`; in the second case a last assignment makes the labels agree
 * with the final centres.
 */
import type { Matrix } from '../matrix/matrix.js';

export interface KMeansRunOptions {
  /** Row weights (survey weights); undefined means every row weighs 1. */
  readonly weights?: Float64Array | undefined;
  readonly maxIterations?: number;
  /** Relative tolerance, scaled by the mean column variance as in scikit-learn (default 1e-4). */
  readonly tol?: number;
  /**
   * The scaled tolerance itself, when the caller has computed it (`scaledTolerance`): several starts on
   * the same data then pay for the variance pass once.
   */
  readonly absoluteTol?: number;
}

export interface KMeansRun {
  /** Nearest centre of each row, 0..k-1 (not yet in canonical order). */
  readonly labels: Int32Array;
  /** k × d centres, row-major. */
  readonly centres: Float64Array;
  /** Weighted within-cluster sum of squared distances to the final centres. */
  readonly inertia: number;
  /** Iterations of this run, counted as scikit-learn counts `n_iter_`. */
  readonly iterations: number;
  /** True when the labels stopped changing or the centres moved less than the tolerance. */
  readonly converged: boolean;
}

export const defaultMaxIterations = 300;
export const defaultTol = 1e-4;

/**
 * The absolute tolerance on the summed squared centre shift: `tol` times the mean of the (unweighted,
 * population) column variances, which is what scikit-learn's `_tolerance` computes.
 * Complexity O(n d), one pass.
 *
 * @example scaledTolerance(fromRows([[0], [2]]), 1e-4) // 1e-4 (variance of [0, 2] is 1)
 */
export function scaledTolerance(x: Matrix, tol: number): number {
  if (tol === 0 || x.rows === 0) return 0;
  const { rows: n, cols: d, data } = x;
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    const o = i * d;
    for (let j = 0; j < d; j++) mean[j]! += data[o + j]!;
  }
  for (let j = 0; j < d; j++) mean[j]! /= n;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const o = i * d;
    for (let j = 0; j < d; j++) {
      const t = data[o + j]! - mean[j]!;
      total += t * t;
    }
  }
  return (total / n / d) * tol;
}

/** The absolute tolerance a run uses: `options.absoluteTol`, else `scaledTolerance(x, tol)`. */
export const runTolerance = (x: Matrix, options: KMeansRunOptions): number =>
  options.absoluteTol ?? scaledTolerance(x, options.tol ?? defaultTol);

/** Weight of row i, 1 when there are no weights. */
export const weightOf = (weights: Float64Array | undefined, i: number): number => (weights === undefined ? 1 : weights[i]!);
