/**
 * The kernels of the mixture passes, on blocks of 64 rows at a time. Each
 * component's differences x − μ_c are copied column-major (dimension by row), so the Mahalanobis
 * terms ‖L_c⁻¹ (x − μ_c)‖² and the outer-product sums of the M-step become dot products over the
 * block, computed four rows (or a 2 × 2 tile) at a time in local variables: one load per
 * multiply-add instead of two loads and a store, which is what makes scalar JavaScript keep pace
 * with BLAS-based implementations here. The dimension is padded to even with zeros so every
 * 2 × 2 tile is whole. Diagonal covariances use the same layout with a per-dimension loop.
 *
 * Reference: Goto & van de Geijn (2008), Anatomy of high-performance matrix multiplication (register
 * blocking); the log-density as in gaussian-components.ts.
 * Complexity: O(count · k · d²) per block (full), O(count · k · d) (diag).
 *
 * @example
 * const block = createBlock(k, d);
 * blockLogJoint(x.data, i0, count, components, block);   // block.joint[c * block.size + t]
 */
import type { GaussianComponents } from './gaussian-components.js';

/** Rows per block. */
const BLOCK = 64;

export interface Block {
  /** Rows per block (64). */
  readonly size: number;
  readonly k: number;
  readonly d: number;
  /** d rounded up to even. */
  readonly padded: number;
  /** columns[(c · padded + a) · BLOCK + t] = x_t[a] − μ_c[a]. */
  readonly columns: Float64Array;
  /** Scratch of the same layout (e.g. q · (x − μ)). */
  readonly weighted: Float64Array;
  /** joint[c · BLOCK + t]: log w_c + log N(x_t | c), then responsibilities after normalisation. */
  readonly joint: Float64Array;
  readonly maha: Float64Array;
}

export function createBlock(k: number, d: number): Block {
  const padded = d + (d & 1);
  return {
    size: BLOCK,
    k,
    d,
    padded,
    columns: new Float64Array(k * padded * BLOCK),
    weighted: new Float64Array(k * padded * BLOCK),
    joint: new Float64Array(k * BLOCK),
    maha: new Float64Array(BLOCK),
  };
}

/** Log joints of rows from..from+count-1 (count ≤ BLOCK) for every component. */
export function blockLogJoint(data: Float64Array, from: number, count: number, comps: GaussianComponents, block: Block): void {
  if (comps.covarianceType === 'diag') {
    diagLogJoint(data, from, count, comps, block);
    return;
  }
  const { k, d, means, factor, logNorm } = comps;
  const { padded, columns, joint, maha } = block;
  const span = (count + 3) & ~3;
  for (let c = 0; c < k; c++) {
    const base = c * padded * BLOCK;
    for (let a = 0; a < d; a++) {
      const mu = means[c * d + a]!;
      const at = base + a * BLOCK;
      for (let t = 0; t < count; t++) columns[at + t] = data[(from + t) * d + a]! - mu;
    }
    maha.fill(0);
    const f = c * d * d;
    for (let a = 0; a < d; a++) {
      const row = f + a * d;
      for (let t = 0; t < span; t += 4) {
        let z0 = 0;
        let z1 = 0;
        let z2 = 0;
        let z3 = 0;
        for (let b = 0; b <= a; b++) {
          const l = factor[row + b]!;
          const at = base + b * BLOCK + t;
          z0 += l * columns[at]!;
          z1 += l * columns[at + 1]!;
          z2 += l * columns[at + 2]!;
          z3 += l * columns[at + 3]!;
        }
        maha[t] = maha[t]! + z0 * z0;
        maha[t + 1] = maha[t + 1]! + z1 * z1;
        maha[t + 2] = maha[t + 2]! + z2 * z2;
        maha[t + 3] = maha[t + 3]! + z3 * z3;
      }
    }
    for (let t = 0; t < count; t++) joint[c * BLOCK + t] = logNorm[c]! - 0.5 * maha[t]!;
  }
}

/** Diagonal covariances: Σ_a (x_a − μ_a)² / σ²_a, with the differences kept column-major as well. */
function diagLogJoint(data: Float64Array, from: number, count: number, comps: GaussianComponents, block: Block): void {
  const { k, d, means, factor, logNorm } = comps;
  const { padded, columns, joint, maha } = block;
  for (let c = 0; c < k; c++) {
    const base = c * padded * BLOCK;
    maha.fill(0);
    for (let a = 0; a < d; a++) {
      const mu = means[c * d + a]!;
      const precision = factor[c * d + a]!;
      const at = base + a * BLOCK;
      for (let t = 0; t < count; t++) {
        const v = data[(from + t) * d + a]! - mu;
        columns[at + t] = v;
        maha[t] = maha[t]! + v * v * precision;
      }
    }
    for (let t = 0; t < count; t++) joint[c * BLOCK + t] = logNorm[c]! - 0.5 * maha[t]!;
  }
}

/** Normalises row t's joints into responsibilities in place; returns its log density. */
export function normalizeBlockRow(block: Block, t: number): number {
  const { k, joint } = block;
  let max = joint[t]!;
  for (let c = 1; c < k; c++) if (joint[c * BLOCK + t]! > max) max = joint[c * BLOCK + t]!;
  let total = 0;
  for (let c = 0; c < k; c++) {
    const e = Math.exp(joint[c * BLOCK + t]! - max);
    joint[c * BLOCK + t] = e;
    total += e;
  }
  const inv = 1 / total;
  for (let c = 0; c < k; c++) joint[c * BLOCK + t] = joint[c * BLOCK + t]! * inv;
  return max + Math.log(total);
}

/** second[c][a][b] += Σ_t weighted[c][a][t] · columns[c][b][t] over the lower triangle (b ≤ a). */
export function addBlockOuterProducts(block: Block, count: number, second: Float64Array): void {
  const { k, d, padded, columns, weighted } = block;
  const span = count;
  for (let c = 0; c < k; c++) {
    const base = c * padded * BLOCK;
    const out = c * d * d;
    for (let a = 0; a < padded; a += 2) {
      const wa0 = base + a * BLOCK;
      const wa1 = wa0 + BLOCK;
      for (let b = 0; b <= a; b += 2) {
        const cb0 = base + b * BLOCK;
        const cb1 = cb0 + BLOCK;
        let s00 = 0;
        let s01 = 0;
        let s10 = 0;
        let s11 = 0;
        for (let t = 0; t < span; t++) {
          const x0 = weighted[wa0 + t]!;
          const x1 = weighted[wa1 + t]!;
          const y0 = columns[cb0 + t]!;
          const y1 = columns[cb1 + t]!;
          s00 += x0 * y0;
          s01 += x0 * y1;
          s10 += x1 * y0;
          s11 += x1 * y1;
        }
        second[out + a * d + b] = second[out + a * d + b]! + s00;
        if (b + 1 <= a) second[out + a * d + b + 1] = second[out + a * d + b + 1]! + s01;
        if (a + 1 < d) {
          second[out + (a + 1) * d + b] = second[out + (a + 1) * d + b]! + s10;
          if (b + 1 < d) second[out + (a + 1) * d + b + 1] = second[out + (a + 1) * d + b + 1]! + s11;
        }
      }
    }
  }
}
