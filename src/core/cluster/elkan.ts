/**
 * One k-means run accelerated by Elkan's bounds: the same labels, centres and iteration count as Lloyd's
 * algorithm (./lloyd.ts), computing only the distances the triangle inequality cannot rule out. Each row
 * keeps an upper bound on the distance to its own centre and one lower bound per centre; a centre is
 * skipped when the upper bound is below its lower bound or below half the distance between the two
 * centres. Centre sums are updated incrementally, so rows that keep their centre are not re-read for the
 * M-step, and bounds are loosened lazily (each centre's total drift is subtracted when a bound is read),
 * so a settled row costs two reads. Suits small k (the bounds take n × k doubles); ./hamerly.ts keeps
 * one lower bound per row.
 *
 * Reference: C. Elkan, "Using the triangle inequality to accelerate k-means", ICML 2003; scikit-learn 1.2
 * `_kmeans_single_elkan` (same stopping rule, ./kmeans-run.ts). Complexity O(n k d) for the first pass,
 * then O(n k) bound updates plus O(d) per distance not ruled out; memory n (k + 1) doubles.
 *
 * @example
 * elkanRun(fromRows([[0], [1], [10], [11]]), Float64Array.of(0, 10), 2).centres // [0.5, 10.5]
 */
import type { Matrix } from '../matrix/matrix.js';
import { iterateBounded, type BoundedState } from './bounded-iterations.js';
import { clusterSums } from './centre-update.js';
import { defaultMaxIterations, runTolerance, type KMeansRun, type KMeansRunOptions } from './kmeans-run.js';
import { squaredDistance } from './squared-distance.js';
import { addRow } from './add-row.js';
import { reassignRow } from './reassign-row.js';
import type { SeedBounds } from './kmeans-plus-plus.js';

interface State extends BoundedState {
  readonly data: Float64Array;
  readonly n: number;
  readonly d: number;
  readonly k: number;
  readonly weights: Float64Array | undefined;
  centres: Float64Array;
  readonly labels: Int32Array;
  /** Upper bound on the distance to the own centre, stored minus that centre's drift. */
  readonly upper: Float64Array;
  /** n × k lower bounds on the distance to each centre, stored plus that centre's drift. */
  readonly lower: Float64Array;
  /**
   * How far each centre has moved in total (sum of its shifts). A bound stored at drift D₀ is loosened
   * by D − D₀ when read, which is exactly what loosening it after every move would give, without
   * writing n × k bounds per iteration.
   */
  readonly drift: Float64Array;
  readonly sums: Float64Array;
  readonly clusterWeights: Float64Array;
  readonly counts: Int32Array;
  readonly shift: Float64Array;
  /** k × k half distances between centres; diagonal holds half the distance to the nearest other centre. */
  readonly halfGap: Float64Array;
}

/**
 * @param seeded the assignment k-means++ computed while seeding from these same centres
 *   (`kmeansPlusPlus(…, { bounds: true })`): it replaces the first iteration's distance pass.
 */
export function elkanRun(x: Matrix, initialCentres: Float64Array, k: number, options: KMeansRunOptions = {}, seeded?: SeedBounds): KMeansRun {
  const { rows: n, cols: d, data } = x;
  const maxIterations = options.maxIterations ?? defaultMaxIterations;
  const tol = runTolerance(x, options);
  const state: State = {
    data, n, d, k, weights: options.weights,
    centres: Float64Array.from(initialCentres),
    labels: new Int32Array(n).fill(-1),
    upper: new Float64Array(n),
    lower: new Float64Array(n * k),
    sums: new Float64Array(k * d),
    clusterWeights: new Float64Array(k),
    counts: new Int32Array(k),
    shift: new Float64Array(k),
    halfGap: new Float64Array(k * k),
    drift: new Float64Array(k),
  };
  return iterateBounded(
    state,
    {
      first: (st) => (seeded ? startFromSeeds(st, seeded) : fullPass(st)),
      full: fullPass,
      bounded: boundedPass,
      afterMove: (st) => {
        for (let c = 0; c < k; c++) st.drift[c]! += st.shift[c]!;
      },
    },
    maxIterations,
    tol,
  );
}

