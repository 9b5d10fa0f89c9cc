/**
 * One EM pass of a Gaussian mixture over the rows: the E-step (responsibilities of the current
 * parameters) fused with the sums the M-step needs, so the data are read once per iteration and no
 * n × k responsibility matrix is kept. The sums are taken around the current means (a shifted
 * one-pass algorithm), which keeps the covariance update free of the cancellation of E[x²] − E[x]²:
 *   N_c = Σ_i w_i r_ic,  S1_c = Σ_i w_i r_ic (x_i − μ_c),  S2_c = Σ_i w_i r_ic (x_i − μ_c)(x_i − μ_c)ᵀ
 * (lower triangle for full, diagonal for diag). Returns Σ_i w_i log p(x_i), the weighted
 * log-likelihood of the current parameters. Rows go through in blocks of 64 (gmm-block.ts), so
 * the sums over a block are register-held dot products.
 *
 * Reference: Bishop (2006) PRML section 9.2.2; Chan, Golub & LeVeque (1983) on shifted sums.
 * Complexity: O(n k d²) full, O(n k d) diag; O(k d²) memory.
 *
 * @example
 * const stats = emptyGmmStats(k, d, 'full');
 * const ll = gmmEmPass(x, weights, gaussianComponents(params), stats);
 * const next = gmmMStep(stats, params, 1e-6);
 */
import type { Matrix } from '../matrix/matrix.js';
import type { GaussianComponents } from './gaussian-components.js';
import type { CovarianceType } from './gmm-parameters.js';
import { covarianceSize } from './gmm-parameters.js';
import type { Block } from './gmm-block.js';
import { addBlockOuterProducts, blockLogJoint, createBlock, normalizeBlockRow } from './gmm-block.js';

export interface GmmStats {
  /** N_c, length k. */
  readonly weight: Float64Array;
  /** S1, k × d. */
  readonly first: Float64Array;
  /** S2, k × d × d (lower triangle filled) or k × d. */
  readonly second: Float64Array;
}

export function emptyGmmStats(k: number, d: number, covarianceType: CovarianceType): GmmStats {
  return { weight: new Float64Array(k), first: new Float64Array(k * d), second: new Float64Array(k * covarianceSize(d, covarianceType)) };
}

export function gmmEmPass(x: Matrix, rowWeight: Float64Array | null, comps: GaussianComponents, stats: GmmStats): number {
  stats.weight.fill(0);
  stats.first.fill(0);
  stats.second.fill(0);
  return comps.covarianceType === 'full' ? fullPass(x, rowWeight, comps, stats) : diagPass(x, rowWeight, comps, stats);
}

/** Diagonal covariances: per block, Σ q·(x − μ) and Σ q·(x − μ)² per dimension over the block. */
function diagPass(x: Matrix, rowWeight: Float64Array | null, comps: GaussianComponents, stats: GmmStats): number {
  const { k, d } = comps;
  const { weight, first, second } = stats;
  const block = createBlock(k, d);
  const { columns, joint, padded, size } = block;
  let ll = 0;
  for (let from = 0; from < x.rows; from += size) {
    const count = Math.min(size, x.rows - from);
    ll += responsibilities(block, count, rowWeight, from, x.data, comps);
    for (let c = 0; c < k; c++) {
      let nk = 0;
      for (let t = 0; t < count; t++) nk += joint[c * size + t]!;
      weight[c] = weight[c]! + nk;
      for (let a = 0; a < d; a++) {
        const at = (c * padded + a) * size;
        let s1 = 0;
        let s2 = 0;
        for (let t = 0; t < count; t++) {
          const v = columns[at + t]!;
          const qv = joint[c * size + t]! * v;
          s1 += qv;
          s2 += qv * v;
        }
        first[c * d + a] = first[c * d + a]! + s1;
        second[c * d + a] = second[c * d + a]! + s2;
      }
    }
  }
  return ll;
}

/** E-step of one block: log joints, then weight × responsibility in `joint`; returns Σ w log p. */
function responsibilities(block: Block, count: number, rowWeight: Float64Array | null, from: number, data: Float64Array, comps: GaussianComponents): number {
  const { k, joint, size } = block;
  blockLogJoint(data, from, count, comps, block);
  let ll = 0;
  for (let t = 0; t < count; t++) {
    const w = rowWeight === null ? 1 : rowWeight[from + t]!;
    const density = normalizeBlockRow(block, t);
    if (w !== 0) ll += w * density;
    for (let c = 0; c < k; c++) joint[c * size + t] = w * joint[c * size + t]!;
  }
  return ll;
}

/**
 * Full covariances: per block, Σ q·(x − μ) and Σ q·(x − μ)(x − μ)ᵀ as dot products over the block
 * (gmm-block.ts).
 */
function fullPass(x: Matrix, rowWeight: Float64Array | null, comps: GaussianComponents, stats: GmmStats): number {
  const { k, d } = comps;
  const { weight, first } = stats;
  const block = createBlock(k, d);
  const { columns, weighted, joint, padded, size } = block;
  let ll = 0;
  for (let from = 0; from < x.rows; from += size) {
    const count = Math.min(size, x.rows - from);
    ll += responsibilities(block, count, rowWeight, from, x.data, comps);
    for (let c = 0; c < k; c++) {
      let nk = 0;
      for (let t = 0; t < count; t++) nk += joint[c * size + t]!;
      weight[c] = weight[c]! + nk;
      for (let a = 0; a < d; a++) {
        const at = (c * padded + a) * size;
        let s = 0;
        for (let t = 0; t < count; t++) {
          const v = joint[c * size + t]! * columns[at + t]!;
          weighted[at + t] = v;
          s += v;
        }
        first[c * d + a] = first[c * d + a]! + s;
      }
    }
    addBlockOuterProducts(block, count, stats.second);
  }
  return ll;
}
