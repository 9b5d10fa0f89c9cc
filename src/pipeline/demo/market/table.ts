/**
 * The columnar shape the demo market is built in: one typed array (or label array) per column, so a
 * million-row table is a handful of allocations, not a million row objects. Nulls have one sentinel per
 * kind (documented on each variant). `csv.ts` turns a table into text; tests read the columns directly.
 *
 * Complexity: O(1) per cell to read; memory ≈ 4–8 bytes per numeric cell.
 *
 * @example
 * const t = table('territories', 2, [idColumn('territory_id', 'T', 3, Int32Array.of(1, 2))]);
 * t.columns[0].data.kind; // 'id'
 */

/** `prefix` + zero-padded number, e.g. S0000042; -1 is null. */
export interface IdData {
  readonly kind: 'id';
  readonly prefix: string;
  readonly width: number;
  readonly values: Int32Array;
}
/** Ids of several entity kinds in one column: row i is `prefixes[tags[i]]` + `values[i]` padded to `widths[tags[i]]`. */
export interface MixedIdData {
  readonly kind: 'mixed-id';
  readonly prefixes: readonly string[];
  readonly widths: readonly number[];
  readonly tags: Uint8Array;
  readonly values: Int32Array;
}
/** Free text (names, lists); null is null. */
export interface TextData {
  readonly kind: 'text';
  readonly values: readonly (string | null)[];
}
/** Dictionary-encoded text: codes index `labels`; -1 is null. */
export interface EnumData {
  readonly kind: 'enum';
  readonly labels: readonly string[];
  readonly codes: Int16Array;
}
/** Whole numbers; NaN is null. */
export interface IntData {
  readonly kind: 'int';
  readonly values: Float64Array;
}
/** Decimals written with `digits` places; NaN is null. */
export interface FloatData {
  readonly kind: 'float';
  readonly digits: number;
  readonly values: Float64Array;
}
/** 0 false, 1 true, 2 null. */
export interface BoolData {
  readonly kind: 'bool';
  readonly values: Uint8Array;
}
/** Days since 1970-01-01 (UTC); -2147483648 is null. */
export interface DateData {
  readonly kind: 'date';
  readonly values: Int32Array;
}
/** Seconds since 1970-01-01T00:00:00Z; NaN is null. */
export interface TimestampData {
  readonly kind: 'timestamp';
  readonly values: Float64Array;
}

export type ColumnData = IdData | MixedIdData | TextData | EnumData | IntData | FloatData | BoolData | DateData | TimestampData;

export interface Column {
  readonly name: string;
  readonly data: ColumnData;
}

export interface Table {
  readonly name: string;
  readonly rows: number;
  readonly columns: readonly Column[];
}

export const nullDate = -2147483648;

export function table(name: string, rows: number, columns: readonly Column[]): Table {
  for (const column of columns) {
    const length = column.data.kind === 'enum' ? column.data.codes.length : column.data.values.length;
    if (length !== rows) throw new RangeError(`column ${name}.${column.name} has ${length} values, expected ${rows}`);
  }
  return { name, rows, columns };
}

export const idColumn = (name: string, prefix: string, width: number, values: Int32Array): Column => ({
  name,
  data: { kind: 'id', prefix, width, values },
});
export const mixedIdColumn = (name: string, prefixes: readonly string[], widths: readonly number[], tags: Uint8Array, values: Int32Array): Column => ({
  name,
  data: { kind: 'mixed-id', prefixes, widths, tags, values },
});
export const textColumn = (name: string, values: readonly (string | null)[]): Column => ({ name, data: { kind: 'text', values } });
export const enumColumn = (name: string, labels: readonly string[], codes: Int16Array): Column => ({
  name,
  data: { kind: 'enum', labels, codes },
});
export const intColumn = (name: string, values: Float64Array): Column => ({ name, data: { kind: 'int', values } });
export const floatColumn = (name: string, values: Float64Array, digits: number): Column => ({
  name,
  data: { kind: 'float', digits, values },
});
export const boolColumn = (name: string, values: Uint8Array): Column => ({ name, data: { kind: 'bool', values } });
export const dateColumn = (name: string, values: Int32Array): Column => ({ name, data: { kind: 'date', values } });
export const timestampColumn = (name: string, values: Float64Array): Column => ({ name, data: { kind: 'timestamp', values } });

/** A column filled with one label (a source name, a kind) without one string per row. */
export function constantEnum(name: string, label: string, rows: number): Column {
  return enumColumn(name, [label], new Int16Array(rows));
}

/** A date column whose every row holds the same day. */
export function constantDate(name: string, day: number, rows: number): Column {
  return dateColumn(name, new Int32Array(rows).fill(day));
}

/** The column named `name`, or a thrown RangeError (a programming error in the generator). */
export function column(t: Table, name: string): ColumnData {
  const found = t.columns.find((c) => c.name === name);
  if (!found) throw new RangeError(`table ${t.name} has no column ${name}`);
  return found.data;
}
