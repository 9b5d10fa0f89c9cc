/**
 * Canonical class order, so the same data give the same class labels on every run and from every
 * start (no label switching in outputs): classes are sorted by share, largest first; classes whose
 * shares agree to 1e-9 are ordered by their item-response probabilities, compared cell by cell
 * (item 1 level 1, item 1 level 2, …), larger first. This is also the order of poLCA tables
 * sorted by descending share, as in ../shared/data/polca-*\/expected_results.txt. Regression
 * coefficients are re-expressed against the new class 0 (the largest).
 *
 * Complexity: O(k log k · Σ L_j).
 *
 * @example
 * const ordered = orderLcaClasses({ k: 2, shares: Float64Array.of(0.3, 0.7), probabilities });
 * ordered.shares;   // Float64Array [0.7, 0.3]
 */
import type { LcaParameters } from './lca-parameters.js';

const TIE = 1e-9;

/** The permutation: order[newClass] = oldClass. */
export function lcaClassOrder(params: LcaParameters): Int32Array {
  const { k, shares, probabilities } = params;
  const cells = probabilities.length / k;
  const classes = Array.from({ length: k }, (_, r) => r);
  classes.sort((a, b) => {
    const bySize = shares[b]! - shares[a]!;
    if (Math.abs(bySize) > TIE) return bySize;
    for (let c = 0; c < cells; c++) {
      const d = probabilities[c * k + b]! - probabilities[c * k + a]!;
      if (Math.abs(d) > TIE) return d;
    }
    return a - b;
  });
  return Int32Array.from(classes);
}

/** Parameters with classes renumbered by `order` (order[new] = old). */
export function permuteLcaParameters(params: LcaParameters, order: Int32Array): LcaParameters {
  const { k } = params;
  const cells = params.probabilities.length / k;
  const shares = new Float64Array(k);
  const probabilities = new Float64Array(params.probabilities.length);
  for (let r = 0; r < k; r++) {
    const old = order[r]!;
    shares[r] = params.shares[old]!;
    for (let c = 0; c < cells; c++) probabilities[c * k + r] = params.probabilities[c * k + old]!;
  }
  if (params.coefficients === undefined) return { k, shares, probabilities };
  return { k, shares, probabilities, coefficients: rereference(params.coefficients, k, order) };
}

/**
 * Logit coefficients after renumbering: with β_0 = 0 for the old reference, the new class r gets
 * β_old(order[r]) − β_old(order[0]), so the new class 0 is the reference.
 */
function rereference(coefficients: Float64Array, k: number, order: Int32Array): Float64Array {
  const s = coefficients.length / (k - 1);
  const beta = (cls: number, c: number): number => (cls === 0 ? 0 : coefficients[(cls - 1) * s + c]!);
  const out = new Float64Array(coefficients.length);
  for (let r = 1; r < k; r++) for (let c = 0; c < s; c++) out[(r - 1) * s + c] = beta(order[r]!, c) - beta(order[0]!, c);
  return out;
}

export function orderLcaClasses(params: LcaParameters): LcaParameters {
  return permuteLcaParameters(params, lcaClassOrder(params));
}
