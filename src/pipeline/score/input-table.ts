/**
 * A column-oriented table of model inputs, however it was read (CSV, the workspace, an HTTP body):
 * numeric columns as Float64Array (NaN = missing), everything else as strings (null = missing).
 * Scoring and typing read their inputs through this, so they never see file formats.
 *
 * @example
 * const t = tableFromRecords([{ id: 'a', beds: 120 }, { id: 'b', beds: null }]);
 * t.columns.get('beds');   // { kind: 'numeric', values: Float64Array [120, NaN] }
 */
import { InputError } from '../../lib/errors.js';
import { typingMessages } from '../../lib/messages/typing.js';

export type ColumnValues =
  | { readonly kind: 'numeric'; readonly values: Float64Array }
  | { readonly kind: 'text'; readonly values: readonly (string | null)[] };

export interface InputTable {
  readonly rows: number;
  readonly columns: ReadonlyMap<string, ColumnValues>;
}

/** Builds a table from row objects; a column is numeric when every present value is a finite number. */
export function tableFromRecords(records: readonly Readonly<Record<string, unknown>>[], names?: readonly string[]): InputTable {
  const columnNames = names ?? [...new Set(records.flatMap((r) => Object.keys(r)))];
  const columns = new Map<string, ColumnValues>();
  for (const name of columnNames) {
    const raw = records.map((r) => r[name]);
    const numeric = raw.every((v) => v === null || v === undefined || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'bigint');
    columns.set(
      name,
      numeric
        ? { kind: 'numeric', values: Float64Array.from(raw, (v) => (v === null || v === undefined ? Number.NaN : Number(v))) }
        : { kind: 'text', values: raw.map(asText) },
    );
  }
  return { rows: records.length, columns };
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** The column as numbers; text that does not parse as a number is an InputError naming the row. */
export function numericColumn(table: InputTable, name: string): Float64Array {
  const column = table.columns.get(name);
  if (!column) throw new InputError(typingMessages.missingInputs([name]));
  if (column.kind === 'numeric') return column.values;
  return Float64Array.from(column.values, (v, row) => {
    if (v === null || v.trim() === '') return Number.NaN;
    const n = Number(v);
    if (!Number.isFinite(n)) throw new InputError(typingMessages.notNumeric(name), { row: row + 1, column: name, value: v });
    return n;
  });
}

/** The column as text (numbers printed as JavaScript prints them: 3, 2.5). */
export function textColumn(table: InputTable, name: string): readonly (string | null)[] {
  const column = table.columns.get(name);
  if (!column) throw new InputError(typingMessages.missingInputs([name]));
  if (column.kind === 'text') return column.values;
  return Array.from(column.values, (v) => (Number.isNaN(v) ? null : String(v)));
}

/** The rows at `indices`, in that order. */
export function tableRows(table: InputTable, indices: ArrayLike<number>): InputTable {
  const columns = new Map<string, ColumnValues>();
  for (const [name, column] of table.columns) {
    columns.set(
      name,
      column.kind === 'numeric'
        ? { kind: 'numeric', values: Float64Array.from({ length: indices.length }, (_, r) => column.values[indices[r]!]!) }
        : { kind: 'text', values: Array.from({ length: indices.length }, (_, r) => column.values[indices[r]!] ?? null) },
    );
  }
  return { rows: indices.length, columns };
}
