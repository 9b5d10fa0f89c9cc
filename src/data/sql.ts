/**
 * Small SQL-building helpers for data/: identifiers pass through one quoting function (and are only ever
 * built from the model or from sanitized staging names), values always become numbered parameters.
 *
 * @example
 *   const p = new Params(); `select * from t where a = ${p.add('x')}` // → "... a = $1", p.values = ['x']
 */
import type { DuckDBValue } from '@duckdb/node-api';

/** Double-quotes an identifier, doubling embedded quotes, so a header like `a"b` cannot break out. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Collects parameter values for one statement and hands out their placeholders. */
export class Params {
  readonly values: DuckDBValue[] = [];

  add(value: DuckDBValue): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** `($1, $2, ...)` for an IN list; `(NULL)` when empty so the SQL stays valid. */
  list(values: readonly DuckDBValue[]): string {
    if (values.length === 0) return '(NULL)';
    return `(${values.map((v) => this.add(v)).join(', ')})`;
  }
}
