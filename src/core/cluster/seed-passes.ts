/**
 * The three passes over all rows that k-means++ seeding makes (./kmeans-plus-plus.ts): distances to the
 * first seed, each step's candidate distances, and accepting the chosen candidate. Two backends compute
 * them identically, bit for bit: WebAssembly SIMD on the arrays of a `KMeansMemory` (assembly/kmeans.ts,
 * the default), and plain JavaScript for data too large for 32-bit wasm memory. The seeding itself (the
 * draws and the choice among candidates) is written once, against this interface.
 */
import type { Matrix } from '../matrix/matrix.js';
import { forBlocks, type KMeansMemory } from './kmeans-memory.js';
import { squaredDistance } from './squared-distance.js';

export interface SeedPasses {
  readonly n: number;
  readonly d: number;
  readonly k: number;
  readonly trials: number;
  readonly data: Float64Array;
  readonly weights: Float64Array | undefined;
  /** k × d seeds; the caller writes seed c before the pass that needs it. */
  readonly centres: Float64Array;
  readonly closest: Float64Array;
  readonly owner: Int32Array;
  /** n × k lower bounds for Elkan's first iteration, when asked for. */
  readonly lower: Float64Array | undefined;
  /** Rows drawn as this step's candidates. */
  readonly candidates: Int32Array;
  /** trials × k squared distances from each candidate to each seed so far. */
  readonly gap: Float64Array;
  /** Potential each candidate would leave (written by `candidatePass`). */
  readonly potentials: Float64Array;
  /** Distances to seed 0 into `closest` (owner 0); returns the potential. */
  first(): number;
  candidatePass(): void;
  /** Makes candidate `best` seed c: owners, closest distances and lower bounds. */
  accept(c: number, best: number): void;
}

/** Marks a pruned candidate distance in the scratch buffer (real squared distances are ≥ 0). */
const pruned = -1;

export function wasmSeedPasses(memory: KMeansMemory, withLower: boolean): SeedPasses {
  const { n, d, k, trials, weighted, call, arrays: a } = memory;
  const lower = withLower ? a.lower : undefined;
  const weights = weighted ? a.weights : undefined;
  const w = a.weights.byteOffset;
  a.labels.fill(0);
  return {
    n, d, k, trials, data: a.data, weights, centres: a.centres, closest: a.closest, owner: a.labels, lower,
    candidates: a.candidates, gap: a.gap, potentials: a.potentials,
    first: () => {
      let potential = 0;
      forBlocks(n, (from, to) => {
        potential = call.seedFirst(a.data.byteOffset, n, d, k, a.centres.byteOffset, w, +weighted, a.closest.byteOffset, a.lower.byteOffset, +withLower, from, to, potential);
      });
      return potential;
    },
    candidatePass: () => {
      a.potentials.fill(0);
      forBlocks(n, (from, to) => {
        call.seedCandidates(
          a.data.byteOffset, n, d, k, a.candidates.byteOffset, trials, a.gap.byteOffset,
          a.closest.byteOffset, a.labels.byteOffset, w, +weighted, a.scratch.byteOffset, a.potentials.byteOffset, from, to,
        );
      });
    },
    accept: (c, best) => {
      forBlocks(n, (from, to) => {
        call.seedAccept(n, k, c, best, a.gap.byteOffset, a.closest.byteOffset, a.labels.byteOffset, a.scratch.byteOffset, a.lower.byteOffset, +withLower, from, to);
      });
    },
  };
}

export function jsSeedPasses(x: Matrix, k: number, trials: number, weights: Float64Array | undefined, withLower: boolean): SeedPasses {
  const { rows: n, cols: d, data } = x;
  const centres = new Float64Array(k * d);
  const closest = new Float64Array(n);
  const owner = new Int32Array(n);
  const lower = withLower ? new Float64Array(n * k) : undefined;
  const scratch = new Float64Array(trials * n);
  const candidates = new Int32Array(trials);
  const gap = new Float64Array(trials * k);
  const potentials = new Float64Array(trials);
  const weightOf = (i: number): number => (weights === undefined ? 1 : weights[i]!);
  return {
    n, d, k, trials, data, weights, centres, closest, owner, lower, candidates, gap, potentials,
    first: () => {
      let potential = 0;
      for (let i = 0; i < n; i++) {
        const dist = squaredDistance(data, i * d, centres, 0, d);
        closest[i] = dist;
        if (lower) lower[i * k] = Math.sqrt(dist);
        potential += weightOf(i) * dist;
      }
      return potential;
    },
    candidatePass: () => {
      potentials.fill(0);
      for (let i = 0; i < n; i++) {
        const w = weightOf(i);
        const current = closest[i]!;
        const own = owner[i]!;
        for (let t = 0; t < trials; t++) {
          // triangle inequality: d(candidate, own seed) ≥ 2 d(row, own seed) ⇒ the candidate is no nearer
          if (gap[t * k + own]! >= 4 * current) {
            scratch[t * n + i] = pruned;
            potentials[t]! += w * current;
            continue;
          }
          const dist = squaredDistance(data, i * d, data, candidates[t]! * d, d);
          scratch[t * n + i] = dist;
          potentials[t]! += w * (dist < current ? dist : current);
        }
      }
    },
    accept: (c, best) => {
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
    },
  };
}
