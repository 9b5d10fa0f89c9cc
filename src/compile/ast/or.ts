/**
 * Logical disjunction of one or more conditions (n-ary, so rule trees stay flat).
 *
 * @example OrNode.create([a, b, c])   // a OR b OR c
 * @throws {RangeError} when given no operands (an empty OR has no portable meaning; use a literal FALSE)
 */
import { freeze, hasKind, type ExprNode } from './node.js';

export interface OrNode {
  readonly kind: 'or';
  readonly operands: readonly ExprNode[];
}

export const OrNode = {
  is: (value: unknown): value is OrNode => hasKind(value, 'or'),
  create: (operands: readonly ExprNode[]): OrNode => {
    if (operands.length === 0) throw new RangeError('or requires at least one operand');
    return freeze({ kind: 'or' as const, operands: Object.freeze([...operands]) });
  },
};
