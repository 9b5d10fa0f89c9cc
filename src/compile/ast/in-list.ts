/**
 * Set membership, `x IN (v1, v2, …)` or `x NOT IN (…)`. Values are usually ParamNodes.
 *
 * @example InListNode.create(ColumnNode.create('type'), [ParamNode.create('hospital'), ParamNode.create('ASC')])
 *          // "type" IN ($1, $2)
 * @throws {RangeError} for an empty list (`IN ()` is not valid SQL in every dialect)
 */
import { freeze, hasKind, type ExprNode } from './node.js';

export interface InListNode {
  readonly kind: 'inList';
  readonly operand: ExprNode;
  readonly values: readonly ExprNode[];
  readonly negated: boolean;
}

export const InListNode = {
  is: (value: unknown): value is InListNode => hasKind(value, 'inList'),
  create: (operand: ExprNode, values: readonly ExprNode[], negated = false): InListNode => {
    if (values.length === 0) throw new RangeError('in requires at least one value');
    return freeze({ kind: 'inList' as const, operand, values: Object.freeze([...values]), negated });
  },
};
