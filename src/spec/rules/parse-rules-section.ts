/**
 * Parses an untrusted `rules:` section (YAML or API JSON) and, when it fails, explains each problem in
 * terms of the condition the user wrote. A zod union failure ("none of 13 shapes matched") is useless to
 * a CRM user, so a failing condition is re-checked against the one shape its operator key selects
 * (`{ field, gte }` → FieldGTEPredicate) and that shape's own problems are reported with their path.
 *
 * Complexity: O(size of the section).
 *
 * @example parseRulesSection({ segments: [{ name: 'a', entity: 'account', entry: { field: 'beds', gtee: 1 } }] })
 *   // → err([{ code: 'invalid', path: 'segments[0].entry', message: 'a condition requires … got keys `field`, `gtee`' }])
 */
import { z } from 'zod';
import { err, ok, type Result } from '../../lib/result.js';
import { rulesMessages } from '../../lib/messages/rules.js';
import type { RuleIssue } from './check-rule-set.js';
import * as predicates from './predicate.js';
import { RuleCondition, RulesSection } from './rule-segment.js';

type Path = readonly PropertyKey[];

export function formatPath(path: Path): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

const leafShapes: Readonly<Record<string, z.ZodType>> = {
  equal: predicates.FieldEqualPredicate,
  lt: predicates.FieldLTPredicate,
  lte: predicates.FieldLTEPredicate,
  gt: predicates.FieldGTPredicate,
  gte: predicates.FieldGTEPredicate,
  range: predicates.FieldRangePredicate,
  oneOf: predicates.FieldOneOfPredicate,
  valid: predicates.FieldValidPredicate,
  contains: predicates.FieldContainsPredicate,
  withinDays: predicates.FieldWithinDaysPredicate,
  event: predicates.EventPredicate,
  inSegment: predicates.InSegmentPredicate,
  member: predicates.MemberPredicate,
};

const logicalShapes: Readonly<Record<string, z.ZodType>> = {
  not: z.strictObject({ not: RuleCondition }),
  all: z.strictObject({ all: z.array(RuleCondition).min(1).max(200) }),
  any: z.strictObject({ any: z.array(RuleCondition).min(1).max(200) }),
};

/** The one shape a condition object claims to be, from its keys; undefined when no key says. */
function shapeFor(value: unknown): z.ZodType | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const logical = keys.find((k) => k in logicalShapes);
  if (logical !== undefined) return logicalShapes[logical];
  const operator = keys.find((k) => k !== 'field' && k in leafShapes);
  return operator === undefined ? undefined : leafShapes[operator];
}

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** What a value at this path must be, named by its operator key. */
function expectation(path: Path): string {
  const last = [...path].reverse().find((k) => typeof k === 'string');
  const operator = typeof last === 'string' ? last : '';
  if (['lt', 'lte', 'gt', 'gte', 'range'].includes(operator)) return 'a number or an ISO date';
  if (operator === 'segment') return 'text or a number';
  if (['type', 'channel', 'asset'].includes(operator)) return 'text or a list of text';
  return 'text, a number or a boolean';
}

/** True where a condition (not a plain value) stands: entry, exit, not, or an item of all/any. */
function isConditionPath(path: Path): boolean {
  const last = path[path.length - 1];
  if (last === 'entry' || last === 'exit' || last === 'not') return true;
  const parent = path[path.length - 2];
  return typeof last === 'number' && (parent === 'all' || parent === 'any');
}

/** Turns zod issues into rule issues, descending into failed conditions. */
function explain(issues: readonly z.core.$ZodIssue[], root: unknown, prefix: Path, out: RuleIssue[]): void {
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code !== 'invalid_union') {
      out.push({ code: 'invalid', path: formatPath(path), message: rulesMessages.invalidRules('', issue.message) });
      continue;
    }
    const value = valueAt(root, path);
    const shape = shapeFor(value);
    if (shape) {
      const result = shape.safeParse(value);
      if (!result.success) explain(result.error.issues, root, path, out);
      continue;
    }
    if (!isConditionPath(path)) {
      out.push({ code: 'invalid', path: formatPath(path), message: rulesMessages.invalidValue(expectation(path), value) });
      continue;
    }
    const keys = typeof value === 'object' && value !== null ? Object.keys(value) : [typeof value];
    out.push({ code: 'invalid', path: formatPath(path), message: rulesMessages.unknownOperator(keys) });
  }
}

export function parseRulesSection(input: unknown): Result<RulesSection, RuleIssue[]> {
  const result = RulesSection.safeParse(input);
  if (result.success) return ok(result.data);
  const issues: RuleIssue[] = [];
  explain(result.error.issues, input, [], issues);
  return err(issues);
}
