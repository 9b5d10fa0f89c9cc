/**
 * DuckDB: `$1` placeholders, double-quoted identifiers, interval arithmetic through to_days/to_months.
 * Reference: https://duckdb.org/docs/sql/functions/interval (to_days, to_weeks, to_months, to_years).
 */
import type { DateUnit } from '../ast/date-add.js';
import type { SqlType } from '../ast/node.js';
import { SqlCompiler, type DialectName } from './compiler.js';

const types: Readonly<Record<SqlType, string>> = {
  double: 'DOUBLE',
  integer: 'INTEGER',
  bigint: 'BIGINT',
  text: 'VARCHAR',
  boolean: 'BOOLEAN',
  date: 'DATE',
  timestamp: 'TIMESTAMP',
};

export class DuckDbCompiler extends SqlCompiler {
  readonly dialect: DialectName = 'duckdb';

  protected override placeholder(index: number): string {
    return `$${index}`;
  }

  protected override typeName(type: SqlType): string {
    return types[type];
  }

  protected override dateAdd(base: string, amount: string, unit: DateUnit): string {
    return `(${base} + to_${unit}s(${amount}))`;
  }
}
