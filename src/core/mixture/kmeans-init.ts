/**
 * A small weighted k-means (greedy k-means++ seeding, then Lloyd) whose only job is to start a
 * Gaussian mixture the way scikit-learn's `init_params='kmeans'` does: KMeans(n_init=1) labels turned
 * into one-hot responsibilities. Segmap's full k-means (restarts, Elkan, mini-batch) lives in
 * core/cluster; a caller that already has its labels passes them as `{ kind: 'labels' }` instead.
 *
 * Seeding: the first centre is a row drawn with probability ∝ weight; each next centre is the best
 * of 2 + ⌊ln k⌋ candidates drawn ∝ weight · D² (scikit-learn's greedy k-means++). Lloyd stops when
 * the summed squared centre shift is ≤ 1e-4 × the mean column variance (scikit-learn's `tol`), or
 * after 300 iterations; an emptied cluster keeps its centre. The assignment step uses Hamerly's
 * bounds (one upper bound to the own centre, one lower bound to the others), which skip most distance
 * computations once centres move little, and the per-centre sums are updated only for rows that
 * change centre; the labels are those of exact Lloyd.
 *
 * Reference: Arthur & Vassilvitskii (2007) k-means++; Hamerly (2010) Making k-means even faster,
 * SDM; scikit-learn 1.2 `_kmeans_plusplus`, `_tolerance`.
 * Complexity: O(n k d (2 + ln k)) seeding, O(n k d) per Lloyd iteration.
 *
 * @example
 * const labels = kmeansInitLabels(x, 3, null, createRng(0));   // Int32Array of 0..2
 */
import type { Matrix } from '../matrix/matrix.js';
import type { Rng } from '../random/rng.js';

const MAX_ITERATIONS = 300;

export function kmeansInitLabels(x: Matrix, k: number, rowWeight: Float64Array | null, rng: Rng): Int32Array {
  const centers = seedCenters(x, k, rowWeight, rng);
  const n = x.rows;
  const state: State = {
    labels: new Int32Array(n).fill(-1),
    upper: new Float64Array(n),
    lower: new Float64Array(n),
    sums: new Float64Array(k * x.cols),
    counts: new Float64Array(k),
    members: new Int32Array(k),
    rowWeight,
  };
  const tolerance = 1e-4 * meanColumnVariance(x);
  const shifts = new Float64Array(k);
  for (let i = 0; i < n; i++) assignExactly(x, i, centers, k, state);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const moved = updateCenters(state, centers, k, x.cols, shifts);
    assign(x, centers, k, state, shifts);
    if (moved <= tolerance) break;
  }
  return state.labels;
}

/**
 * Hamerly's per-row state (label, upper bound on the distance to it, lower bound to any other
 * centre) and the weighted sums and counts of each centre's rows.
 */
interface State {
  readonly labels: Int32Array;
  readonly upper: Float64Array;
  readonly lower: Float64Array;
  readonly sums: Float64Array;
  readonly counts: Float64Array;
  /** Rows per centre (exact, unlike the running weight sums). */
  readonly members: Int32Array;
  readonly rowWeight: Float64Array | null;
}

function squaredDistance(data: Float64Array, i: number, centers: Float64Array, c: number, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) {
    const v = data[i * d + j]! - centers[c * d + j]!;
    s += v * v;
  }
  return s;
}

/** Index i with cumulative[i] > target (cumulative is non-decreasing). */
function search(cumulative: Float64Array, target: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function seedCenters(x: Matrix, k: number, rowWeight: Float64Array | null, rng: Rng): Float64Array {
  const { rows: n, cols: d, data } = x;
  const weightOf = (i: number): number => (rowWeight === null ? 1 : rowWeight[i]!);
  const centers = new Float64Array(k * d);
  const cumulative = new Float64Array(n);
  let acc = 0;
  for (let i = 0; i < n; i++) cumulative[i] = acc += weightOf(i);
  let chosen = search(cumulative, rng.next() * acc);
  centers.set(data.subarray(chosen * d, (chosen + 1) * d), 0);
  const closest = new Float64Array(n);
  for (let i = 0; i < n; i++) closest[i] = squaredDistance(data, i, centers, 0, d);
  const trials = 2 + Math.floor(Math.log(k));
  const candidateDist = new Float64Array(n);
  const bestDist = new Float64Array(n);
  for (let c = 1; c < k; c++) {
    acc = 0;
    for (let i = 0; i < n; i++) cumulative[i] = acc += weightOf(i) * closest[i]!;
    let bestPotential = Infinity;
    chosen = -1;
    for (let t = 0; t < trials; t++) {
      const candidate = acc > 0 ? search(cumulative, rng.next() * acc) : rng.int(n);
      centers.set(data.subarray(candidate * d, (candidate + 1) * d), c * d);
      let potential = 0;
      for (let i = 0; i < n; i++) {
        const v = Math.min(closest[i]!, squaredDistance(data, i, centers, c, d));
        candidateDist[i] = v;
        potential += weightOf(i) * v;
      }
      if (potential < bestPotential) {
        bestPotential = potential;
        chosen = candidate;
        bestDist.set(candidateDist);
      }
    }
    centers.set(data.subarray(chosen * d, (chosen + 1) * d), c * d);
    closest.set(bestDist);
  }
  return centers;
}

function distance(data: Float64Array, base: number, centers: Float64Array, c: number, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) {
    const v = data[base + j]! - centers[c * d + j]!;
    s += v * v;
  }
  return Math.sqrt(s);
}