/** Takes the seeds' assignment and bounds as the first iteration's; sums from scratch. Returns n. */
function startFromSeeds(s: State, seeded: SeedBounds): number {
  s.labels.set(seeded.labels);
  s.upper.set(seeded.upper);
  s.lower.set(seeded.lower);
  clusterSums(s.data, s.n, s.d, s.labels, s.weights, s.sums, s.clusterWeights);
  s.counts.fill(0);
  for (let i = 0; i < s.n; i++) s.counts[s.labels[i]!]!++;
  return s.n;
}

/**
 * Assigns every row from scratch and rebuilds bounds and sums. A centre c is skipped when the best
 * distance so far is at most half the gap between the best centre and c (it cannot be nearer; its lower
 * bound stays 0), as in scikit-learn's `_init_bounds_dense`. Returns rows that changed.
 */
function fullPass(s: State): number {
  const { data, n, d, k, weights, centres, labels, upper, lower, sums, clusterWeights, counts, halfGap, drift } = s;
  halfCentreGaps(centres, k, d, halfGap);
  sums.fill(0);
  clusterWeights.fill(0);
  counts.fill(0);
  for (let i = 0; i < n; i++) lower.set(drift, i * k);
  let changed = 0;
  for (let i = 0; i < n; i++) {
    const o = i * d;
    const lo = i * k;
    let best = Math.sqrt(squaredDistance(data, o, centres, 0, d));
    lower[lo] = best + drift[0]!;
    let label = 0;
    for (let c = 1; c < k; c++) {
      if (best <= halfGap[label * k + c]!) continue;
      const dist = Math.sqrt(squaredDistance(data, o, centres, c * d, d));
      lower[lo + c] = dist + drift[c]!;
      if (dist < best) {
        best = dist;
        label = c;
      }
    }
    if (labels[i] !== label) changed++;
    labels[i] = label;
    upper[i] = best - drift[label]!;
    const w = weights === undefined ? 1 : weights[i]!;
    addRow(sums, label * d, data, o, d, w);
    clusterWeights[label]! += w;
    counts[label]!++;
  }
  return changed;
}

/**
 * Computes only the distances the bounds (loosened by the centres' drift) cannot rule out; a row whose
 * upper bound is below half the gap to its nearest other centre is not touched at all. Returns how many
 * rows changed cluster.
 */
function boundedPass(s: State): number {
  const { data, n, d, k, centres, labels, upper, lower, halfGap, drift } = s;
  halfCentreGaps(centres, k, d, halfGap);
  let changed = 0;
  for (let i = 0; i < n; i++) {
    const start = labels[i]!;
    let a = start;
    let u = upper[i]! + drift[a]!;
    if (u <= halfGap[a * k + a]!) continue;
    const lo = i * k;
    const o = i * d;
    let tight = false;
    for (let c = 0; c < k; c++) {
      if (c === a) continue;
      const l = lower[lo + c]! - drift[c]!;
      if (u <= l || u <= halfGap[a * k + c]!) continue;
      if (!tight) {
        u = Math.sqrt(squaredDistance(data, o, centres, a * d, d));
        lower[lo + a] = u + drift[a]!;
        tight = true;
        if (u <= l || u <= halfGap[a * k + c]!) continue;
      }
      const dist = Math.sqrt(squaredDistance(data, o, centres, c * d, d));
      lower[lo + c] = dist + drift[c]!;
      if (dist < u || (dist === u && c < a)) {
        a = c;
        u = dist;
      }
    }
    if (tight) upper[i] = u - drift[a]!;
    if (a !== start) {
      changed++;
      reassignRow(s, i, start, a);
    }
  }
  return changed;
}

/** halfGap[a k + c] = ½ ‖centre a − centre c‖; halfGap[a k + a] = min over c ≠ a (Infinity when k = 1). */
function halfCentreGaps(centres: Float64Array, k: number, d: number, halfGap: Float64Array): void {
  for (let a = 0; a < k; a++) halfGap[a * k + a] = Infinity;
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      const gap = 0.5 * Math.sqrt(squaredDistance(centres, a * d, centres, b * d, d));
      halfGap[a * k + b] = gap;
      halfGap[b * k + a] = gap;
      if (gap < halfGap[a * k + a]!) halfGap[a * k + a] = gap;
      if (gap < halfGap[b * k + b]!) halfGap[b * k + b] = gap;
    }
  }
}
