/**
 * Snowflake: `?` placeholders, DATEADD for windows, GREATEST/LEAST_IGNORE_NULLS (plain GREATEST returns
 * NULL when any argument is NULL, unlike the other three engines), backslash-escaped strings. Simple
 * names are left unquoted: Snowflake folds unquoted names to upper case, so `specialty` finds a column
 * created as specialty or SPECIALTY, while a quoted "specialty" would only find the lower-case one.
 * Reference: https://docs.snowflake.com/en/sql-reference/functions/greatest_ignore_nulls, identifiers-syntax.
 */
import type { SqlFunction } from '../ast/call.js';
import type { DateUnit } from '../ast/date-add.js';
import type { SqlType } from '../ast/node.js';
import { SqlCompiler, type DialectName } from './compiler.js';
import { isSimpleIdentifier } from './identifier.js';

const types: Readonly<Record<SqlType, string>> = {
  double: 'DOUBLE',
  integer: 'INTEGER',
  bigint: 'BIGINT',
  text: 'VARCHAR',
  boolean: 'BOOLEAN',
  date: 'DATE',
  timestamp: 'TIMESTAMP_NTZ',
};

/** Snowflake's reserved words that a simple name could collide with (ANSI-reserved subset). */
const reserved = new Set(
  'ACCOUNT ALL ALTER AND ANY AS BETWEEN BY CASE CAST CHECK COLUMN CONNECT CONNECTION CONSTRAINT CREATE CROSS CURRENT CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER DATABASE DELETE DISTINCT DROP ELSE EXISTS FALSE FOLLOWING FOR FROM FULL GRANT GROUP GSCRIPT HAVING ILIKE IN INCREMENT INNER INSERT INTERSECT INTO IS ISSUE JOIN LATERAL LEFT LIKE LOCALTIME LOCALTIMESTAMP MINUS NATURAL NOT NULL OF ON OR ORDER ORGANIZATION QUALIFY REGEXP REVOKE RIGHT RLIKE ROW ROWS SAMPLE SCHEMA SELECT SET SOME START TABLE TABLESAMPLE THEN TO TRIGGER TRUE TRY_CAST UNION UNIQUE UPDATE USING VALUES VIEW WHEN WHENEVER WHERE WITH'.split(' '),
);

export class SnowflakeCompiler extends SqlCompiler {
  readonly dialect: DialectName = 'snowflake';

  protected override placeholder(): string {
    return '?';
  }

  protected override quoteIdentifier(name: string): string {
    return isSimpleIdentifier(name) && !reserved.has(name.toUpperCase()) ? name : `"${name}"`;
  }

  protected override typeName(type: SqlType): string {
    return types[type];
  }

  protected override callFunction(fn: SqlFunction, args: readonly string[]): string {
    const name = fn === 'greatest' ? 'greatest_ignore_nulls' : fn === 'least' ? 'least_ignore_nulls' : fn;
    return `${name}(${args.join(', ')})`;
  }

  protected override dateAdd(base: string, amount: string, unit: DateUnit): string {
    return `dateadd(${unit}, ${amount}, ${base})`;
  }

  protected override currentDate(): string {
    return 'current_date()';
  }

  protected override currentTimestamp(): string {
    return 'current_timestamp()';
  }

  protected override stringLiteral(value: string): string {
    return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
  }
}
