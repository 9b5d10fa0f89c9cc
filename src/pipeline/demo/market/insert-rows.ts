/**
 * Inserts rows into a columnar table: each new row copies an existing template row and overrides a few
 * cells. Used to plant the demo's deliberately bad rows among good ones, where a reject report must find
 * them by row number.
 *
 * Complexity: O(rows · columns) (one copy of every column).
 *
 * @example
 * insertRows(t, [{ before: 10, template: 3, set: { npi: '1234567890' } }]); // the new row becomes index 10
 */
import { assertNever } from '../../../lib/assert-never.js';
import { nullDate, type Column, type ColumnData, type Table } from './table.js';

export type CellValue = number | string | boolean | null;

export interface RowInsert {
  /** Index in the original table before which the row goes (rows = append). */
  readonly before: number;
  /** Row of the original table whose values the new row starts from. */
  readonly template: number;
  /** Cells to override, by column name; enum cells take a label, date cells a day number. */
  readonly set: Readonly<Record<string, CellValue>>;
}

/** The table with the rows inserted, and the 0-based index each insert got in the new table. */
export function insertRows(t: Table, inserts: readonly RowInsert[]): { table: Table; positions: number[] } {
  const order = inserts.map((_, k) => k).sort((x, y) => inserts[x]!.before - inserts[y]!.before || x - y);
  // source[r] is the original row copied into new row r; insertAt[r] the insert it comes from, or -1
  const rows = t.rows + inserts.length;
  const source = new Int32Array(rows);
  const insertAt = new Int32Array(rows).fill(-1);
  const positions = new Array<number>(inserts.length).fill(0);
  let next = 0;
  let r = 0;
  for (let i = 0; i <= t.rows; i++) {
    while (next < order.length && inserts[order[next]!]!.before === i) {
      const k = order[next++]!;
      source[r] = inserts[k]!.template;
      insertAt[r] = k;
      positions[k] = r++;
    }
    if (i < t.rows) source[r++] = i;
  }
  const columns = t.columns.map((c) => copyColumn(c, source, (row) => (insertAt[row]! < 0 ? undefined : inserts[insertAt[row]!]!.set[c.name])));
  return { table: { name: t.name, rows, columns }, positions };
}

type Override = (row: number) => CellValue | undefined;

function copyColumn(c: Column, source: Int32Array, override: Override): Column {
  return { name: c.name, data: copyData(c.data, source, override) };
}

function fill<T extends { [i: number]: number }>(out: T, from: ArrayLike<number>, source: Int32Array, override: Override, convert: (v: CellValue) => number): T {
  for (let r = 0; r < source.length; r++) {
    const v = override(r);
    out[r] = v === undefined ? from[source[r]!]! : convert(v);
  }
  return out;
}

const toNumber = (nullValue: number) => (v: CellValue): number => (v === null ? nullValue : Number(v));

function copyData(d: ColumnData, source: Int32Array, override: Override): ColumnData {
  const n = source.length;
  switch (d.kind) {
    case 'id':
      return { ...d, values: fill(new Int32Array(n), d.values, source, override, toNumber(-1)) };
    case 'mixed-id':
      return { ...d, tags: fill(new Uint8Array(n), d.tags, source, () => undefined, toNumber(0)), values: fill(new Int32Array(n), d.values, source, override, toNumber(-1)) };
    case 'text':
      return { kind: 'text', values: Array.from(source, (s, r) => { const v = override(r); return v === undefined ? (d.values[s] ?? null) : v === null ? null : String(v); }) };
    case 'enum':
      return { ...d, codes: fill(new Int16Array(n), d.codes, source, override, (v) => (v === null ? -1 : typeof v === 'string' ? d.labels.indexOf(v) : Number(v))) };
    case 'int':
    case 'float':
      return { ...d, values: fill(new Float64Array(n), d.values, source, override, toNumber(Number.NaN)) };
    case 'bool':
      return { ...d, values: fill(new Uint8Array(n), d.values, source, override, (v) => (v === null ? 2 : v ? 1 : 0)) };
    case 'date':
      return { ...d, values: fill(new Int32Array(n), d.values, source, override, toNumber(nullDate)) };
    case 'timestamp':
      return { ...d, values: fill(new Float64Array(n), d.values, source, override, toNumber(Number.NaN)) };
    default:
      return assertNever(d, 'column kind');
  }
}
