/**
 * Parameters of a latent class model and the two ways they are laid out.
 *
 * Inside the EM loops the item-response probabilities are one flat Float64Array, cell-major with the
 * class innermost: `probabilities[cell * k + r]` = P(item j = level l | class r), cell = offset[j] + l - 1.
 * A row then adds k contiguous numbers per answered item. Outside (results, JSON, tests) they are
 * one k × L_j row-major matrix per item, the layout of poLCA's `probs`.
 *
 * `randomLcaStart` draws starting values the way poLCA does: for every item and class, L_j uniform
 * numbers normalised to sum to 1, and equal class shares (Linzer & Lewis 2011, section 3).
 *
 * Complexity: O(k · Σ L_j).
 *
 * @example
 * const start = randomLcaStart(Int32Array.of(2, 3), 2, createRng(1));
 * start.shares;                     // Float64Array [0.5, 0.5]
 * toItemProbabilities(start, Int32Array.of(2, 3))[1]!.length;   // 6 (2 classes x 3 levels)
 */
import type { Rng } from '../random/rng.js';

export interface LcaParameters {
  readonly k: number;
  /** Class shares (mixing proportions), length k, summing to 1. */
  readonly shares: Float64Array;
  /** Cell-major probabilities, length (Σ L_j) · k; see the file comment. */
  readonly probabilities: Float64Array;
  /**
   * Latent class regression only: (k − 1) × S logit coefficients, class-major, class 0 the
   * reference (lcr-log-prior.ts). `shares` are then the mean priors (poLCA's P).
   */
  readonly coefficients?: Float64Array;
}

export function randomLcaStart(levels: Int32Array, k: number, rng: Rng): LcaParameters {
  const cells = sum(levels);
  const probabilities = new Float64Array(cells * k);
  let offset = 0;
  for (const l of levels) {
    for (let r = 0; r < k; r++) {
      let total = 0;
      for (let c = 0; c < l; c++) {
        // 1 - next() lies in (0, 1]: a start never has an exact zero, which EM could never leave
        const u = 1 - rng.next();
        probabilities[(offset + c) * k + r] = u;
        total += u;
      }
      for (let c = 0; c < l; c++) probabilities[(offset + c) * k + r]! /= total;
    }
    offset += l;
  }
  return { k, shares: new Float64Array(k).fill(1 / k), probabilities };
}

/** Per item, a k × L_j row-major matrix of P(level | class). */
export function toItemProbabilities(params: LcaParameters, levels: Int32Array): Float64Array[] {
  const { k } = params;
  const out: Float64Array[] = [];
  let offset = 0;
  for (const l of levels) {
    const m = new Float64Array(k * l);
    for (let r = 0; r < k; r++) for (let c = 0; c < l; c++) m[r * l + c] = params.probabilities[(offset + c) * k + r]!;
    out.push(m);
    offset += l;
  }
  return out;
}

/** The inverse of `toItemProbabilities`. */
export function fromItemProbabilities(shares: Float64Array, items: readonly Float64Array[], levels: Int32Array): LcaParameters {
  const k = shares.length;
  const probabilities = new Float64Array(sum(levels) * k);
  let offset = 0;
  levels.forEach((l, j) => {
    const m = items[j]!;
    for (let r = 0; r < k; r++) for (let c = 0; c < l; c++) probabilities[(offset + c) * k + r] = m[r * l + c]!;
    offset += l;
  });
  return { k, shares: Float64Array.from(shares), probabilities };
}

function sum(levels: Int32Array): number {
  let s = 0;
  for (const l of levels) s += l;
  return s;
}
