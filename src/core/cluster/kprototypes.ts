/**
 * k-prototypes for mixed numeric and categorical data: the cost of a row to a prototype is the squared
 * Euclidean distance on the numeric columns plus γ × the number of categorical columns that differ from
 * the prototype's modes. Prototypes are weighted means (numeric) and weighted modes (categorical); the
 * batch iteration alternates assignment and update until no row moves. Seeding is k-means++ under the
 * same cost; starts as in k-means (start s from `createRng(seed).fork(s)`), lowest cost kept.
 * γ defaults to half the mean standard deviation of the numeric columns (0.5 after z-scaling), the
 * middle of Huang's suggested ⅓σ–⅔σ and the Python `kmodes` default.
 *
 * Reference: Z. Huang, "Extensions to the k-means algorithm for clustering large data sets with
 * categorical values", Data Mining and Knowledge Discovery 2, 1998. Complexity O(starts × iterations ×
 * n k (p + q)).
 *
 * @example
 * kprototypes({ numeric: fromRows([[0], [0.2], [5], [5.1]]), categorical: Int32Array.of(0, 0, 1, 1),
 *   levels: Int32Array.of(2) }, 2, { seed: 1 }).labels // Int32Array [0, 0, 1, 1] (or swapped by size)
 * @throws UsageError for k out of range or above the distinct rows; InputError for non-finite values.
 */
import { InputError, UsageError } from '../../lib/errors.js';
import { clusterMessages } from '../../lib/messages/cluster.js';
import type { Matrix } from '../matrix/matrix.js';
import { createRng, type Rng } from '../random/rng.js';
import { canonicalOrder, permuteRows, relabel, segmentSizes } from './canonical-order.js';
import { checkClusterInput, checkWeights } from './check-input.js';
import type { ClusterFit } from './fit-result.js';
import { squaredDistance } from './squared-distance.js';

export interface MixedData {
  /** n × p numeric columns (prepared: no missing values). */
  readonly numeric: Matrix;
  /** n × q categorical codes, row-major, 0..levels[j]-1. */
  readonly categorical: Int32Array;
  /** Levels of each categorical column (length q). */
  readonly levels: Int32Array;
}

export interface KPrototypesOptions {
  readonly weights?: Float64Array | undefined;
  readonly gamma?: number;
  readonly starts?: number;
  readonly seed?: number;
  readonly maxIterations?: number;
}

export interface KPrototypesFit extends ClusterFit {
  readonly method: 'kprototypes';
  /** k × p numeric prototype values. */
  readonly centres: Float64Array;
  /** k × q categorical modes. */
  readonly modes: Int32Array;
  readonly gamma: number;
  /** Total weighted cost (the k-prototypes objective). */
  readonly inertia: number;
  readonly startCosts: Float64Array;
}

interface Prototypes {
  centres: Float64Array;
  modes: Int32Array;
}

export function kprototypes(data: MixedData, k: number, options: KPrototypesOptions = {}): KPrototypesFit {
  const { numeric, categorical, levels } = data;
  const n = numeric.rows;
  const q = levels.length;
  if (n === 0 || numeric.cols + q === 0) throw new InputError(numeric.cols + q === 0 ? clusterMessages.noColumns : clusterMessages.noRows);
  if (numeric.cols > 0) checkClusterInput(numeric, k, options.weights);
  else if (!Number.isInteger(k) || k < 1) throw new UsageError(clusterMessages.kRange(k));
  else if (n < k) throw new UsageError(clusterMessages.kAboveRows(k, n));
  checkWeights(options.weights, n);
  for (let i = 0; i < n * q; i++) {
    const c = categorical[i]!;
    if (!(c >= 0 && c < levels[i % q]!)) throw new InputError(clusterMessages.nonFiniteValue(Math.floor(i / q) + 1, numeric.cols + (i % q) + 1));
  }
  const gamma = options.gamma ?? defaultGamma(numeric, options.weights);
  const starts = options.starts ?? 10;
  if (!Number.isInteger(starts) || starts < 1) throw new UsageError(clusterMessages.startsRange(starts));
  const costs = new Float64Array(starts);
  let best: { labels: Int32Array; protos: Prototypes; cost: number; iterations: number; converged: boolean } | undefined;
  for (let s = 0; s < starts; s++) {
    const rng = createRng(options.seed ?? 42).fork(s);
    const run = runFrom(data, k, gamma, seed(data, k, gamma, options.weights, rng), options);
    costs[s] = run.cost;
    if (best === undefined || run.cost < best.cost) best = run;
  }
  const fit = best!;
  const sizes = segmentSizes(fit.labels, k, options.weights);
  const { order, rank } = canonicalOrder(sizes, fit.protos.centres, numeric.cols);
  return {
    method: 'kprototypes', k, gamma,
    labels: relabel(fit.labels, rank),
    probability: new Float64Array(n).fill(1),
    sizes: Float64Array.from(order, (old) => sizes[old]!),
    iterations: fit.iterations,
    converged: fit.converged,
    inertia: fit.cost,
    centres: permuteRows(fit.protos.centres, order, numeric.cols),
    modes: Int32Array.from({ length: k * q }, (_, i) => fit.protos.modes[order[Math.floor(i / q)]! * q + (i % q)]!),
    startCosts: costs,
  };
}

