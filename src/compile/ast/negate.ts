/**
 * Arithmetic negation, `-x`.
 *
 * @example NegateNode.create(ColumnNode.create('z'))   // -"z"
 */
import { freeze, hasKind, type ExprNode } from './node.js';

export interface NegateNode {
  readonly kind: 'negate';
  readonly operand: ExprNode;
}

export const NegateNode = {
  is: (value: unknown): value is NegateNode => hasKind(value, 'negate'),
  create: (operand: ExprNode): NegateNode => freeze({ kind: 'negate' as const, operand }),
};
