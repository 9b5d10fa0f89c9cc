/**
 * Column scaling before distance-based clustering, so a column measured in thousands does not outvote
 * a 1–5 rating. 'z': subtract the (weighted) mean, divide by the (weighted, population) standard
 * deviation, as scikit-learn's StandardScaler (with_mean, with_std; ddof 0; a zero deviation scales by 1).
 * 'range': map [min, max] onto [0, 1] as MinMaxScaler. 'none': as is. Returns the centre and scale of each
 * column so new rows are scored the same way: (value − centre) / scale.
 *
 * Complexity O(n d).
 *
 * @example
 * standardize(fromRows([[1], [3]]), 'z').x.data // Float64Array [-1, 1] (centre 2, scale 1)
 */
import type { Matrix } from '../matrix/matrix.js';

export type Standardization = 'z' | 'range' | 'none';

export interface Scaling {
  readonly x: Matrix;
  readonly centre: Float64Array;
  readonly scale: Float64Array;
}

export function standardize(x: Matrix, method: Standardization, weights?: Float64Array): Scaling {
  const { rows: n, cols: d, data } = x;
  const centre = new Float64Array(d);
  const scale = new Float64Array(d).fill(1);
  if (method === 'z') {
    let total = 0;
    for (let i = 0; i < n; i++) {
      const w = weights === undefined ? 1 : weights[i]!;
      total += w;
      for (let j = 0; j < d; j++) centre[j]! += w * data[i * d + j]!;
    }
    for (let j = 0; j < d; j++) centre[j] = centre[j]! / total;
    const variance = new Float64Array(d);
    for (let i = 0; i < n; i++) {
      const w = weights === undefined ? 1 : weights[i]!;
      for (let j = 0; j < d; j++) variance[j]! += w * (data[i * d + j]! - centre[j]!) ** 2;
    }
    for (let j = 0; j < d; j++) scale[j] = variance[j]! > 0 ? Math.sqrt(variance[j]! / total) : 1;
  } else if (method === 'range') {
    for (let j = 0; j < d; j++) {
      let lo = Infinity;
      let hi = -Infinity;
      for (let i = 0; i < n; i++) {
        lo = Math.min(lo, data[i * d + j]!);
        hi = Math.max(hi, data[i * d + j]!);
      }
      centre[j] = n > 0 ? lo : 0;
      scale[j] = hi > lo ? hi - lo : 1;
    }
  }
  return { x: applyScaling(x, centre, scale), centre, scale };
}

/** (value − centre) / scale for every cell, into a new matrix. */
export function applyScaling(x: Matrix, centre: Float64Array, scale: Float64Array): Matrix {
  const { rows: n, cols: d, data } = x;
  const out = new Float64Array(n * d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) out[i * d + j] = (data[i * d + j]! - centre[j]!) / scale[j]!;
  return { rows: n, cols: d, data: out };
}
