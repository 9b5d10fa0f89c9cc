/**
 * One k-means run accelerated by Hamerly's bounds: the same labels, centres and iteration count as
 * Lloyd's algorithm (./lloyd.ts), but most rows are settled by comparing two numbers instead of computing
 * k distances. Each row keeps an upper bound on the distance to its own centre and a lower bound on the
 * distance to every other centre; after the centres move, the bounds widen by how far they moved, and a
 * row is looked at again only when the bounds overlap. Centre sums are updated incrementally, so a
 * settled row is never read.
 *
 * Reference: G. Hamerly, "Making k-means even faster", SIAM SDM 2010, Algorithm 2; stopping rule as
 * scikit-learn 1.2 (./kmeans-run.ts). Complexity O(n k d) for the first pass, then O(n) plus O(k d) per
 * row whose bounds overlap; memory 2n doubles of bounds.
 *
 * @example
 * hamerlyRun(fromRows([[0], [1], [10], [11]]), Float64Array.of(0, 10), 2).centres // [0.5, 10.5]
 */
import type { Matrix } from '../matrix/matrix.js';
import { iterateBounded, type BoundedState } from './bounded-iterations.js';
import { defaultMaxIterations, runTolerance, type KMeansRun, type KMeansRunOptions } from './kmeans-run.js';
import { squaredDistance } from './squared-distance.js';
import { addRow } from './add-row.js';
import { reassignRow } from './reassign-row.js';

interface State extends BoundedState {
  readonly upper: Float64Array;
  readonly lower: Float64Array;
  /** Rows per cluster, kept beside the weights to detect an empty cluster exactly. */
  readonly counts: Int32Array;
  readonly half: Float64Array;
}

export function hamerlyRun(x: Matrix, initialCentres: Float64Array, k: number, options: KMeansRunOptions = {}): KMeansRun {
  const { rows: n, cols: d, data } = x;
  const maxIterations = options.maxIterations ?? defaultMaxIterations;
  const tol = runTolerance(x, options);
  const state: State = {
    data, n, d, k, weights: options.weights,
    centres: Float64Array.from(initialCentres),
    labels: new Int32Array(n).fill(-1),
    upper: new Float64Array(n),
    lower: new Float64Array(n),
    sums: new Float64Array(k * d),
    clusterWeights: new Float64Array(k),
    counts: new Int32Array(k),
    shift: new Float64Array(k),
    half: new Float64Array(k),
  };
  return iterateBounded(state, { first: fullPass, full: fullPass, bounded: boundedPass }, maxIterations, tol);
}

/** Assigns every row by computing all k distances, resets its bounds and rebuilds the sums. */
function fullPass(s: State): number {
  const { data, n, d, k, weights, centres, labels, upper, lower, sums, clusterWeights, counts } = s;
  sums.fill(0);
  clusterWeights.fill(0);
  counts.fill(0);
  let changed = 0;
  for (let i = 0; i < n; i++) {
    const o = i * d;
    let best = Infinity;
    let second = Infinity;
    let label = 0;
    for (let c = 0; c < k; c++) {
      const dist = squaredDistance(data, o, centres, c * d, d);
      if (dist < best) {
        second = best;
        best = dist;
        label = c;
      } else if (dist < second) {
        second = dist;
      }
    }
    if (labels[i] !== label) changed++;
    labels[i] = label;
    upper[i] = Math.sqrt(best);
    lower[i] = Math.sqrt(second);
    const w = weights === undefined ? 1 : weights[i]!;
    addRow(sums, label * d, data, o, d, w);
    clusterWeights[label]! += w;
    counts[label]!++;
  }
  return changed;
}

/**
 * Widens the bounds by the last centre moves, then re-examines only rows whose bounds overlap.
 * Returns how many rows changed cluster.
 */
function boundedPass(s: State): number {
  const { data, n, d, k, centres, labels, upper, lower, shift, half } = s;
  let far = 0;
  for (let c = 1; c < k; c++) if (shift[c]! > shift[far]!) far = c;
  let secondShift = 0;
  for (let c = 0; c < k; c++) if (c !== far && shift[c]! > secondShift) secondShift = shift[c]!;
  const maxShift = shift[far]!;
  halfNearestCentre(centres, k, d, half);
  let changed = 0;
  for (let i = 0; i < n; i++) {
    const a = labels[i]!;
    let u = upper[i]! + shift[a]!;
    const l = lower[i]! - (a === far ? secondShift : maxShift);
    const m = half[a]! > l ? half[a]! : l;
    if (u <= m) {
      upper[i] = u;
      lower[i] = l;
      continue;
    }
    const o = i * d;
    const own = squaredDistance(data, o, centres, a * d, d);
    u = Math.sqrt(own);
    if (u <= m) {
      upper[i] = u;
      lower[i] = l;
      continue;
    }
    let best = Infinity;
    let second = Infinity;
    let label = 0;
    for (let c = 0; c < k; c++) {
      const dist = c === a ? own : squaredDistance(data, o, centres, c * d, d);
      if (dist < best) {
        second = best;
        best = dist;
        label = c;
      } else if (dist < second) {
        second = dist;
      }
    }
    upper[i] = Math.sqrt(best);
    lower[i] = Math.sqrt(second);
    if (label !== a) {
      changed++;
      reassignRow(s, i, a, label);
    }
  }
  return changed;
}

/** half[c] = ½ × distance from centre c to its nearest other centre (Infinity when k = 1). */
function halfNearestCentre(centres: Float64Array, k: number, d: number, half: Float64Array): void {
  half.fill(Infinity);
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      const dist = 0.5 * Math.sqrt(squaredDistance(centres, a * d, centres, b * d, d));
      if (dist < half[a]!) half[a] = dist;
      if (dist < half[b]!) half[b] = dist;
    }
  }
}
