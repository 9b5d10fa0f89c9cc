/**
 * Stratified k-fold assignment: each segment's rows are shuffled and dealt round-robin to the folds, so
 * every fold holds about the same share of every segment (what scikit-learn's StratifiedKFold aims for),
 * and small segments are never missing from a training fold when they have at least `folds` rows.
 *
 * Reference: Kohavi (1995), "A study of cross-validation and bootstrap for accuracy estimation", IJCAI.
 * Complexity: O(n).
 *
 * @example
 * stratifiedFolds(Int32Array.of(0, 0, 1, 1), 2, 2, createRng(1));   // e.g. Int32Array [1, 0, 0, 1]
 */
import { permutation, type Rng } from '../random/rng.js';

export function stratifiedFolds(y: Int32Array, k: number, folds: number, rng: Rng): Int32Array {
  if (!(Number.isInteger(folds) && folds >= 2)) throw new RangeError('folds must be a whole number of at least 2');
  const fold = new Int32Array(y.length);
  const members: number[][] = Array.from({ length: k }, () => []);
  y.forEach((label, i) => members[label]!.push(i));
  let next = 0;
  for (const rows of members) {
    const order = permutation(rows.length, rng);
    for (const position of order) {
      fold[rows[position]!] = next;
      next = (next + 1) % folds;
    }
  }
  return fold;
}
