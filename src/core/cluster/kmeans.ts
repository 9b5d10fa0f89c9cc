/**
 * k-means clustering with k-means++ seeding and several starts, keeping the start of lowest inertia.
 * The default run is Elkan's exact acceleration of Lloyd's algorithm (same result, far fewer distance
 * computations; Hamerly's for k above 20); `algorithm: 'lloyd'` runs the plain iteration. Start s is seeded by `createRng(seed).fork(s)`,
 * so the answer for a seed does not depend on how starts are spread over threads (pipeline/cluster runs
 * them on worker threads with `kmeansStart` and hands the best to `kmeansFit`).
 *
 * Matches scikit-learn 1.2 `KMeans(algorithm='lloyd'|'elkan', tol=1e-4, max_iter=300)` from the same initial
 * centres: same labels, centres, inertia and `n_iter_` (test/reference/kmeans).
 * Reference: MacQueen 1967; Arthur & Vassilvitskii 2007 (seeding); Elkan 2003, Hamerly 2010 (bounds).
 * Complexity O(starts × (seeding + iterations × n k d)) worst case; see ./hamerly.ts for the pruning.
 *
 * @example
 * const fit = kmeans(fromRows([[0], [1], [10], [11], [12]]), 2, { seed: 1 });
 * fit.sizes   // Float64Array [3, 2]  (largest segment first)
 * fit.inertia // 2.5
 * @throws UsageError when k is out of range or above the number of distinct rows; InputError for NaN/Infinity
 *   or bad weights.
 */
import { UsageError } from '../../lib/errors.js';
import { clusterMessages } from '../../lib/messages/cluster.js';
import type { Matrix } from '../matrix/matrix.js';
import { createRng } from '../random/rng.js';
import { canonicalOrder, permuteRows, relabel, segmentSizes } from './canonical-order.js';
import { checkClusterInput } from './check-input.js';
import type { ClusterFit } from './fit-result.js';
import { hamerlyRun } from './hamerly.js';
import { runTolerance, type KMeansRun, type KMeansRunOptions } from './kmeans-run.js';
import { elkanRun } from './elkan.js';
import { kmeansPlusPlus } from './kmeans-plus-plus.js';
import { kmeansMemory, type KMeansMemory } from './kmeans-memory.js';
import { lloydRun } from './lloyd.js';

export type KMeansAlgorithm = 'elkan' | 'hamerly' | 'lloyd';

/** Elkan keeps k bounds per row; above this k Hamerly's single bound is the better trade. */
const elkanMaxK = 20;

export interface KMeansOptions extends KMeansRunOptions {
  /** Number of k-means++ starts (default 10, as scikit-learn's n_init before 1.4). */
  readonly starts?: number;
  readonly seed?: number;
  readonly algorithm?: KMeansAlgorithm;
  /** Explicit initial centres (k × d): one start from them, no seeding (used to compare with scikit-learn). */
  readonly init?: Float64Array;
  /** Called after each start (progress bars). */
  readonly onStart?: (done: number, total: number) => void;
}

export interface KMeansFit extends ClusterFit {
  readonly method: 'kmeans';
  /** k × d centres in canonical order (segment 0 first). */
  readonly centres: Float64Array;
  readonly inertia: number;
  /** Inertia reached by every start, in start order. */
  readonly startInertias: Float64Array;
  readonly seed: number;
  readonly algorithm: KMeansAlgorithm | 'minibatch';
}

export const defaultStarts = 10;
export const defaultSeed = 42;

export function kmeans(x: Matrix, k: number, options: KMeansOptions = {}): KMeansFit {
  checkClusterInput(x, k, options.weights);
  const resolved = resolveKMeansOptions(x, k, options);
  const starts = options.init ? 1 : (options.starts ?? defaultStarts);
  if (!Number.isInteger(starts) || starts < 1) throw new UsageError(clusterMessages.startsRange(starts));
  const inertias = new Float64Array(starts);
  const memory = startMemory(x, k, resolved);
  let best: KMeansRun | undefined;
  for (let s = 0; s < starts; s++) {
    const run = kmeansStart(x, k, s, resolved, memory);
    inertias[s] = run.inertia;
    if (best === undefined || run.inertia < best.inertia) best = run;
    options.onStart?.(s + 1, starts);
  }
  // starts ≥ 1, so best is set
  return kmeansFit(x, k, best!, inertias, resolved);
}

/**
 * Start number `start`: seeds with k-means++ from `createRng(seed).fork(start)` (or takes `options.init`)
 * and runs to convergence. Inputs are assumed checked (`checkClusterInput`). Pass the same `memory`
 * (`startMemory`) to every start on x so the rows are copied into wasm memory once.
 * @throws UsageError when the data have fewer than k distinct rows.
 */
export function kmeansStart(x: Matrix, k: number, start: number, options: KMeansOptions = {}, memory = startMemory(x, k, options)): KMeansRun {
  const algorithm = options.algorithm ?? defaultAlgorithm(k);
  if (options.init) return algorithm === 'elkan' ? elkanRun(x, options.init, k, options, undefined, memory) : runners[algorithm](x, options.init, k, options);
  const rng = createRng(options.seed ?? defaultSeed).fork(start);
  const seeding = kmeansPlusPlus(x, k, rng, { weights: options.weights, bounds: algorithm === 'elkan', memory });
  if (seeding.distinct < k) throw new UsageError(clusterMessages.kAboveDistinct(k, seeding.distinct));
  return algorithm === 'elkan' ? elkanRun(x, seeding.centres, k, options, seeding.bounds, memory) : runners[algorithm](x, seeding.centres, k, options);
}

/** The working memory all starts on x share (Elkan's bounds only when Elkan runs). */
export function startMemory(x: Matrix, k: number, options: KMeansOptions): KMeansMemory | undefined {
  return kmeansMemory(x, k, options.weights, { elkan: (options.algorithm ?? defaultAlgorithm(k)) === 'elkan' });
}

const runners = { elkan: elkanRun, hamerly: hamerlyRun, lloyd: lloydRun } as const;

const defaultAlgorithm = (k: number): KMeansAlgorithm => (k <= elkanMaxK ? 'elkan' : 'hamerly');

/**
 * Fixes the algorithm and the absolute tolerance once, so every start (and every worker thread) uses the
 * same values without recomputing the column variances.
 */
export function resolveKMeansOptions(x: Matrix, k: number, options: KMeansOptions): KMeansOptions {
  return {
    ...options,
    algorithm: options.algorithm ?? defaultAlgorithm(k),
    absoluteTol: runTolerance(x, options),
  };
}

/** Turns the best start into a fit: canonical segment order, sizes, probability 1 for every row. */
export function kmeansFit(x: Matrix, k: number, best: KMeansRun, startInertias: Float64Array, options: KMeansOptions = {}): KMeansFit {
  const d = x.cols;
  const rawSizes = segmentSizes(best.labels, k, options.weights);
  const { order, rank } = canonicalOrder(rawSizes, best.centres, d);
  const labels = relabel(Int32Array.from(best.labels), rank);
  return {
    method: 'kmeans',
    k,
    labels,
    probability: new Float64Array(x.rows).fill(1),
    sizes: Float64Array.from(order, (old) => rawSizes[old]!),
    iterations: best.iterations,
    converged: best.converged,
    inertia: best.inertia,
    centres: permuteRows(best.centres, order, d),
    startInertias,
    seed: options.seed ?? defaultSeed,
    algorithm: options.algorithm ?? defaultAlgorithm(k),
  };
}
