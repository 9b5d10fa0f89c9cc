/** Running per-cluster sums, weights and counts, and the inertia (centre-update.ts, add-row.ts, reassign-row.ts). */
import { squaredDistance } from './distance';
import { f64At, i32At, row, setF64, setI32, weightOf } from './memory';

/** sums[to] += w · x, sums[from] −= w · x, in the pair order of add-row.ts's `moveRow`. */
@inline export function moveRow(sums: usize, from: i32, to: i32, x: usize, d: i32, w: f64): void {
  const f = sums + ((<usize>from * <usize>d) << 3);
  const t = sums + ((<usize>to * <usize>d) << 3);
  const wv = f64x2.splat(w);
  let j = 0;
  for (; j + 1 < d; j += 2) {
    const at = <usize>j << 3;
    const v = f64x2.mul(wv, v128.load(x + at));
    v128.store(f + at, f64x2.sub(v128.load(f + at), v));
    v128.store(t + at, f64x2.add(v128.load(t + at), v));
  }
  for (; j < d; j++) {
    const v = w * f64At(x, j);
    setF64(f, j, f64At(f, j) - v);
    setF64(t, j, f64At(t, j) + v);
  }
}

/** reassign-row.ts: label, running sums, counts and weights (an emptied cluster's weight is an exact 0). */
@inline export function reassign(
  x: usize, d: i32, w: f64, labels: usize, i: i32, from: i32, to: i32,
  sums: usize, clusterWeights: usize, counts: usize,
): void {
  setI32(labels, i, to);
  moveRow(sums, from, to, x, d, w);
  const left = i32At(counts, from) - 1;
  setI32(counts, from, left);
  setF64(clusterWeights, from, left == 0 ? 0 : f64At(clusterWeights, from) - w);
  setI32(counts, to, i32At(counts, to) + 1);
  setF64(clusterWeights, to, f64At(clusterWeights, to) + w);
}

/**
 * centre-update.ts's `clusterSums` plus the row counts: adds rows [from, to) to the per-cluster weighted
 * sums (k × d), weights and counts, in index order so the sums round exactly as there (the caller zeroes
 * them before the first block).
 */
export function clusterSums(
  data: usize, n: i32, d: i32, k: i32, labels: usize, weights: usize, weighted: bool,
  sums: usize, clusterWeights: usize, counts: usize, from: i32, to: i32,
): void {
  for (let i = from; i < to; i++) {
    const c = i32At(labels, i);
    const w = weightOf(weights, weighted, i);
    addRow(row(sums, c, d), row(data, i, d), d, w);
    setF64(clusterWeights, c, f64At(clusterWeights, c) + w);
    setI32(counts, c, i32At(counts, c) + 1);
  }
}

/** centre-update.ts's `inertiaOf`: Σ w_i ‖x_i − centre(label_i)‖², in row order. */
export function inertia(
  data: usize, n: i32, d: i32, labels: usize, weights: usize, weighted: bool, centres: usize,
  from: i32, to: i32, totalSoFar: f64,
): f64 {
  let total = totalSoFar;
  for (let i = from; i < to; i++) {
    total += weightOf(weights, weighted, i) * squaredDistance(row(data, i, d), row(centres, i32At(labels, i), d), d);
  }
  return total;
}

/** target += w · x, element by element (add-row.ts's `addRow`). */
@inline export function addRow(target: usize, x: usize, d: i32, w: f64): void {
  const wv = f64x2.splat(w);
  let j = 0;
  for (; j + 1 < d; j += 2) {
    const at = <usize>j << 3;
    v128.store(target + at, f64x2.add(v128.load(target + at), f64x2.mul(wv, v128.load(x + at))));
  }
  for (; j < d; j++) setF64(target, j, f64At(target, j) + w * f64At(x, j));
}
