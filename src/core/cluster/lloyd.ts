/**
 * One k-means run by Lloyd's algorithm from given initial centres: the plain, obviously-correct version
 * that the accelerated run (./hamerly.ts) is tested against. Same stopping rule and iteration count as
 * scikit-learn 1.2's `_kmeans_single_lloyd` (see ./kmeans-run.ts).
 *
 * Reference: S. P. Lloyd, "Least squares quantization in PCM", IEEE Trans. Inf. Theory 28(2), 1982.
 * Complexity O(n k d) per iteration.
 *
 * @example
 * const x = fromRows([[0], [1], [10], [11]]);
 * lloydRun(x, Float64Array.of(0, 10), 2).labels // Int32Array [0, 0, 1, 1]; centres [0.5, 10.5]
 */
import type { Matrix } from '../matrix/matrix.js';
import { clusterSums, inertiaOf, moveCentres, relocateEmptyClusters } from './centre-update.js';
import { defaultMaxIterations, runTolerance, type KMeansRun, type KMeansRunOptions } from './kmeans-run.js';
import { nearestCentre } from './nearest-centre.js';

export function lloydRun(x: Matrix, initialCentres: Float64Array, k: number, options: KMeansRunOptions = {}): KMeansRun {
  const { rows: n, cols: d, data } = x;
  const weights = options.weights;
  const maxIterations = options.maxIterations ?? defaultMaxIterations;
  const tol = runTolerance(x, options);
  let centres: Float64Array = Float64Array.from(initialCentres);
  let next: Float64Array = new Float64Array(k * d);
  const sums = new Float64Array(k * d);
  const clusterWeights = new Float64Array(k);
  const shift = new Float64Array(k);
  const labels = new Int32Array(n);
  const previous = new Int32Array(n).fill(-1);
  let strict = false;
  let converged = false;
  let iteration = 0;
  while (iteration < maxIterations) {
    iteration++;
    nearestCentre(data, n, d, centres, k, labels);
    clusterSums(data, n, d, labels, weights, sums, clusterWeights);
    relocateEmptyClusters(data, n, d, k, labels, weights, centres, sums, clusterWeights);
    const shiftTotal = moveCentres(sums, clusterWeights, centres, next, shift, k, d);
    [centres, next] = [next, centres];
    if (sameLabels(labels, previous)) {
      strict = true;
      converged = true;
      break;
    }
    if (shiftTotal <= tol) {
      converged = true;
      break;
    }
    previous.set(labels);
  }
  if (!strict) nearestCentre(data, n, d, centres, k, labels);
  return { labels, centres, inertia: inertiaOf(data, n, d, labels, weights, centres), iterations: iteration, converged };
}

function sameLabels(a: Int32Array, b: Int32Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
