/**
 * Null test, `x IS NULL` or `x IS NOT NULL`.
 *
 * @example IsNullNode.create(ColumnNode.create('npi'), true)   // "npi" IS NOT NULL
 */
import { freeze, hasKind, type ExprNode } from './node.js';

export interface IsNullNode {
  readonly kind: 'isNull';
  readonly operand: ExprNode;
  readonly negated: boolean;
}

export const IsNullNode = {
  is: (value: unknown): value is IsNullNode => hasKind(value, 'isNull'),
  create: (operand: ExprNode, negated = false): IsNullNode => freeze({ kind: 'isNull' as const, operand, negated }),
};
