/**
 * A SELECT statement: named output expressions from one table or subquery, an optional WHERE, ORDER BY
 * and LIMIT (a validated whole number, written as is).
 *
 * @example SelectNode.create({ columns: [{ expr: ColumnNode.create('id'), alias: 'id' }], from: TableNode.create('input') })
 *          // SELECT "id" AS "id" FROM "input"
 * @throws {RangeError} when there are no output columns or two share an alias
 */
import { freeze, hasKind, type ExprNode, type FromNode } from './node.js';

export interface SelectItem {
  readonly expr: ExprNode;
  readonly alias: string;
}

export interface OrderItem {
  readonly expr: ExprNode;
  readonly direction: 'asc' | 'desc';
}

export interface SelectNode {
  readonly kind: 'select';
  readonly columns: readonly SelectItem[];
  readonly from: FromNode;
  readonly where?: ExprNode;
  readonly orderBy?: readonly OrderItem[];
  readonly limit?: number;
}

export interface SelectParts {
  readonly columns: readonly SelectItem[];
  readonly from: FromNode;
  readonly where?: ExprNode;
  readonly orderBy?: readonly OrderItem[];
  readonly limit?: number;
}

export const SelectNode = {
  is: (value: unknown): value is SelectNode => hasKind(value, 'select'),
  create: (parts: SelectParts): SelectNode => {
    if (parts.columns.length === 0) throw new RangeError('select requires at least one column');
    const aliases = new Set(parts.columns.map((c) => c.alias));
    if (aliases.size !== parts.columns.length) throw new RangeError('select column aliases must be unique');
    if (parts.limit !== undefined && !(Number.isInteger(parts.limit) && parts.limit >= 0)) throw new RangeError('limit must be a whole number');
    return freeze({
      kind: 'select' as const,
      columns: Object.freeze(parts.columns.map((c) => Object.freeze({ expr: c.expr, alias: c.alias }))),
      from: parts.from,
      ...(parts.where === undefined ? {} : { where: parts.where }),
      ...(parts.orderBy === undefined ? {} : { orderBy: Object.freeze(parts.orderBy.map((o) => Object.freeze({ ...o }))) }),
      ...(parts.limit === undefined ? {} : { limit: parts.limit }),
    });
  },
};
