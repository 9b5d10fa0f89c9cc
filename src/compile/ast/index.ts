/**
 * # The SQL AST
 *
 * Models and rules compile to SQL through this immutable tree and one visitor per dialect
 * (../dialect). Nodes are frozen plain objects discriminated on `kind`, one kind per file, each with a
 * companion of the same name: `ColumnNode.is(x)` and `ColumnNode.create(...)`. Build with `sql.*`
 * (./builders.ts) or the companions; compile with `compileSql(node, dialect)`.
 *
 * ## Rules of the road
 * 1. **Values are parameters.** `sql.param(v)` (or any plain value given to a builder) becomes `$1`,
 *    `?` or `:p1` and lands in `parameters`. `sql.lit` is only for small structural integers, TRUE,
 *    FALSE and NULL. Give numbers that must stay doubles a type: `sql.param(0.25, 'double')`; dates
 *    travel as ISO strings with type 'date' (`sql.param('2024-06-30', 'date')`).
 * 2. **Identifiers pass one gate.** Column, table and alias names are checked by `assertIdentifier`
 *    (letters, digits, `_`, space, `-`; ≤ 63 chars) when compiled, then quoted per dialect. Check
 *    user-written names early with `isSafeIdentifier` to report them as validation errors.
 * 3. **Nodes never change.** Build new ones; share subtrees freely.
 *
 * ## Node kinds
 * | kind | builder | SQL |
 * | --- | --- | --- |
 * | column | `sql.col('ts', 'e')` | `"e"."ts"` |
 * | param | `sql.param(5, 'integer')` | `CAST($1 AS INTEGER)` |
 * | literal | `sql.lit(1)` | `1` |
 * | binary | `sql.add/sub/mul/div/concat`, `sql.eq/ne/lt/lte/gt/gte` | `a + b`, `a >= b` |
 * | negate | `sql.neg(x)` | `-x` |
 * | and / or / not | `sql.and(a, b, …)`, `sql.or(…)`, `sql.not(a)` | `a AND b`, `NOT (a)` |
 * | inList | `sql.in(x, ['a', 'b'])`, `sql.notIn(…)` | `x IN ($1, $2)` |
 * | between | `sql.between(x, 1, 5)` | `x BETWEEN $1 AND $2` (inclusive) |
 * | isNull | `sql.isNull(x)`, `sql.notNull(x)` | `x IS NULL` |
 * | like | `sql.like(x, '%clinic%')` | `x LIKE $1` |
 * | call | `sql.call('greatest', a, b)` — exp, ln, sqrt, abs, greatest, least, coalesce, lower, upper, length | `greatest(a, b)` |
 * | case | `sql.case([{ when, then }], otherwise)` | `CASE WHEN … THEN … ELSE … END` |
 * | cast | `sql.cast(x, 'double')` | `CAST(x AS DOUBLE)` |
 * | currentDate / currentTimestamp | `sql.currentDate()`, `sql.now()` | `current_date` |
 * | dateAdd | `sql.dateAdd(base, -3, 'month')`, `sql.daysAgo(90)` | dialect date arithmetic |
 * | select / table / subquery | `SelectNode.create({ columns, from, where, orderBy, limit })` | `SELECT … FROM …` |
 *
 * ## Example: a rule segment's WHERE clause
 * ```ts
 * import { sql, SelectNode, TableNode } from '../ast/index.js';
 * import { compileSql } from '../dialect/index.js';
 * const where = sql.and(
 *   sql.in(sql.col('type'), ['hospital', 'IDN']),
 *   sql.gte(sql.col('beds'), sql.param(200, 'integer')),
 *   sql.not(sql.isNull(sql.col('ehr_vendor'))),
 *   sql.gte(sql.col('last_engaged'), sql.daysAgo(90)),
 * );
 * const query = SelectNode.create({ columns: [{ expr: sql.col('account_id'), alias: 'account_id' }], from: TableNode.create('accounts'), where });
 * compileSql(query, 'postgres');
 * // { sql: 'SELECT\n  "account_id" AS "account_id"\nFROM "accounts"\nWHERE "type" IN ($1, $2) AND …',
 * //   parameters: ['hospital', 'IDN', 200, -90] }
 * ```
 * SQL three-valued logic applies: `NOT (x IN (…))` is NULL (not TRUE) when x is NULL; wrap with
 * `sql.call('coalesce', cond, sql.lit(false))` when a rule must treat unknown as false.
 */
export type { ExprNode, FromNode, NodeKind, SqlNode, SqlType, SqlValue } from './node.js';
export { AndNode } from './and.js';
export { BetweenNode } from './between.js';
export { BinaryNode, comparisonOperators, type ArithmeticOperator, type BinaryOperator, type ComparisonOperator } from './binary.js';
export { CallNode, functionArity, type SqlFunction } from './call.js';
export { CaseNode, type CaseBranch } from './case.js';
export { CastNode } from './cast.js';
export { ColumnNode } from './column.js';
export { CurrentDateNode } from './current-date.js';
export { CurrentTimestampNode } from './current-timestamp.js';
export { DateAddNode, type DateUnit } from './date-add.js';
export { InListNode } from './in-list.js';
export { IsNullNode } from './is-null.js';
export { LikeNode } from './like.js';
export { LiteralNode, type LiteralValue } from './literal.js';
export { NegateNode } from './negate.js';
export { NotNode } from './not.js';
export { OrNode } from './or.js';
export { ParamNode } from './param.js';
export { SelectNode, type OrderItem, type SelectItem, type SelectParts } from './select.js';
export { SubqueryNode } from './subquery.js';
export { TableNode } from './table.js';
export { sql, type Operand } from './builders.js';