function assignExactly(x: Matrix, i: number, centers: Float64Array, k: number, state: State): void {
  const d = x.cols;
  let best = 0;
  let first = Infinity;
  let second = Infinity;
  for (let c = 0; c < k; c++) {
    const dist = distance(x.data, i * d, centers, c, d);
    if (dist < first) {
      second = first;
      first = dist;
      best = c;
    } else if (dist < second) {
      second = dist;
    }
  }
  const old = state.labels[i]!;
  if (old !== best) move(x, i, old, best, state);
  state.labels[i] = best;
  state.upper[i] = first;
  state.lower[i] = second;
}

/** Moves row i's weight from centre `from` (-1: none) to `to` in the running sums. */
function move(x: Matrix, i: number, from: number, to: number, state: State): void {
  const d = x.cols;
  const w = state.rowWeight === null ? 1 : state.rowWeight[i]!;
  const { sums, counts } = state;
  for (let j = 0; j < d; j++) {
    const v = w * x.data[i * d + j]!;
    if (from >= 0) sums[from * d + j] = sums[from * d + j]! - v;
    sums[to * d + j] = sums[to * d + j]! + v;
  }
  if (from >= 0) {
    counts[from] = counts[from]! - w;
    state.members[from] = state.members[from]! - 1;
  }
  counts[to] = counts[to]! + w;
  state.members[to] = state.members[to]! + 1;
}

/** Hamerly's assignment step after the centres moved by `shifts`. */
function assign(x: Matrix, centers: Float64Array, k: number, state: State, shifts: Float64Array): void {
  const d = x.cols;
  const { labels, upper, lower } = state;
  let largest = 0;
  let secondLargest = 0;
  let largestCenter = -1;
  for (let c = 0; c < k; c++) {
    const s = shifts[c]!;
    if (s > largest) {
      secondLargest = largest;
      largest = s;
      largestCenter = c;
    } else if (s > secondLargest) secondLargest = s;
  }
  const half = new Float64Array(k).fill(Infinity);
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      const dist = 0.5 * distance(centers, a * d, centers, b, d);
      if (dist < half[a]!) half[a] = dist;
      if (dist < half[b]!) half[b] = dist;
    }
  }
  for (let i = 0; i < x.rows; i++) {
    const a = labels[i]!;
    upper[i] = upper[i]! + shifts[a]!;
    lower[i] = lower[i]! - (a === largestCenter ? secondLargest : largest);
    const bound = Math.max(half[a]!, lower[i]!);
    if (upper[i]! <= bound) continue;
    upper[i] = distance(x.data, i * d, centers, a, d);
    if (upper[i]! <= bound) continue;
    assignExactly(x, i, centers, k, state);
  }
}

/** Moves each centre to its weighted mean; records each centre's shift, returns the summed squared shift. */
function updateCenters(state: State, centers: Float64Array, k: number, d: number, shifts: Float64Array): number {
  const { sums, counts } = state;
  let total = 0;
  for (let c = 0; c < k; c++) {
    let shift = 0;
    if (state.members[c]! > 0 && counts[c]! > 0) {
      for (let j = 0; j < d; j++) {
        const next = sums[c * d + j]! / counts[c]!;
        const delta = next - centers[c * d + j]!;
        shift += delta * delta;
        centers[c * d + j] = next;
      }
    }
    shifts[c] = Math.sqrt(shift);
    total += shift;
  }
  return total;
}

function meanColumnVariance(x: Matrix): number {
  const { rows: n, cols: d, data } = x;
  let total = 0;
  for (let j = 0; j < d; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += data[i * d + j]!;
    mean /= n;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const v = data[i * d + j]! - mean;
      ss += v * v;
    }
    total += ss / n;
  }
  return total / d;
}
