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
 * bounds, so the first k-means iteration costs no distance at all (./elkan.ts).
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
}

/** Marks a pruned candidate distance in the scratch buffer (real squared distances are ≥ 0). */
const pruned = -1;

export function kmeansPlusPlus(x: Matrix, k: number, rng: Rng, options: SeedingOptions = {}): Seeding {
  const { rows: n, cols: d, data } = x;
  const weights = options.weights;
  const trials = options.localTrials ?? 2 + Math.floor(Math.log(k));
  const centres = new Float64Array(k * d);
  const closest = new Float64Array(n);
  const owner = new Int32Array(n);
  const lower = options.bounds ? new Float64Array(n * k) : undefined;
  const scratch = new Float64Array(trials * n);
  const candidates = new Int32Array(trials);
  const potentials = new Float64Array(trials);
  /** Squared distance from candidate t to seed j, at t k + j. */
  const gap = new Float64Array(trials * k);

  const first = drawRow(weights, n, rng);
  centres.set(data.subarray(first * d, first * d + d), 0);
  let potential = 0;
  for (let i = 0; i < n; i++) {
    const dist = squaredDistance(data, i * d, centres, 0, d);
    closest[i] = dist;
    if (lower) lower[i * k] = Math.sqrt(dist);
    potential += (weights === undefined ? 1 : weights[i]!) * dist;
  }
  for (let c = 1; c < k; c++) {
    if (!(potential > 0)) return { centres, distinct: c };
    drawCandidates(closest, weights, potential, rng, candidates);
    for (let t = 0; t < trials; t++) for (let j = 0; j < c; j++) gap[t * k + j] = squaredDistance(data, candidates[t]! * d, centres, j * d, d);
    potentials.fill(0);
    for (let i = 0; i < n; i++) {
      const o = i * d;
      const w = weights === undefined ? 1 : weights[i]!;
      const current = closest[i]!;
      const own = owner[i]!;
      for (let t = 0; t < trials; t++) {
        // triangle inequality: d(candidate, own seed) ≥ 2 d(row, own seed) ⇒ the candidate is no nearer
        if (gap[t * k + own]! >= 4 * current) {
          scratch[t * n + i] = pruned;
          potentials[t]! += w * current;
          continue;
        }
        const dist = squaredDistance(data, o, data, candidates[t]! * d, d);
        scratch[t * n + i] = dist;
        potentials[t]! += w * (dist < current ? dist : current);
      }
    }
    let best = 0;
    for (let t = 1; t < trials; t++) if (potentials[t]! < potentials[best]!) best = t;
    potential = potentials[best]!;
    const at = best * n;
    for (let i = 0; i < n; i++) {
      const dist = scratch[at + i]!;
      if (dist === pruned) {
        if (lower) lower[i * k + c] = Math.max(0, Math.sqrt(gap[best * k + owner[i]!]!) - Math.sqrt(closest[i]!));
        continue;
      }
      if (lower) lower[i * k + c] = Math.sqrt(dist);
      if (dist < closest[i]!) {
        closest[i] = dist;
        owner[i] = c;
      }
    }
    const row = candidates[best]!;
    centres.set(data.subarray(row * d, row * d + d), c * d);
  }
  return { centres, distinct: k, ...(lower ? { bounds: { labels: owner, upper: closest.map(Math.sqrt), lower } } : {}) };
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
