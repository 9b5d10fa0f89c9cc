/**
 * A type conversion, `CAST(x AS type)`, with the portable type spelled by each dialect.
 *
 * @example CastNode.create(ColumnNode.create('beds'), 'double')   // CAST("beds" AS DOUBLE)
 */
import { freeze, hasKind, type ExprNode, type SqlType } from './node.js';

export interface CastNode {
  readonly kind: 'cast';
  readonly operand: ExprNode;
  readonly type: SqlType;
}

export const CastNode = {
  is: (value: unknown): value is CastNode => hasKind(value, 'cast'),
  create: (operand: ExprNode, type: SqlType): CastNode => freeze({ kind: 'cast' as const, operand, type }),
};
