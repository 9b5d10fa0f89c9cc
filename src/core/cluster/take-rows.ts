/**
 * The rows of a matrix (or vector) at the given indices, repeats allowed, as a new matrix: bootstrap
 * resamples and silhouette samples. Complexity O(m d).
 *
 * @example takeRows(fromRows([[1], [2], [3]]), Int32Array.of(2, 2)).data // [3, 3]
 */
import type { Matrix } from '../matrix/matrix.js';

export function takeRows(x: Matrix, rows: ArrayLike<number>): Matrix {
  const d = x.cols;
  const data = new Float64Array(rows.length * d);
  for (let i = 0; i < rows.length; i++) data.set(x.data.subarray(rows[i]! * d, rows[i]! * d + d), i * d);
  return { rows: rows.length, cols: d, data };
}

export function takeValues(values: Float64Array, rows: ArrayLike<number>): Float64Array {
  return Float64Array.from({ length: rows.length }, (_, i) => values[rows[i]!]!);
}
