/**
 * Logical conjunction of one or more conditions (n-ary, so rule trees stay flat).
 *
 * @example AndNode.create([a, b, c])   // a AND b AND c
 * @throws {RangeError} when given no operands (an empty AND has no portable meaning; use a literal TRUE)
 */
import { freeze, hasKind, type ExprNode } from './node.js';

export interface AndNode {
  readonly kind: 'and';
  readonly operands: readonly ExprNode[];
}

export const AndNode = {
  is: (value: unknown): value is AndNode => hasKind(value, 'and'),
  create: (operands: readonly ExprNode[]): AndNode => {
    if (operands.length === 0) throw new RangeError('and requires at least one operand');
    return freeze({ kind: 'and' as const, operands: Object.freeze([...operands]) });
  },
};
