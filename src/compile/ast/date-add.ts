/**
 * A date shifted by a whole number of days, weeks, months or years: the building block of date windows
 * such as "engaged in the last 90 days" (`ts >= current_date - 90 days`). The amount is an expression —
 * normally a ParamNode typed 'integer' — and may be negative. Each dialect writes its own interval
 * arithmetic (DuckDB to_days, PostgreSQL make_interval, Spark date_add/add_months, Snowflake DATEADD).
 * The result is a DATE on Spark and Snowflake and a TIMESTAMP at midnight on DuckDB and PostgreSQL; both
 * compare correctly with DATE and TIMESTAMP columns.
 *
 * @example DateAddNode.create(CurrentDateNode.create(), ParamNode.create(-90, 'integer'), 'day')
 *          // (current_date + to_days(CAST($1 AS INTEGER)))   on DuckDB
 */
import { freeze, hasKind, type ExprNode } from './node.js';

export type DateUnit = 'day' | 'week' | 'month' | 'year';

export interface DateAddNode {
  readonly kind: 'dateAdd';
  readonly base: ExprNode;
  readonly amount: ExprNode;
  readonly unit: DateUnit;
}

export const DateAddNode = {
  is: (value: unknown): value is DateAddNode => hasKind(value, 'dateAdd'),
  create: (base: ExprNode, amount: ExprNode, unit: DateUnit): DateAddNode =>
    freeze({ kind: 'dateAdd' as const, base, amount, unit }),
};
