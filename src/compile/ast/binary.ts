/**
 * A binary operation: arithmetic, comparison or string concatenation. Logical AND/OR are n-ary nodes of
 * their own (./and.ts, ./or.ts). The compiler adds parentheses from operator precedence, so a chain
 * `a + b + c` built left to right prints without redundant parentheses.
 *
 * @example BinaryNode.create(ColumnNode.create('beds'), '>=', ParamNode.create(100))   // "beds" >= $1
 */
import { freeze, hasKind, type ExprNode } from './node.js';

export type ArithmeticOperator = '+' | '-' | '*' | '/';
export type ComparisonOperator = '=' | '<>' | '<' | '<=' | '>' | '>=';
export type BinaryOperator = ArithmeticOperator | ComparisonOperator | '||';

export const comparisonOperators: readonly ComparisonOperator[] = ['=', '<>', '<', '<=', '>', '>='];

export interface BinaryNode {
  readonly kind: 'binary';
  readonly left: ExprNode;
  readonly op: BinaryOperator;
  readonly right: ExprNode;
}

export const BinaryNode = {
  is: (value: unknown): value is BinaryNode => hasKind(value, 'binary'),
  create: (left: ExprNode, op: BinaryOperator, right: ExprNode): BinaryNode =>
    freeze({ kind: 'binary' as const, left, op, right }),
};
