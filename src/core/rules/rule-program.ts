/**
 * The checked rule set as the evaluator sees it. core/ may not import spec/, so this file states the
 * shape spec/rules/typed-rule.ts defines, field for field; the pipeline passes a TypedRuleSet straight in
 * and the compiler checks the two stay assignable (test: src/pipeline/rules/program-shape.test.ts).
 * Semantics are documented once, in spec/rules/typed-rule.ts.
 */
export interface LogicalNot<T> {
  readonly not: Logical<T>;
}
export interface LogicalAnd<T> {
  readonly all: readonly Logical<T>[];
}
export interface LogicalOr<T> {
  readonly any: readonly Logical<T>[];
}
export type Logical<T> = LogicalNot<T> | LogicalAnd<T> | LogicalOr<T> | T;

export type ProgramFieldType = 'string' | 'number' | 'boolean' | 'date';
export type ProgramEntity = 'account' | 'stakeholder';

export interface ProgramField {
  readonly scope: 'self' | 'account';
  readonly name: string;
  readonly type: ProgramFieldType;
}

export type ProgramValue = string | number | boolean;

export type ProgramPredicate =
  | { readonly op: 'compare'; readonly field: ProgramField; readonly cmp: '=' | '<' | '<=' | '>' | '>='; readonly value: ProgramValue }
  | { readonly op: 'range'; readonly field: ProgramField; readonly min: ProgramValue | null; readonly max: ProgramValue | null }
  | { readonly op: 'oneOf'; readonly field: ProgramField; readonly values: readonly ProgramValue[] }
  | { readonly op: 'valid'; readonly field: ProgramField; readonly valid: boolean }
  | { readonly op: 'contains'; readonly field: ProgramField; readonly text: string }
  | { readonly op: 'withinDays'; readonly field: ProgramField; readonly days: number }
  | {
      readonly op: 'event';
      readonly types: readonly string[] | null;
      readonly channels: readonly string[] | null;
      readonly assets: readonly string[] | null;
      readonly days: number;
      readonly atLeast: number;
    }
  | { readonly op: 'inSegment'; readonly segment: string; readonly entity: ProgramEntity }
  | { readonly op: 'member'; readonly segment: string; readonly segmentation: string | null; readonly kind: string | null; readonly of: 'self' | 'account' };

export type ProgramCondition = Logical<ProgramPredicate>;

export interface ProgramSegment {
  readonly name: string;
  readonly entity: ProgramEntity;
  readonly within: string | null;
  readonly entry: ProgramCondition;
  readonly exit: ProgramCondition | null;
  readonly excludedBy: readonly string[];
}

export interface RuleProgram {
  readonly segmentation: string;
  readonly segments: readonly ProgramSegment[];
}

/** Bottom-up fold over a condition: the one traversal the evaluator needs. */
export function foldCondition<T, R>(
  node: Logical<T>,
  leaf: (predicate: T) => R,
  combine: { not: (r: R) => R; all: (rs: readonly R[]) => R; any: (rs: readonly R[]) => R },
): R {
  if (typeof node === 'object' && node !== null) {
    if ('not' in node) return combine.not(foldCondition((node as LogicalNot<T>).not, leaf, combine));
    if ('all' in node && Array.isArray(node.all)) return combine.all((node as LogicalAnd<T>).all.map((c) => foldCondition(c, leaf, combine)));
    if ('any' in node && Array.isArray(node.any)) return combine.any((node as LogicalOr<T>).any.map((c) => foldCondition(c, leaf, combine)));
  }
  return leaf(node as T);
}
