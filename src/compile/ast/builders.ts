/**
 * Short builders over the node companions, for code that assembles many nodes (model and rule
 * compilers). Every builder returns a frozen node; none touches SQL text.
 *
 * @example
 * import { sql } from '../ast/index.js';
 * const recent = sql.gte(sql.col('ts'), sql.daysAgo(90));          // "ts" >= (current_date + …(-90))
 * const hcp = sql.in(sql.col('role'), ['physician', 'nurse']);      // "role" IN ($1, $2)
 * const where = sql.and(hcp, recent, sql.notNull(sql.col('npi')));
 */
import { AndNode } from './and.js';
import { BetweenNode } from './between.js';
import { BinaryNode, type BinaryOperator } from './binary.js';
import { CallNode, type SqlFunction } from './call.js';
import { CaseNode, type CaseBranch } from './case.js';
import { CastNode } from './cast.js';
import { ColumnNode } from './column.js';
import { CurrentDateNode } from './current-date.js';
import { CurrentTimestampNode } from './current-timestamp.js';
import { DateAddNode, type DateUnit } from './date-add.js';
import { InListNode } from './in-list.js';
import { IsNullNode } from './is-null.js';
import { LikeNode } from './like.js';
import { LiteralNode, type LiteralValue } from './literal.js';
import { NegateNode } from './negate.js';
import type { ExprNode, SqlType, SqlValue } from './node.js';
import { NotNode } from './not.js';
import { OrNode } from './or.js';
import { ParamNode } from './param.js';

/** A value or a node: plain values become untyped parameters. */
export type Operand = ExprNode | SqlValue;

const isNode = (value: Operand): value is ExprNode => typeof value === 'object' && value !== null;
const node = (value: Operand): ExprNode => (isNode(value) ? value : ParamNode.create(value));
const binary = (op: BinaryOperator) => (left: Operand, right: Operand): BinaryNode => BinaryNode.create(node(left), op, node(right));

export const sql = {
  col: (name: string, table?: string): ColumnNode => ColumnNode.create(name, table),
  param: (value: SqlValue, type?: SqlType): ParamNode => ParamNode.create(value, type),
  lit: (value: LiteralValue): LiteralNode => LiteralNode.create(value),
  add: binary('+'),
  sub: binary('-'),
  mul: binary('*'),
  div: binary('/'),
  concat: binary('||'),
  eq: binary('='),
  ne: binary('<>'),
  lt: binary('<'),
  lte: binary('<='),
  gt: binary('>'),
  gte: binary('>='),
  neg: (operand: Operand): NegateNode => NegateNode.create(node(operand)),
  and: (...operands: readonly ExprNode[]): ExprNode => (operands.length === 1 ? operands[0]! : AndNode.create(operands)),
  or: (...operands: readonly ExprNode[]): ExprNode => (operands.length === 1 ? operands[0]! : OrNode.create(operands)),
  not: (operand: ExprNode): NotNode => NotNode.create(operand),
  in: (operand: Operand, values: readonly Operand[]): InListNode => InListNode.create(node(operand), values.map(node)),
  notIn: (operand: Operand, values: readonly Operand[]): InListNode => InListNode.create(node(operand), values.map(node), true),
  between: (operand: Operand, low: Operand, high: Operand): BetweenNode => BetweenNode.create(node(operand), node(low), node(high)),
  isNull: (operand: Operand): IsNullNode => IsNullNode.create(node(operand)),
  notNull: (operand: Operand): IsNullNode => IsNullNode.create(node(operand), true),
  like: (operand: Operand, pattern: Operand): LikeNode => LikeNode.create(node(operand), node(pattern)),
  call: (fn: SqlFunction, ...args: readonly Operand[]): CallNode => CallNode.create(fn, args.map(node)),
  case: (branches: readonly CaseBranch[], otherwise?: Operand): CaseNode =>
    CaseNode.create(branches, otherwise === undefined ? undefined : node(otherwise)),
  cast: (operand: Operand, type: SqlType): CastNode => CastNode.create(node(operand), type),
  currentDate: (): CurrentDateNode => CurrentDateNode.create(),
  now: (): CurrentTimestampNode => CurrentTimestampNode.create(),
  dateAdd: (base: ExprNode, amount: number, unit: DateUnit): DateAddNode =>
    DateAddNode.create(base, ParamNode.create(integer(amount), 'integer'), unit),
  /** current_date minus `n` days: the start of an "in the last n days" window. */
  daysAgo: (n: number): DateAddNode => DateAddNode.create(CurrentDateNode.create(), ParamNode.create(-integer(n), 'integer'), 'day'),
} as const;

function integer(n: number): number {
  if (!Number.isInteger(n)) throw new RangeError(`date amount ${n} is not a whole number`);
  return n;
}
