/**
 * Greedy k-means++ seeding: the first centre is a random row, each further centre the best of a few
 * candidate rows drawn with probability proportional to weight × squared distance to the nearest centre
 * chosen so far ("best" = lowest resulting potential). This is scikit-learn's `_kmeans_plusplus` with
 * 2 + ⌊ln k⌋ local trials; like scikit-learn ≥ 1.3 the draws honour row weights.
 *
 * If the potential reaches 0 before k centres are chosen, every row already coincides with a centre:
 * the data have fewer than k distinct (positive-weight) rows, reported as `distinct < k`.
 *
 * Distances that cannot matter are skipped by the triangle inequality (a candidate at least twice as far
 * from a row's nearest seed as the row itself is no nearer), which gives the same draws and centres as
 * computing them all. With `bounds`, the distances computed along the way are kept as Elkan's starting
 * bounds, so the first k-means iteration costs no distance at all (./elkan.ts). The three passes over
 * all rows run in WebAssembly SIMD on the fit's memory (./seed-passes.ts, ./kmeans-memory.ts), or in
 * their bit-identical JavaScript twin when the data do not fit in wasm memory.
 *
 * Reference: D. Arthur & S. Vassilvitskii, "k-means++: the advantages of careful seeding", SODA 2007;
 * E. Raff, "Exact acceleration of k-means++ and k-means‖", IJCAI 2021 (triangle-inequality pruning).
 * Complexity O(n d k (2 + ln k)) time at worst, O(n (k + 3 + ln k)) extra memory.
 *
 * @example
 * const { centres } = kmeansPlusPlus(fromRows([[0], [0.1], [10], [10.1]]), 2, createRng(1));
 * // one centre near 0 and one near 10
 */
import type { Matrix } from '../matrix/matrix.js';
import type { Rng } from '../random/rng.js';
import { defaultLocalTrials, kmeansMemory, type KMeansMemory } from './kmeans-memory.js';
import { jsSeedPasses, wasmSeedPasses, type SeedPasses } from './seed-passes.js';
import { squaredDistance } from './squared-distance.js';

export interface Seeding {
  /** k × d centres (rows of x). */
  readonly centres: Float64Array;
  /** How many distinct centres could be chosen (k unless the data have fewer distinct rows). */
  readonly distinct: number;
  /** The assignment to the seeds that seeding computed anyway (when `options.bounds`). */
  readonly bounds?: SeedBounds;
}

/**
 * What seeding leaves for Elkan's first iteration: the nearest seed of every row (ties: lower index),
 * the exact distance to it, and n × k lower bounds on the distance to every seed (exact where computed,
 * the triangle bound d(candidate, own seed) − d(row, own seed) where the computation was pruned).
 * With a `KMeansMemory` these are views of its arrays, valid until the memory's next start.
 */
export interface SeedBounds {
  readonly labels: Int32Array;
  readonly upper: Float64Array;
  readonly lower: Float64Array;
}

export interface SeedingOptions {
  readonly weights?: Float64Array | undefined;
  /** Candidates tried per centre; default 2 + ⌊ln k⌋ as in scikit-learn. */
  readonly localTrials?: number;
  /** Also return the rows' assignment to the seeds (`bounds`). */
  readonly bounds?: boolean;
  /** Working memory for x made by `kmeansMemory` (reused across starts); made here when absent. */
  readonly memory?: KMeansMemory | undefined;
}

export function kmeansPlusPlus(x: Matrix, k: number, rng: Rng, options: SeedingOptions = {}): Seeding {
  const passes = seedPassesFor(x, k, options);
  const { n, d, data, weights, centres, candidates, potentials, gap } = passes;
  const first = drawRow(weights, n, rng);
  centres.set(data.subarray(first * d, first * d + d), 0);
  let potential = passes.first();
  for (let c = 1; c < k; c++) {
    if (!(potential > 0)) return { centres: centres.slice(), distinct: c };
    drawCandidates(passes.closest, weights, potential, rng, candidates);
    for (let t = 0; t < passes.trials; t++) {
      for (let j = 0; j < c; j++) gap[t * k + j] = squaredDistance(data, candidates[t]! * d, centres, j * d, d);
    }
    passes.candidatePass();
    let best = 0;
    for (let t = 1; t < passes.trials; t++) if (potentials[t]! < potentials[best]!) best = t;
    potential = potentials[best]!;
    passes.accept(c, best);
    const row = candidates[best]!;
    centres.set(data.subarray(row * d, row * d + d), c * d);
  }
  return { centres: centres.slice(), distinct: k, ...(options.bounds ? { bounds: seedBounds(passes, options.memory) } : {}) };
}

function seedPassesFor(x: Matrix, k: number, options: SeedingOptions): SeedPasses {
  const trials = options.localTrials ?? defaultLocalTrials(k);
  const withLower = options.bounds === true;
  const memory = options.memory ?? kmeansMemory(x, k, options.weights, { trials, elkan: withLower });
  return memory && memory.trials === trials && (memory.elkan || !withLower) ? wasmSeedPasses(memory, withLower) : jsSeedPasses(x, k, trials, options.weights, withLower);
}

/** Exact distances to the nearest seed, written where Elkan's run reads them when memory is shared. */
function seedBounds(passes: SeedPasses, memory: KMeansMemory | undefined): SeedBounds {
  const { closest, owner, lower } = passes;
  const upper = memory && memory.arrays.labels === owner ? memory.arrays.upper : new Float64Array(passes.n);
  for (let i = 0; i < passes.n; i++) upper[i] = Math.sqrt(closest[i]!);
  // bounds are asked for, so lower is set
  return { labels: owner, upper, lower: lower! };
}

/** A row drawn with probability proportional to its weight (uniform without weights). */
function drawRow(weights: Float64Array | undefined, n: number, rng: Rng): number {
  if (weights === undefined) return rng.int(n);
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i]!;
  const target = rng.next() * total;
  let cumulative = 0;
  for (let i = 0; i < n; i++) {
    cumulative += weights[i]!;
    if (cumulative > target) return i;
  }
  return n - 1;
}

/**
 * Draws candidates with probability ∝ weight × closest: sorted uniform targets are located in one scan of
 * the running sum (numpy's searchsorted on the cumulative sum, without storing it).
 */
function drawCandidates(closest: Float64Array, weights: Float64Array | undefined, potential: number, rng: Rng, out: Int32Array): void {
  const n = closest.length;
  const targets = Array.from({ length: out.length }, (_, t) => ({ t, value: rng.next() * potential })).sort((a, b) => a.value - b.value);
  let cumulative = 0;
  let i = 0;
  let lastPositive = -1;
  for (const { t, value } of targets) {
    // rows at distance 0 are never drawn (they would duplicate a centre); rounding past the end falls
    // back to the last row that could be drawn
    for (; i < n; i++) {
      const mass = (weights === undefined ? 1 : weights[i]!) * closest[i]!;
      if (mass > 0) {
        if (cumulative + mass >= value) break;
        lastPositive = i;
      }
      cumulative += mass;
    }
    out[t] = i < n ? i : lastPositive;
  }
}
