/**
 * Greedy k-means++ seeding: the first centre is a random row, each further centre the best of a few
 * candidate rows drawn with probability proportional to weight × squared distance to the nearest centre
 * chosen so far ("best" = lowest resulting potential). This is scikit-learn's `_kmeans_plusplus` with
 * 2 + ⌊ln k⌋ local trials; like scikit-learn ≥ 1.3 the draws honour row weights.
 *
 * If the potential reaches 0 before k centres are chosen, every row already coincides with a centre:
 * the data have fewer than k distinct (positive-weight) rows, reported as `distinct < k`.
 *
 * Reference: D. Arthur & S. Vassilvitskii, "k-means++: the advantages of careful seeding", SODA 2007.
 * Complexity O(n d k (2 + ln k)) time, O(n (3 + ln k)) extra memory.
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
}

export interface SeedingOptions {
  readonly weights?: Float64Array | undefined;
  /** Candidates tried per centre; default 2 + ⌊ln k⌋ as in scikit-learn. */
  readonly localTrials?: number;
}

export function kmeansPlusPlus(x: Matrix, k: number, rng: Rng, options: SeedingOptions = {}): Seeding {
  const { rows: n, cols: d, data } = x;
  const weights = options.weights;
  const trials = options.localTrials ?? 2 + Math.floor(Math.log(k));
  const centres = new Float64Array(k * d);
  const closest = new Float64Array(n);
  const candidateDistances = new Float64Array(trials * n);
  const candidates = new Int32Array(trials);
  const potentials = new Float64Array(trials);

  const first = drawRow(weights, n, rng);
  centres.set(data.subarray(first * d, first * d + d), 0);
  let potential = 0;
  for (let i = 0; i < n; i++) {
    closest[i] = squaredDistance(data, i * d, centres, 0, d);
    potential += (weights === undefined ? 1 : weights[i]!) * closest[i]!;
  }
  for (let c = 1; c < k; c++) {
    if (!(potential > 0)) return { centres, distinct: c };
    drawCandidates(closest, weights, potential, rng, candidates);
    potentials.fill(0);
    for (let i = 0; i < n; i++) {
      const o = i * d;
      const w = weights === undefined ? 1 : weights[i]!;
      const current = closest[i]!;
      for (let t = 0; t < trials; t++) {
        const dist = squaredDistance(data, o, data, candidates[t]! * d, d);
        const kept = dist < current ? dist : current;
        candidateDistances[t * n + i] = kept;
        potentials[t]! += w * kept;
      }
    }
    let best = 0;
    for (let t = 1; t < trials; t++) if (potentials[t]! < potentials[best]!) best = t;
    potential = potentials[best]!;
    closest.set(candidateDistances.subarray(best * n, best * n + n));
    const row = candidates[best]!;
    centres.set(data.subarray(row * d, row * d + d), c * d);
  }
  return { centres, distinct: k };
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
