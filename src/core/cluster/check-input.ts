/**
 * Guards shared by every clustering routine, so bad input fails with a clear message instead of NaN
 * centres: k must be a whole number no larger than the number of rows, every value finite, and weights
 * (when given) finite and positive, one per row. Complexity O(n d), one pass.
 *
 * @throws UsageError for k out of range; InputError for non-finite values or bad weights.
 */
import { InputError, UsageError } from '../../lib/errors.js';
import { clusterMessages } from '../../lib/messages/cluster.js';
import type { Matrix } from '../matrix/matrix.js';

export function checkClusterInput(x: Matrix, k: number, weights?: Float64Array): void {
  if (!Number.isInteger(k) || k < 1) throw new UsageError(clusterMessages.kRange(k));
  if (x.cols === 0) throw new InputError(clusterMessages.noColumns);
  if (x.rows === 0) throw new InputError(clusterMessages.noRows);
  if (x.rows < k) throw new UsageError(clusterMessages.kAboveRows(k, x.rows));
  const { data, cols } = x;
  for (let i = 0; i < data.length; i++) {
    if (!Number.isFinite(data[i]!)) throw new InputError(clusterMessages.nonFiniteValue(Math.floor(i / cols) + 1, (i % cols) + 1));
  }
  checkWeights(weights, x.rows);
}

export function checkWeights(weights: Float64Array | undefined, rows: number): void {
  if (weights === undefined) return;
  if (weights.length !== rows) throw new InputError(clusterMessages.weightsLength(weights.length, rows));
  for (let i = 0; i < rows; i++) {
    const w = weights[i]!;
    if (!(w > 0) || !Number.isFinite(w)) throw new InputError(clusterMessages.weightInvalid(i + 1, w));
  }
}
