/**
 * Spark SQL (3.4+): named `:p1` parameter markers (bind with spark.sql(text, args={"p1": …})),
 * backtick-quoted identifiers, date_add/add_months for windows, and backslash-escaped string literals
 * (Spark reads `\` as an escape and `'a' 'b'` as concatenation, so ANSI quote doubling is unsafe there).
 * Reference: https://spark.apache.org/docs/latest/sql-ref-literals.html, sql-ref-functions-builtin.html.
 */
import type { DateUnit } from '../ast/date-add.js';
import type { SqlType } from '../ast/node.js';
import { SqlCompiler, type DialectName } from './compiler.js';

const types: Readonly<Record<SqlType, string>> = {
  double: 'DOUBLE',
  integer: 'INT',
  bigint: 'BIGINT',
  text: 'STRING',
  boolean: 'BOOLEAN',
  date: 'DATE',
  timestamp: 'TIMESTAMP',
};

export class SparkCompiler extends SqlCompiler {
  readonly dialect: DialectName = 'spark';

  protected override placeholder(index: number): string {
    return `:p${index}`;
  }

  protected override quoteIdentifier(name: string): string {
    return `\`${name}\``;
  }

  protected override typeName(type: SqlType): string {
    return types[type];
  }

  protected override dateAdd(base: string, amount: string, unit: DateUnit): string {
    switch (unit) {
      case 'day':
        return `date_add(${base}, ${amount})`;
      case 'week':
        return `date_add(${base}, ${amount} * 7)`;
      case 'month':
        return `add_months(${base}, ${amount})`;
      case 'year':
        return `add_months(${base}, ${amount} * 12)`;
    }
  }

  protected override currentDate(): string {
    return 'current_date()';
  }

  protected override currentTimestamp(): string {
    return 'current_timestamp()';
  }

  protected override stringLiteral(value: string): string {
    return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  }
}
