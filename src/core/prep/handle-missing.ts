/**
 * Missing values before a distance-based fit. 'listwise' keeps only rows with every column present
 * (the default: nothing is invented, the rows left out are counted). 'mean' fills a numeric gap with the
 * column's (weighted) mean and a categorical gap with its most frequent level; 'mode' fills every gap with
 * the most frequent value (keeps a 1–5 rating on the scale). Latent class models handle gaps themselves
 * and do not come through here.
 *
 * Complexity O(n p) (mode: O(n p) with a hash map per column).
 *
 * @example
 * handleMissing([numericColumn('a', [1, NaN, 3])], 'mean').columns[0].values // [1, 2, 3]
 */
import type { PrepColumn } from './prep-column.js';
import { isMissing } from './prep-column.js';

export type MissingStrategy = 'listwise' | 'mean' | 'mode';

export interface ImputedColumn {
  readonly name: string;
  /** Cells filled in. */
  readonly filled: number;
  /** The value used (a number, or a categorical level). */
  readonly value: number | string;
}

export interface MissingResult {
  readonly columns: PrepColumn[];
  /** Input row of each output row. */
  readonly rows: Int32Array;
  /** Rows left out by listwise deletion. */
  readonly dropped: number;
  readonly imputed: ImputedColumn[];
}

export function handleMissing(columns: readonly PrepColumn[], strategy: MissingStrategy, weights?: Float64Array, rowsIn?: Int32Array): MissingResult {
  const n = rowsIn?.length ?? (columns[0] === undefined ? 0 : length(columns[0]));
  const candidates = rowsIn ?? Int32Array.from({ length: n }, (_, i) => i);
  if (strategy === 'listwise') {
    const rows = candidates.filter((row) => columns.every((c) => !isMissing(c, row)));
    return { columns: columns.map((c) => subset(c, rows)), rows, dropped: candidates.length - rows.length, imputed: [] };
  }
  const imputed: ImputedColumn[] = [];
  const filled = columns.map((column) => {
    const part = subset(column, candidates);
    const gaps = candidates.reduce((count, row) => count + (isMissing(column, row) ? 1 : 0), 0);
    if (gaps === 0) return part;
    const w = weights === undefined ? undefined : Float64Array.from(candidates, (row) => weights[row]!);
    if (part.kind === 'categorical') {
      const code = modeOf(part.codes, (v) => v < 0, w);
      imputed.push({ name: part.name, filled: gaps, value: part.levels[code]! });
      return { ...part, codes: part.codes.map((c) => (c < 0 ? code : c)) };
    }
    const value = strategy === 'mode' ? modeOf(part.values, Number.isNaN, w) : meanOf(part.values, w);
    imputed.push({ name: part.name, filled: gaps, value });
    return { ...part, values: part.values.map((v) => (Number.isNaN(v) ? value : v)) };
  });
  return { columns: filled, rows: candidates, dropped: 0, imputed };
}

const length = (c: PrepColumn): number => (c.kind === 'numeric' ? c.values.length : c.codes.length);

function subset(column: PrepColumn, rows: Int32Array): PrepColumn {
  return column.kind === 'numeric'
    ? { ...column, values: Float64Array.from(rows, (r) => column.values[r]!) }
    : { ...column, codes: Int32Array.from(rows, (r) => column.codes[r]!) };
}

function meanOf(values: Float64Array, weights?: Float64Array): number {
  let total = 0;
  let weight = 0;
  values.forEach((v, i) => {
    if (Number.isNaN(v)) return;
    const w = weights === undefined ? 1 : weights[i]!;
    total += w * v;
    weight += w;
  });
  return total / weight;
}

/** Most frequent (weighted) present value; ties go to the smallest value. */
function modeOf(values: ArrayLike<number>, missing: (v: number) => boolean, weights?: Float64Array): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!missing(v)) counts.set(v, (counts.get(v) ?? 0) + (weights === undefined ? 1 : weights[i]!));
  }
  let best = NaN;
  let bestCount = -Infinity;
  for (const [v, count] of counts) {
    if (count > bestCount || (count === bestCount && v < best)) {
      best = v;
      bestCount = count;
    }
  }
  return best;
}
