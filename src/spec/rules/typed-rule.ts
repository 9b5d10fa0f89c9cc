/**
 * A rule set after checking (./check-rule-set.ts): every field resolved against the catalog with its
 * type, every value coerced to that type (dates as ISO 'YYYY-MM-DD' strings), defaults filled in, and
 * each leaf discriminated on `op` so consumers switch exhaustively. This is the one definition the SQL
 * compiler (compile/rules) and the in-memory evaluator (core/rules, which mirrors it structurally because
 * core may not import spec) both implement.
 *
 * Semantics shared by every consumer (two-valued: a leaf on a missing value is false, never unknown):
 *   compare/range/oneOf/contains/withinDays on a null field → false; valid → is (not) null.
 *   withinDays d: asOf − d ≤ field ≤ asOf.
 *   event: count of engagement_events of the entity (stakeholder_id or account_id) with ts in
 *          [asOf − d, asOf + 1 day) and type/channel/asset in the lists (when given) ≥ atLeast.
 *   inSegment: same entity kind → the entity is in the segment; stakeholder → account segment: its
 *          primary account is; account → stakeholder segment: one of its primary stakeholders is.
 *   member: an open membership (valid_to is null) of the entity (of: self) or of a stakeholder's
 *          primary account (of: account), filtered by kind/segmentation when given.
 */
import type { FieldType } from './field-catalog.js';
import type { LogicalComposition } from './logical.js';
import type { RuleEntity } from './rule-segment.js';

/** `self`: a column of the entity's own table; `account`: of a stakeholder's primary account. */
export type FieldScope = 'self' | 'account';

export interface TypedField {
  readonly scope: FieldScope;
  readonly name: string;
  readonly type: FieldType;
}

export type TypedValue = string | number | boolean;
export type CompareOperator = '=' | '<' | '<=' | '>' | '>=';

export interface TypedCompare {
  readonly op: 'compare';
  readonly field: TypedField;
  readonly cmp: CompareOperator;
  readonly value: TypedValue;
}

export interface TypedRange {
  readonly op: 'range';
  readonly field: TypedField;
  readonly min: TypedValue | null;
  readonly max: TypedValue | null;
}

export interface TypedOneOf {
  readonly op: 'oneOf';
  readonly field: TypedField;
  readonly values: readonly TypedValue[];
}

export interface TypedValid {
  readonly op: 'valid';
  readonly field: TypedField;
  readonly valid: boolean;
}

export interface TypedContains {
  readonly op: 'contains';
  readonly field: TypedField;
  readonly text: string;
}

export interface TypedWithinDays {
  readonly op: 'withinDays';
  readonly field: TypedField;
  readonly days: number;
}

export interface TypedEvent {
  readonly op: 'event';
  readonly types: readonly string[] | null;
  readonly channels: readonly string[] | null;
  readonly assets: readonly string[] | null;
  readonly days: number;
  readonly atLeast: number;
}

export interface TypedInSegment {
  readonly op: 'inSegment';
  readonly segment: string;
  /** The entity kind of the referenced segment. */
  readonly entity: RuleEntity;
}

export interface TypedMember {
  readonly op: 'member';
  readonly segment: string;
  readonly segmentation: string | null;
  readonly kind: string | null;
  readonly of: 'self' | 'account';
}

export type TypedPredicate = TypedCompare | TypedRange | TypedOneOf | TypedValid | TypedContains | TypedWithinDays | TypedEvent | TypedInSegment | TypedMember;

export type TypedCondition = LogicalComposition<TypedPredicate>;

export interface TypedSegment {
  readonly name: string;
  readonly entity: RuleEntity;
  readonly label: string | null;
  readonly headline: string | null;
  readonly nextStep: string | null;
  readonly within: string | null;
  readonly entry: TypedCondition;
  /** Null: leave when the entry condition no longer holds. */
  readonly exit: TypedCondition | null;
  /** The exclusive group this segment belongs to, if any. */
  readonly group: string | null;
  /** Segments earlier in the same exclusive group: membership in any of them excludes this one. */
  readonly excludedBy: readonly string[];
}

export interface TypedRuleSet {
  readonly segmentation: string;
  readonly asOf: string | null;
  /** In document order. */
  readonly segments: readonly TypedSegment[];
}
