/**
 * Silhouette width: for each row, a = mean distance to the other rows of its segment, b = mean distance
 * to the rows of the nearest other segment, s = (b − a) / max(a, b) (0 for a segment of one row); the
 * score is the mean of s, from −1 to 1, higher is better. Exact (all pairs) up to `maxExact` rows (20,000
 * by default); above, it is computed on a uniform random sample of `sampleSize` rows (10,000), as
 * scikit-learn's `silhouette_score(sample_size=…)` does, and the sample size is returned.
 *
 * With weights, means are weighted (other row j counts w_j) and the score is the weighted mean of s; with
 * no weights every value equals scikit-learn's `silhouette_samples` / `silhouette_score` (euclidean).
 * `silhouetteMany` scores several labellings of the same rows from one pass over the pairs (select-k).
 *
 * Reference: P. J. Rousseeuw, "Silhouettes", J. Comput. Appl. Math. 20, 1987.
 * Complexity O(m² (d + L)) for m rows scored and L labellings; memory O(m Σk).
 *
 * @example silhouette(fromRows([[0], [1], [10], [11]]), Int32Array.of(0, 0, 1, 1)).value // ≈ 0.9
 * @throws UsageError when a labelling has fewer than 2 or more than m − 1 segments.
 */
import { UsageError } from '../../lib/errors.js';
import { clusterMessages } from '../../lib/messages/cluster.js';
import type { Matrix } from '../matrix/matrix.js';
import { createRng } from '../random/rng.js';
import { labelIndex } from './label-index.js';
import { squaredDistance } from './squared-distance.js';

export interface SilhouetteOptions {
  readonly weights?: Float64Array | undefined;
  /** Largest number of rows scored exactly (default 20,000). */
  readonly maxExact?: number;
  /** Rows sampled above `maxExact` (default 10,000). */
  readonly sampleSize?: number;
  /** Seed of the sample (default 0). */
  readonly seed?: number;
}

export interface SilhouetteScore {
  readonly value: number;
  /** Rows the score was computed on. */
  readonly rows: number;
  /** True when `rows` is a random sample of the data. */
  readonly sampled: boolean;
}

export const defaultMaxExact = 20_000;
export const defaultSampleSize = 10_000;

export function silhouette(x: Matrix, labels: ArrayLike<number>, options: SilhouetteOptions = {}): SilhouetteScore {
  return silhouetteMany(x, [labels], options)[0]!;
}

/** Per-row silhouette values over all rows (exact; rows labelled below 0 get 0). */
export function silhouetteSamples(x: Matrix, labels: ArrayLike<number>, weights?: Float64Array): Float64Array {
  const rows = assignedRows(labels, x.rows);
  const values = rowSilhouettes(x, rows, [labels], weights)[0]!;
  const out = new Float64Array(x.rows);
  rows.forEach((row, i) => void (out[row] = values[i]!));
  return out;
}

export function silhouetteMany(x: Matrix, labellings: readonly ArrayLike<number>[], options: SilhouetteOptions = {}): SilhouetteScore[] {
  const maxExact = options.maxExact ?? defaultMaxExact;
  let rows = assignedRows(labellings[0] ?? [], x.rows);
  const sampled = rows.length > maxExact;
  if (sampled) rows = sampleOf(rows, Math.min(options.sampleSize ?? defaultSampleSize, rows.length), options.seed ?? 0);
  const weights = options.weights;
  return rowSilhouettes(x, rows, labellings, weights).map((values) => {
    let total = 0;
    let weight = 0;
    values.forEach((s, i) => {
      const w = weights === undefined ? 1 : weights[rows[i]!]!;
      total += w * s;
      weight += w;
    });
    return { value: total / weight, rows: rows.length, sampled };
  });
}

/** Rows with a label ≥ 0 in the first labelling (the rows every labelling is scored on). */
function assignedRows(labels: ArrayLike<number>, n: number): Int32Array {
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (labels[i]! >= 0) rows.push(i);
  return Int32Array.from(rows);
}

/** A uniform sample without replacement, in row order (partial Fisher–Yates). */
function sampleOf(rows: Int32Array, size: number, seed: number): Int32Array {
  const rng = createRng(seed);
  const pool = Int32Array.from(rows);
  for (let i = 0; i < size; i++) {
    const j = i + rng.int(pool.length - i);
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.subarray(0, size).sort();
}

/**
 * Silhouette of each listed row under each labelling. Every pair distance is computed once and added
 * to both rows' per-segment sums of every labelling (one row of `sums` holds all labellings' segments).
 */
function rowSilhouettes(x: Matrix, rows: Int32Array, labellings: readonly ArrayLike<number>[], weights?: Float64Array): Float64Array[] {
  const m = rows.length;
  const d = x.cols;
  const local = new Float64Array(m * d);
  rows.forEach((row, i) => local.set(x.data.subarray(row * d, row * d + d), i * d));
  const w = Float64Array.from(rows, (row) => (weights === undefined ? 1 : weights[row]!));
  const L = labellings.length;
  const codes = labellings.map((labels) => labelIndex(Int32Array.from(rows, (row) => labels[row]!)));
  const offsets = new Int32Array(L + 1);
  codes.forEach((c, l) => {
    if (c.count < 2 || c.count > m - 1) throw new UsageError(clusterMessages.metricSegments(c.count, m));
    offsets[l + 1] = offsets[l]! + c.count;
  });
  const width = offsets[L]!;
  const column = new Int32Array(m * L);
  for (let i = 0; i < m; i++) for (let l = 0; l < L; l++) column[i * L + l] = offsets[l]! + codes[l]!.codes[i]!;
  const sums = new Float64Array(m * width);
  for (let i = 0; i < m; i++) {
    const wi = w[i]!;
    for (let j = i + 1; j < m; j++) {
      const dist = Math.sqrt(squaredDistance(local, i * d, local, j * d, d));
      const wj = w[j]!;
      for (let l = 0; l < L; l++) {
        sums[i * width + column[j * L + l]!]! += wj * dist;
        sums[j * width + column[i * L + l]!]! += wi * dist;
      }
    }
  }
  return codes.map((c, l) => {
    const segmentWeight = new Float64Array(c.count);
    for (let i = 0; i < m; i++) segmentWeight[c.codes[i]!]! += w[i]!;
    const out = new Float64Array(m);
    for (let i = 0; i < m; i++) out[i] = rowValue(sums, i * width + offsets[l]!, c.codes[i]!, segmentWeight, w[i]!);
    return out;
  });
}

/** s = (b − a) / max(a, b) for one row; 0 for a segment of one row or when a = b = 0. */
function rowValue(sums: Float64Array, base: number, own: number, segmentWeight: Float64Array, wi: number): number {
  const others = segmentWeight[own]! - wi;
  if (!(others > 1e-12 * segmentWeight[own]!)) return 0;
  const a = sums[base + own]! / others;
  let b = Infinity;
  for (let c = 0; c < segmentWeight.length; c++) {
    if (c !== own && segmentWeight[c]! > 0) b = Math.min(b, sums[base + c]! / segmentWeight[c]!);
  }
  const scale = Math.max(a, b);
  return scale > 0 ? (b - a) / scale : 0;
}
