/**
 * The SQL AST's shared vocabulary: the union of every node, the value and type domains, and the one
 * freezing helper every `create` uses. Nodes are plain frozen objects discriminated on `kind`; each kind
 * lives in its own file with a `{ is, create }` companion of the same name (kysely's operation-node
 * pattern). Dialects walk the tree (../dialect/compiler.ts); nothing here knows any dialect.
 */
import type { AndNode } from './and.js';
import type { BetweenNode } from './between.js';
import type { BinaryNode } from './binary.js';
import type { CallNode } from './call.js';
import type { CaseNode } from './case.js';
import type { CastNode } from './cast.js';
import type { ColumnNode } from './column.js';
import type { CurrentDateNode } from './current-date.js';
import type { CurrentTimestampNode } from './current-timestamp.js';
import type { DateAddNode } from './date-add.js';
import type { InListNode } from './in-list.js';
import type { IsNullNode } from './is-null.js';
import type { LikeNode } from './like.js';
import type { LiteralNode } from './literal.js';
import type { NegateNode } from './negate.js';
import type { NotNode } from './not.js';
import type { OrNode } from './or.js';
import type { ParamNode } from './param.js';
import type { SelectNode } from './select.js';
import type { SubqueryNode } from './subquery.js';
import type { TableNode } from './table.js';

/** A value that travels as a bound parameter (never pasted into the SQL text). */
export type SqlValue = string | number | boolean | null;

/** The portable types a CAST or a typed parameter may name; each dialect spells them (DOUBLE, FLOAT8…). */
export type SqlType = 'double' | 'integer' | 'bigint' | 'text' | 'boolean' | 'date' | 'timestamp';

/** Every node that yields a value. */
export type ExprNode =
  | ColumnNode
  | ParamNode
  | LiteralNode
  | BinaryNode
  | NegateNode
  | AndNode
  | OrNode
  | NotNode
  | InListNode
  | BetweenNode
  | IsNullNode
  | LikeNode
  | CallNode
  | CaseNode
  | CastNode
  | CurrentDateNode
  | CurrentTimestampNode
  | DateAddNode;

/** What a SELECT reads from. */
export type FromNode = TableNode | SubqueryNode;

/** Every node kind. */
export type SqlNode = ExprNode | SelectNode | FromNode;

export type NodeKind = SqlNode['kind'];

/** Freezes a freshly built node; children are frozen by their own `create`, so one level suffices. */
export function freeze<T extends object>(node: T): Readonly<T> {
  return Object.freeze(node);
}

/** True when `value` is a node of kind `kind` (the body of every companion's `is`). */
export function hasKind<K extends NodeKind>(value: unknown, kind: K): value is Extract<SqlNode, { kind: K }> {
  return typeof value === 'object' && value !== null && 'kind' in value && value.kind === kind;
}
