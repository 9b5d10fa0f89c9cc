/**
 * Logical negation of a condition.
 *
 * @example NotNode.create(IsNullNode.create(ColumnNode.create('npi')))   // NOT ("npi" IS NULL)
 */
import { freeze, hasKind, type ExprNode } from './node.js';

export interface NotNode {
  readonly kind: 'not';
  readonly operand: ExprNode;
}

export const NotNode = {
  is: (value: unknown): value is NotNode => hasKind(value, 'not'),
  create: (operand: ExprNode): NotNode => freeze({ kind: 'not' as const, operand }),
};
