/**
 * Covariates of a latent class regression (poLCA's `cbind(items) ~ x1 + x2`): the n × S design
 * matrix with a leading intercept column, which rows have every covariate (poLCA always drops rows
 * with a missing covariate, whatever `na.rm` says), and the compression key that keeps two rows in
 * one pattern only when their answers and covariates are identical (their class priors then agree).
 *
 * NaN is a missing covariate; ±Infinity is an error.
 *
 * Reference: poLCA 1.6 `poLCA()` (model.matrix with intercept; rows with missing covariates removed).
 * Complexity: O(n · S).
 *
 * @example
 * const cov = readCovariates({ rows: 3, cols: 1, data: Float64Array.of(1, NaN, 3) }, 3);
 * cov.columns;   // 2 (intercept and x1)
 * cov.complete;  // Uint8Array [1, 0, 1]
 */
import { InputError } from '../../lib/errors.js';
import { modelMessages } from '../../lib/messages/model.js';
import type { Matrix } from '../matrix/matrix.js';

export interface Covariates {
  /** S = covariates + 1 (intercept first). */
  readonly columns: number;
  /** n × S, row-major, intercept 1 in column 0. */
  readonly values: Float64Array;
  /** 1 when every covariate of the row is present. */
  readonly complete: Uint8Array;
}

export function readCovariates(x: Matrix, rows: number): Covariates {
  if (x.rows !== rows) throw new InputError(modelMessages.lcaCovariatesRows(x.rows, rows));
  const columns = x.cols + 1;
  const values = new Float64Array(rows * columns);
  const complete = new Uint8Array(rows).fill(1);
  for (let i = 0; i < rows; i++) {
    values[i * columns] = 1;
    for (let s = 0; s < x.cols; s++) {
      const v = x.data[i * x.cols + s]!;
      if (Number.isNaN(v)) complete[i] = 0;
      else if (!Number.isFinite(v)) throw new InputError(modelMessages.lcaCovariateInvalid(i + 1, s, v), { row: i + 1, value: String(v) });
      values[i * columns + s + 1] = v;
    }
  }
  return { columns, values, complete };
}

/**
 * Row-major keys of width J + 2·(S − 1): the item codes followed by the two 32-bit halves of each
 * covariate's float64, so equal keys mean equal answers and equal covariates.
 */
export function covariateKeys(codes: Int32Array, items: number, cov: Covariates, rows: number): { keys: Int32Array; width: number } {
  const extra = cov.columns - 1;
  const width = items + 2 * extra;
  const keys = new Int32Array(rows * width);
  const bits = new Float64Array(1);
  const halves = new Int32Array(bits.buffer);
  for (let i = 0; i < rows; i++) {
    keys.set(codes.subarray(i * items, (i + 1) * items), i * width);
    for (let s = 0; s < extra; s++) {
      bits[0] = cov.values[i * cov.columns + s + 1]!;
      keys[i * width + items + 2 * s] = halves[0]!;
      keys[i * width + items + 2 * s + 1] = halves[1]!;
    }
  }
  return { keys, width };
}
