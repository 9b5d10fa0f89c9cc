/**
 * One k-means run accelerated by Elkan's bounds: the same labels, centres and iteration count as Lloyd's
 * algorithm (./lloyd.ts), computing only the distances the triangle inequality cannot rule out. Each row
 * keeps an upper bound on the distance to its own centre and one lower bound per centre; a centre is
 * skipped when the upper bound is below its lower bound or below half the distance between the two
 * centres. Centre sums are updated incrementally, so rows that keep their centre are not re-read for the
 * M-step, and bounds are loosened lazily (each centre's total drift is subtracted when a bound is read),
 * so a settled row costs two reads. Suits small k (the bounds take n × k doubles); ./hamerly.ts keeps
 * one lower bound per row. The passes over the rows run in WebAssembly SIMD (assembly/kmeans.ts, on the
 * arrays of ./kmeans-memory.ts); the centre moves stay here, on views of the same arrays.
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
import { hamerlyRun } from './hamerly.js';
import { forBlocks, kmeansMemory, type KMeansMemory } from './kmeans-memory.js';
import { defaultMaxIterations, runTolerance, type KMeansRun, type KMeansRunOptions } from './kmeans-run.js';
import { squaredDistance } from './squared-distance.js';
import type { SeedBounds } from './kmeans-plus-plus.js';

interface State extends BoundedState {
  readonly memory: KMeansMemory;
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
  readonly counts: Int32Array;
  /** k × k half distances between centres; diagonal holds half the distance to the nearest other centre. */
  readonly halfGap: Float64Array;
}

/**
 * @param seeded the assignment k-means++ computed while seeding from these same centres
 *   (`kmeansPlusPlus(…, { bounds: true })`): it replaces the first iteration's distance pass.
 * @param memory x's working memory (`kmeansMemory`), shared with the seeding and reused across starts;
 *   made here when absent. When x is too large for it, the run is Hamerly's, which gives the same result.
 */
export function elkanRun(
  x: Matrix, initialCentres: Float64Array, k: number, options: KMeansRunOptions = {}, seeded?: SeedBounds,
  memory: KMeansMemory | undefined = kmeansMemory(x, k, options.weights),
): KMeansRun {
  if (memory === undefined || !memory.elkan) return hamerlyRun(x, initialCentres, k, options);
  const a = memory.arrays;
  a.centres.set(initialCentres);
  if (seeded === undefined) a.labels.fill(-1);
  a.drift.fill(0);
  const state: State = {
    memory, data: a.data, n: memory.n, d: memory.d, k, weights: options.weights,
    centres: a.centres, labels: a.labels, upper: a.upper, lower: a.lower, sums: a.sums,
    clusterWeights: a.clusterWeights, counts: a.counts, shift: a.shift, halfGap: a.halfGap, drift: a.drift,
  };
  const run = iterateBounded(
    state,
    {
      first: (st) => (seeded ? startFromSeeds(st, seeded) : fullPass(st)),
      full: fullPass,
      bounded: boundedPass,
      afterMove: (st) => {
        for (let c = 0; c < k; c++) st.drift[c]! += st.shift[c]!;
      },
      sums: rebuildSums,
      inertia,
      spareCentres: a.nextCentres,
    },
    options.maxIterations ?? defaultMaxIterations,
    runTolerance(x, options),
  );
  // the memory's arrays belong to the next start: hand out copies
  return { ...run, labels: run.labels.slice(), centres: run.centres.slice() };
}

/** Takes the seeds' assignment and bounds as the first iteration's; sums from scratch. Returns n. */
function startFromSeeds(s: State, seeded: SeedBounds): number {
  if (seeded.labels !== s.labels) s.labels.set(seeded.labels);
  if (seeded.upper !== s.upper) s.upper.set(seeded.upper);
  if (seeded.lower !== s.lower) s.lower.set(seeded.lower);
  rebuildSums(s);
  return s.n;
}

/**
 * Assigns every row from scratch and rebuilds bounds and sums. A centre c is skipped when the best
 * distance so far is at most half the gap between the best centre and c (it cannot be nearer; its lower
 * bound stays 0), as in scikit-learn's `_init_bounds_dense`. Returns rows that changed.
 */
function fullPass(s: State): number {
  halfCentreGaps(s.centres, s.k, s.d, s.halfGap);
  let changed = 0;
  forBlocks(s.n, (from, to) => {
    changed += s.memory.call.elkanFull(
      s.data.byteOffset, s.n, s.d, s.k, s.centres.byteOffset, s.labels.byteOffset, s.upper.byteOffset,
      s.lower.byteOffset, s.halfGap.byteOffset, s.drift.byteOffset, from, to,
    );
  });
  rebuildSums(s);
  return changed;
}

/**
 * Computes only the distances the bounds (loosened by the centres' drift) cannot rule out; a row whose
 * upper bound is below half the gap to its nearest other centre is not touched at all. Returns how many
 * rows changed cluster.
 */
function boundedPass(s: State): number {
  halfCentreGaps(s.centres, s.k, s.d, s.halfGap);
  const { memory } = s;
  let changed = 0;
  forBlocks(s.n, (from, to) => {
    changed += memory.call.elkanBounded(
      s.data.byteOffset, s.n, s.d, s.k, memory.arrays.weights.byteOffset, +memory.weighted, s.centres.byteOffset,
      s.labels.byteOffset, s.upper.byteOffset, s.lower.byteOffset, s.sums.byteOffset, s.clusterWeights.byteOffset,
      s.counts.byteOffset, s.halfGap.byteOffset, s.drift.byteOffset, from, to,
    );
  });
  return changed;
}

/** Sums, weights and counts of the clusters from the labels. */
function rebuildSums(s: State): void {
  const { memory } = s;
  s.sums.fill(0);
  s.clusterWeights.fill(0);
  s.counts.fill(0);
  forBlocks(s.n, (from, to) => {
    memory.call.clusterSums(
      s.data.byteOffset, s.n, s.d, s.k, s.labels.byteOffset, memory.arrays.weights.byteOffset, +memory.weighted,
      s.sums.byteOffset, s.clusterWeights.byteOffset, s.counts.byteOffset, from, to,
    );
  });
}

/** The weighted within-cluster sum of squares at the final centres, rows in order. */
function inertia(s: State): number {
  const { memory } = s;
  let total = 0;
  forBlocks(s.n, (from, to) => {
    total = memory.call.inertia(
      s.data.byteOffset, s.n, s.d, s.labels.byteOffset, memory.arrays.weights.byteOffset, +memory.weighted, s.centres.byteOffset, from, to, total,
    );
  });
  return total;
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
