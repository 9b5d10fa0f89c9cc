/**
 * Adjusted Rand index between two partitions of the same rows: 1 for identical partitions (up to
 * renaming), about 0 for chance agreement, negative below chance. Counts pairs of rows placed together
 * or apart by each partition, from the contingency table, as scikit-learn's `adjusted_rand_score`
 * (1.2, via `pair_confusion_matrix`). With weights a pair (i, j) counts w_i × w_j, so weights of 1 give the
 * unweighted index. Rows where either label is below 0 are left out.
 *
 * Reference: L. Hubert & P. Arabie, "Comparing partitions", J. Classification 2, 1985.
 * Complexity O(n + r c) for r × c segments.
 *
 * @example adjustedRand(Int32Array.of(0, 0, 1, 1), Int32Array.of(1, 1, 0, 0)) // 1
 */
import { labelIndex } from './label-index.js';

export function adjustedRand(a: ArrayLike<number>, b: ArrayLike<number>, weights?: Float64Array): number {
  if (a.length !== b.length) throw new RangeError(`adjustedRand requires two labellings of the same rows, got ${a.length} and ${b.length}`);
  const ia = labelIndex(a);
  const ib = labelIndex(b);
  const r = ia.count;
  const c = ib.count;
  const table = new Float64Array(r * c);
  let total = 0;
  let squaredWeights = 0;
  for (let i = 0; i < a.length; i++) {
    const x = ia.codes[i]!;
    const y = ib.codes[i]!;
    if (x < 0 || y < 0) continue;
    const w = weights === undefined ? 1 : weights[i]!;
    table[x * c + y]! += w;
    total += w;
    squaredWeights += w * w;
  }
  const rowSums = new Float64Array(r);
  const colSums = new Float64Array(c);
  let sumSquares = 0;
  for (let x = 0; x < r; x++) {
    for (let y = 0; y < c; y++) {
      const v = table[x * c + y]!;
      rowSums[x]! += v;
      colSums[y]! += v;
      sumSquares += v * v;
    }
  }
  let byCols = 0;
  let byRows = 0;
  for (let x = 0; x < r; x++) for (let y = 0; y < c; y++) {
    byCols += table[x * c + y]! * colSums[y]!;
    byRows += table[x * c + y]! * rowSums[x]!;
  }
  // pair confusion matrix: together in both (tp), only in b (fp), only in a (fn), apart in both (tn)
  const tp = sumSquares - squaredWeights;
  const fp = byCols - sumSquares;
  const fn = byRows - sumSquares;
  const tn = total * total - fp - fn - sumSquares;
  if (fn === 0 && fp === 0) return 1;
  return (2 * (tp * tn - fn * fp)) / ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn));
}
