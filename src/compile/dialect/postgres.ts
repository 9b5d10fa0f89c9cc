/**
 * PostgreSQL: `$1` placeholders, double-quoted identifiers, make_interval for date windows. Typed
 * parameters matter here: PostgreSQL infers an untyped parameter's type from context, so numbers that
 * must stay doubles are bound as CAST($n AS DOUBLE PRECISION).
 * Reference: https://www.postgresql.org/docs/current/functions-datetime.html (make_interval).
 */
import type { DateUnit } from '../ast/date-add.js';
import type { SqlType } from '../ast/node.js';
import { SqlCompiler, type DialectName } from './compiler.js';

const types: Readonly<Record<SqlType, string>> = {
  double: 'DOUBLE PRECISION',
  integer: 'INTEGER',
  bigint: 'BIGINT',
  text: 'TEXT',
  boolean: 'BOOLEAN',
  date: 'DATE',
  timestamp: 'TIMESTAMP',
};

export class PostgresCompiler extends SqlCompiler {
  readonly dialect: DialectName = 'postgres';

  protected override placeholder(index: number): string {
    return `$${index}`;
  }

  protected override typeName(type: SqlType): string {
    return types[type];
  }

  protected override dateAdd(base: string, amount: string, unit: DateUnit): string {
    return `(${base} + make_interval(${unit}s => ${amount}))`;
  }
}
