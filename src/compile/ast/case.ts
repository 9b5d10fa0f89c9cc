/**
 * A searched CASE: the first `when` that holds gives the value; otherwise `else` (NULL when absent).
 *
 * @example CaseNode.create([{ when: c, then: LiteralNode.create(1) }], LiteralNode.create(0))
 *          // CASE WHEN c THEN 1 ELSE 0 END
 * @throws {RangeError} for a CASE without branches
 */
import { freeze, hasKind, type ExprNode } from './node.js';

export interface CaseBranch {
  readonly when: ExprNode;
  readonly then: ExprNode;
}

export interface CaseNode {
  readonly kind: 'case';
  readonly branches: readonly CaseBranch[];
  readonly otherwise?: ExprNode;
}

export const CaseNode = {
  is: (value: unknown): value is CaseNode => hasKind(value, 'case'),
  create: (branches: readonly CaseBranch[], otherwise?: ExprNode): CaseNode => {
    if (branches.length === 0) throw new RangeError('case requires at least one branch');
    const frozen = Object.freeze(branches.map((b) => Object.freeze({ when: b.when, then: b.then })));
    return freeze(otherwise === undefined ? { kind: 'case' as const, branches: frozen } : { kind: 'case' as const, branches: frozen, otherwise });
  },
};
