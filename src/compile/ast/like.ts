/**
 * Pattern match, `x LIKE pattern` (case-sensitive in every dialect; lower() both sides for a
 * case-insensitive test). The pattern is a ParamNode, so '%' and '_' come from the caller's value.
 *
 * @example LikeNode.create(ColumnNode.create('name'), ParamNode.create('%clinic%'))   // "name" LIKE $1
 */
import { freeze, hasKind, type ExprNode } from './node.js';

export interface LikeNode {
  readonly kind: 'like';
  readonly operand: ExprNode;
  readonly pattern: ExprNode;
  readonly negated: boolean;
}

export const LikeNode = {
  is: (value: unknown): value is LikeNode => hasKind(value, 'like'),
  create: (operand: ExprNode, pattern: ExprNode, negated = false): LikeNode =>
    freeze({ kind: 'like' as const, operand, pattern, negated }),
};
