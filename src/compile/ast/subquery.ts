/**
 * A SELECT used as the source of another, `(SELECT …) AS alias`: how compiled models stage their
 * computation (features → linear scores → softmax) without CTE syntax differences between dialects.
 *
 * @example SubqueryNode.create(inner, 'f')   // (SELECT …) AS "f"
 */
import { freeze, hasKind } from './node.js';
import type { SelectNode } from './select.js';

export interface SubqueryNode {
  readonly kind: 'subquery';
  readonly query: SelectNode;
  readonly alias: string;
}

export const SubqueryNode = {
  is: (value: unknown): value is SubqueryNode => hasKind(value, 'subquery'),
  create: (query: SelectNode, alias: string): SubqueryNode => freeze({ kind: 'subquery' as const, query, alias }),
};
