/**
 * Validation of a Gaussian-mixture input before any arithmetic, so bad data fail with one clear
 * catalogue message instead of NaN in the output: every value finite (NaN and ±Infinity name their
 * row, 1-based, and column), weights finite and ≥ 0 with a positive total, k a whole number with at
 * least k distinct rows (k-means seeding and EM need k different points).
 *
 * Complexity: O(n d) plus O(n · k · d) in the worst case for the distinct-row check (it stops as
 * soon as k distinct rows are seen, which is usually within the first rows).
 *
 * @example
 * checkGmmInput(x, 3, null, ['age', 'beds']);   // throws InputError for a NaN in `beds`
 */
import { InputError, UsageError } from '../../lib/errors.js';
import { modelMessages } from '../../lib/messages/model.js';
import type { Matrix } from '../matrix/matrix.js';

export function checkGmmInput(x: Matrix, k: number, weights: ArrayLike<number> | undefined, names?: readonly string[]): Float64Array | null {
  if (!Number.isInteger(k) || k < 1) throw new UsageError(modelMessages.kRange(k));
  if (x.rows === 0 || x.cols === 0) throw new InputError(modelMessages.gmmNoRows);
  const { rows: n, cols: d, data } = x;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      const v = data[i * d + j]!;
      if (!Number.isFinite(v)) {
        const name = names?.[j] ?? `x${j + 1}`;
        throw new InputError(modelMessages.gmmValueInvalid(name, i + 1, v), { row: i + 1, column: name, value: String(v) });
      }
    }
  }
  const rowWeight = readWeights(weights, n);
  const distinct = countDistinctRows(x, k);
  if (distinct < k) throw new UsageError(modelMessages.gmmTooFewRows(k, distinct));
  return rowWeight;
}

function readWeights(weights: ArrayLike<number> | undefined, n: number): Float64Array | null {
  if (weights === undefined) return null;
  if (weights.length !== n) throw new InputError(modelMessages.weightsLength(weights.length, n));
  const out = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (!Number.isFinite(w) || w < 0) throw new InputError(modelMessages.weightInvalid(i + 1, w), { row: i + 1, value: String(w) });
    out[i] = w;
    total += w;
  }
  if (!(total > 0)) throw new InputError(modelMessages.noWeight);
  return out;
}

/** Distinct rows, counting up to `limit`. */
function countDistinctRows(x: Matrix, limit: number): number {
  const { rows: n, cols: d, data } = x;
  const seen: number[] = [];
  for (let i = 0; i < n && seen.length < limit; i++) {
    const duplicate = seen.some((s) => {
      for (let j = 0; j < d; j++) if (data[s * d + j] !== data[i * d + j]) return false;
      return true;
    });
    if (!duplicate) seen.push(i);
  }
  return seen.length;
}
