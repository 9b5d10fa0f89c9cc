/**
 * Prepared columns → one numeric matrix. Numeric columns pass through; a categorical column becomes one
 * 0/1 indicator per level ('one-hot', the default: no order is assumed), its level index ('ordinal', for
 * ordered answer scales, scaled like a number), or its level index kept as a code ('codes', for methods
 * that treat categories themselves, such as k-prototypes; never scaled). A missing category (code -1)
 * gives all-zero indicators, or -1 as an ordinal or code. Feature names say where each matrix column came
 * from ("region=West").
 *
 * Complexity O(n × features).
 *
 * @example
 * encodeColumns([categoricalColumn('r', ['a', 'b'])], 'one-hot').names // ['r=a', 'r=b']
 */
import type { Matrix } from '../matrix/matrix.js';
import type { PrepColumn } from './prep-column.js';

export type CategoricalEncoding = 'one-hot' | 'ordinal' | 'codes';

export interface Feature {
  readonly name: string;
  /** The input column. */
  readonly column: string;
  /** The level a one-hot indicator stands for. */
  readonly level?: string;
  readonly kind: 'numeric' | 'indicator' | 'ordinal' | 'categorical';
}

export interface Encoded {
  readonly x: Matrix;
  readonly features: Feature[];
}

export function encodeColumns(columns: readonly PrepColumn[], encoding: CategoricalEncoding): Encoded {
  const features: Feature[] = [];
  for (const column of columns) {
    if (column.kind === 'numeric') features.push({ name: column.name, column: column.name, kind: 'numeric' });
    else if (encoding !== 'one-hot') features.push({ name: column.name, column: column.name, kind: encoding === 'ordinal' ? 'ordinal' : 'categorical' });
    else for (const level of column.levels) features.push({ name: `${column.name}=${level}`, column: column.name, level, kind: 'indicator' });
  }
  const n = columns[0] === undefined ? 0 : columns[0].kind === 'numeric' ? columns[0].values.length : columns[0].codes.length;
  const d = features.length;
  const data = new Float64Array(n * d);
  let j = 0;
  for (const column of columns) {
    if (column.kind === 'numeric') {
      for (let i = 0; i < n; i++) data[i * d + j] = column.values[i]!;
      j++;
    } else if (encoding !== 'one-hot') {
      for (let i = 0; i < n; i++) data[i * d + j] = column.codes[i]!;
      j++;
    } else {
      for (let i = 0; i < n; i++) if (column.codes[i]! >= 0) data[i * d + j + column.codes[i]!] = 1;
      j += column.levels.length;
    }
  }
  return { x: { rows: n, cols: d, data }, features };
}
