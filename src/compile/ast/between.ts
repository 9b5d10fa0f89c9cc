/**
 * Inclusive range test, `x BETWEEN low AND high` (or NOT BETWEEN).
 *
 * @example BetweenNode.create(ColumnNode.create('beds'), ParamNode.create(50), ParamNode.create(200))
 *          // "beds" BETWEEN $1 AND $2
 */
import { freeze, hasKind, type ExprNode } from './node.js';

export interface BetweenNode {
  readonly kind: 'between';
  readonly operand: ExprNode;
  readonly low: ExprNode;
  readonly high: ExprNode;
  readonly negated: boolean;
}

export const BetweenNode = {
  is: (value: unknown): value is BetweenNode => hasKind(value, 'between'),
  create: (operand: ExprNode, low: ExprNode, high: ExprNode, negated = false): BetweenNode =>
    freeze({ kind: 'between' as const, operand, low, high, negated }),
};