/** Half the mean (weighted) standard deviation of the numeric columns; 1 when there are none. */
export function defaultGamma(x: Matrix, weights?: Float64Array): number {
  const { rows: n, cols: p, data } = x;
  if (p === 0) return 1;
  let sdTotal = 0;
  for (let j = 0; j < p; j++) {
    let sw = 0;
    let mean = 0;
    for (let i = 0; i < n; i++) {
      const w = weights === undefined ? 1 : weights[i]!;
      sw += w;
      mean += w * data[i * p + j]!;
    }
    mean /= sw;
    let v = 0;
    for (let i = 0; i < n; i++) v += (weights === undefined ? 1 : weights[i]!) * (data[i * p + j]! - mean) ** 2;
    sdTotal += Math.sqrt(v / sw);
  }
  return 0.5 * (sdTotal / p);
}

function cost(data: MixedData, gamma: number, i: number, protos: Prototypes, c: number): number {
  const p = data.numeric.cols;
  const q = data.levels.length;
  let mismatches = 0;
  for (let j = 0; j < q; j++) if (data.categorical[i * q + j] !== protos.modes[c * q + j]) mismatches++;
  return (p > 0 ? squaredDistance(data.numeric.data, i * p, protos.centres, c * p, p) : 0) + gamma * mismatches;
}

/** k-means++ under the mixed cost: each next prototype is a row drawn ∝ weight × cost to the nearest. */
function seed(data: MixedData, k: number, gamma: number, weights: Float64Array | undefined, rng: Rng): Prototypes {
  const n = data.numeric.rows;
  const p = data.numeric.cols;
  const q = data.levels.length;
  const protos: Prototypes = { centres: new Float64Array(k * p), modes: new Int32Array(k * q) };
  const place = (c: number, row: number): void => {
    protos.centres.set(data.numeric.data.subarray(row * p, row * p + p), c * p);
    protos.modes.set(data.categorical.subarray(row * q, row * q + q), c * q);
  };
  place(0, rng.int(n));
  const nearest = Float64Array.from({ length: n }, (_, i) => cost(data, gamma, i, protos, 0));
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let i = 0; i < n; i++) total += (weights === undefined ? 1 : weights[i]!) * nearest[i]!;
    if (!(total > 0)) throw new UsageError(clusterMessages.kAboveDistinct(k, c));
    const target = rng.next() * total;
    let row = 0;
    let cumulative = 0;
    for (; row < n - 1; row++) {
      const mass = (weights === undefined ? 1 : weights[row]!) * nearest[row]!;
      if (mass > 0 && cumulative + mass >= target) break;
      cumulative += mass;
    }
    while (nearest[row] === 0 && row > 0) row--;
    place(c, row);
    for (let i = 0; i < n; i++) nearest[i] = Math.min(nearest[i]!, cost(data, gamma, i, protos, c));
  }
  return protos;
}

function runFrom(data: MixedData, k: number, gamma: number, protos: Prototypes, options: KPrototypesOptions) {
  const n = data.numeric.rows;
  const labels = new Int32Array(n).fill(-1);
  const maxIterations = options.maxIterations ?? 100;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    let changed = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestCost = Infinity;
      for (let c = 0; c < k; c++) {
        const v = cost(data, gamma, i, protos, c);
        if (v < bestCost) {
          bestCost = v;
          best = c;
        }
      }
      if (labels[i] !== best) changed++;
      labels[i] = best;
    }
    if (changed === 0) {
      converged = true;
      break;
    }
    update(data, k, labels, options.weights, protos);
  }
  let total = 0;
  for (let i = 0; i < n; i++) total += (options.weights === undefined ? 1 : options.weights[i]!) * cost(data, gamma, i, protos, labels[i]!);
  return { labels, protos, cost: total, iterations, converged };
}

/** Weighted means and modes of each segment; an empty segment keeps its prototype. */
function update(data: MixedData, k: number, labels: Int32Array, weights: Float64Array | undefined, protos: Prototypes): void {
  const { numeric, categorical, levels } = data;
  const p = numeric.cols;
  const q = levels.length;
  const sums = new Float64Array(k * p);
  const totals = new Float64Array(k);
  const offsets = new Int32Array(q + 1);
  for (let j = 0; j < q; j++) offsets[j + 1] = offsets[j]! + levels[j]!;
  const counts = new Float64Array(k * offsets[q]!);
  for (let i = 0; i < numeric.rows; i++) {
    const c = labels[i]!;
    const w = weights === undefined ? 1 : weights[i]!;
    totals[c]! += w;
    for (let j = 0; j < p; j++) sums[c * p + j]! += w * numeric.data[i * p + j]!;
    for (let j = 0; j < q; j++) counts[c * offsets[q]! + offsets[j]! + categorical[i * q + j]!]! += w;
  }
  for (let c = 0; c < k; c++) {
    if (!(totals[c]! > 0)) continue;
    for (let j = 0; j < p; j++) protos.centres[c * p + j] = sums[c * p + j]! / totals[c]!;
    for (let j = 0; j < q; j++) {
      let bestLevel = 0;
      for (let l = 1; l < levels[j]!; l++) {
        if (counts[c * offsets[q]! + offsets[j]! + l]! > counts[c * offsets[q]! + offsets[j]! + bestLevel]!) bestLevel = l;
      }
      protos.modes[c * q + j] = bestLevel;
    }
  }
}
