/**
 * A logical composition of leaves: `{ not: X }`, `{ all: [X, …] }`, `{ any: [X, …] }` or a leaf. One
 * generic type serves every rule tree (field predicates, event windows, memberships), so validation, SQL
 * compilation, in-memory evaluation and the UI walk the same shape with the same two traversals.
 * The keys read as a CRM user says them ("all of", "any of", "not").
 *
 * Reference: vega-lite `src/logical.ts` (LogicalComposition, forEachLeaf, normalizeLogicalComposition).
 * Complexity: every traversal is O(nodes).
 *
 * @example
 *   const rule: LogicalComposition<{ field: string; equal: string }> =
 *     { all: [{ field: 'type', equal: 'hospital' }, { not: { field: 'state', equal: 'ME' } }] };
 *   countLeaves(rule)   // 2
 */

export interface LogicalNot<T> {
  readonly not: LogicalComposition<T>;
}

export interface LogicalAnd<T> {
  readonly all: readonly LogicalComposition<T>[];
}

export interface LogicalOr<T> {
  readonly any: readonly LogicalComposition<T>[];
}

export type LogicalComposition<T> = LogicalNot<T> | LogicalAnd<T> | LogicalOr<T> | T;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function isLogicalNot<T>(op: LogicalComposition<T>): op is LogicalNot<T> {
  return isObject(op) && 'not' in op;
}

export function isLogicalAnd<T>(op: LogicalComposition<T>): op is LogicalAnd<T> {
  return isObject(op) && 'all' in op && Array.isArray(op.all);
}

export function isLogicalOr<T>(op: LogicalComposition<T>): op is LogicalOr<T> {
  return isObject(op) && 'any' in op && Array.isArray(op.any);
}

/** Handlers for one bottom-up pass over a composition (the evaluator, the SQL compiler, a printer). */
export interface LogicalFold<T, R> {
  readonly not: (operand: R) => R;
  readonly all: (operands: readonly R[]) => R;
  readonly any: (operands: readonly R[]) => R;
  readonly leaf: (leaf: T, path: string) => R;
}

/**
 * Traversal 1: folds the tree bottom-up. `path` names each leaf's position (`entry.all[1].not`) so an
 * error can point at it.
 */
export function foldLogical<T, R>(op: LogicalComposition<T>, fold: LogicalFold<T, R>, path = ''): R {
  if (isLogicalNot(op)) return fold.not(foldLogical(op.not, fold, `${path}.not`));
  if (isLogicalAnd(op)) return fold.all(op.all.map((child, i) => foldLogical(child, fold, `${path}.all[${i}]`)));
  if (isLogicalOr(op)) return fold.any(op.any.map((child, i) => foldLogical(child, fold, `${path}.any[${i}]`)));
  return fold.leaf(op, path);
}

/** Traversal 2: visits every leaf in document order (used for field checks and dependency edges). */
export function forEachLeaf<T>(op: LogicalComposition<T>, visit: (leaf: T, path: string) => void, path = ''): void {
  foldLogical<T, void>(op, { not: () => undefined, all: () => undefined, any: () => undefined, leaf: visit }, path);
}

/** Rebuilds the tree with every leaf replaced by `map(leaf)`: how checking turns raw leaves into typed ones. */
export function mapLeaves<T, U>(op: LogicalComposition<T>, map: (leaf: T, path: string) => U, path = ''): LogicalComposition<U> {
  return foldLogical<T, LogicalComposition<U>>(
    op,
    { not: (operand) => ({ not: operand }), all: (operands) => ({ all: operands }), any: (operands) => ({ any: operands }), leaf: map },
    path,
  );
}

export function countLeaves<T>(op: LogicalComposition<T>): number {
  return foldLogical<T, number>(op, { not: (n) => n, all: (ns) => ns.reduce((a, b) => a + b, 0), any: (ns) => ns.reduce((a, b) => a + b, 0), leaf: () => 1 });
}
