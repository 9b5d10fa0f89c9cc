/**
 * Types one leaf of a rule: resolves its field in the catalog (`account.beds` through a stakeholder's
 * primary account), checks the operator against the field type and coerces the value. A problem is
 * reported through `ctx.report` and a harmless placeholder is returned, so checking goes on and the user
 * sees every problem at once.
 *
 * Complexity: O(1) per leaf, plus O(values) for oneOf.
 */
import { rulesMessages } from '../../lib/messages/rules.js';
import { assertNever } from '../../lib/assert-never.js';
import { closeMatches } from './close-matches.js';
import type { FieldCatalog, FieldType } from './field-catalog.js';
import { isEventPredicate, isInSegmentPredicate, isMemberPredicate, type FieldPredicate, type RulePredicate } from './predicate.js';
import type { RuleEntity } from './rule-segment.js';
import type { CompareOperator, TypedField, TypedPredicate, TypedValue } from './typed-rule.js';
import type { RuleIssue } from './check-rule-set.js';

export interface LeafContext {
  readonly entity: RuleEntity;
  readonly catalog: FieldCatalog;
  /** Every segment of the set with its entity kind. */
  readonly segments: ReadonlyMap<string, RuleEntity>;
  readonly report: (issue: RuleIssue) => void;
}

const typeNames: Record<FieldType, string> = { string: 'text', number: 'a number', boolean: 'a boolean', date: 'a date' };

/** Placeholder for a leaf that failed: never evaluated, because a failed check returns no rule set. */
const placeholder = (field: TypedField): TypedPredicate => ({ op: 'valid', field, valid: true });

export function typePredicate(leaf: RulePredicate, ctx: LeafContext, path: string): TypedPredicate {
  if (isEventPredicate(leaf)) {
    const e = leaf.event;
    const list = (v: string | readonly string[] | undefined): readonly string[] | null => (v === undefined ? null : typeof v === 'string' ? [v] : [...v]);
    return { op: 'event', types: list(e.type), channels: list(e.channel), assets: list(e.asset), days: e.withinDays, atLeast: e.atLeast ?? 1 };
  }
  if (isInSegmentPredicate(leaf)) {
    const entity = ctx.segments.get(leaf.inSegment);
    if (entity === undefined) {
      ctx.report({ code: 'unknown_segment', path, message: rulesMessages.unknownSegment(leaf.inSegment, closeMatches(leaf.inSegment, ctx.segments.keys())) });
      return { op: 'inSegment', segment: leaf.inSegment, entity: ctx.entity };
    }
    return { op: 'inSegment', segment: leaf.inSegment, entity };
  }
  if (isMemberPredicate(leaf)) {
    const m = leaf.member;
    const of = m.of ?? 'self';
    if (of === 'account' && ctx.entity !== 'stakeholder') ctx.report({ code: 'bad_scope', path, message: rulesMessages.memberOfAccountRequiresStakeholder });
    return { op: 'member', segment: String(m.segment), segmentation: m.segmentation ?? null, kind: m.kind ?? null, of };
  }
  return typeFieldPredicate(leaf, ctx, path);
}

function resolveField(name: string, ctx: LeafContext, path: string): TypedField | undefined {
  const dot = name.indexOf('.');
  const scoped = dot > 0 && name.slice(0, dot) === 'account';
  if (scoped && ctx.entity !== 'stakeholder') {
    ctx.report({ code: 'bad_scope', path, field: name, message: rulesMessages.accountFieldRequiresStakeholder(name) });
    return undefined;
  }
  const scope = scoped ? 'account' : 'self';
  const bare = scoped ? name.slice(dot + 1) : name;
  const fields = scope === 'account' ? ctx.catalog.account : ctx.catalog[ctx.entity];
  const type = fields.get(bare);
  if (type !== undefined) return { scope, name: bare, type };
  const candidates = [...fields.keys()].map((f) => (scope === 'account' ? `account.${f}` : f));
  if (ctx.entity === 'stakeholder' && scope === 'self') candidates.push(...[...ctx.catalog.account.keys()].map((f) => `account.${f}`));
  const suggestions = closeMatches(name, candidates);
  ctx.report({ code: 'unknown_field', path, field: name, suggestions, message: rulesMessages.unknownField(name, scope === 'account' ? 'account' : ctx.entity, suggestions) });
  return undefined;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in ISO form (rejects 2024-02-30). */
export function isIsoDate(value: string): boolean {
  const m = isoDate.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** Coerces a rule value to the field's type, or reports a mismatch and returns undefined. */
function coerce(field: TypedField, label: string, operator: string, value: unknown, ctx: LeafContext, path: string): TypedValue | undefined {
  const fail = (): undefined => {
    ctx.report({ code: 'type_mismatch', path, field: label, message: rulesMessages.typeMismatch(label, typeNames[field.type], operator, value) });
    return undefined;
  };
  switch (field.type) {
    case 'string':
      return typeof value === 'string' ? value : fail();
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : fail();
    case 'boolean':
      return typeof value === 'boolean' ? value : fail();
    case 'date':
      if (typeof value === 'string' && isIsoDate(value)) return value;
      ctx.report({ code: 'type_mismatch', path, field: label, message: rulesMessages.invalidDate(label, value) });
      return undefined;
    default:
      return assertNever(field.type, 'field type');
  }
}

function typeFieldPredicate(leaf: FieldPredicate, ctx: LeafContext, path: string): TypedPredicate {
  const field = resolveField(leaf.field, ctx, path);
  const fallback: TypedField = { scope: 'self', name: leaf.field, type: 'string' };
  if (!field) return placeholder(fallback);
  const label = leaf.field;
  const ordered = field.type === 'number' || field.type === 'date';
  const needOrdered = (operator: string): boolean => {
    if (!ordered) ctx.report({ code: 'type_mismatch', path, field: label, message: rulesMessages.orderedRequiresNumberOrDate(label, typeNames[field.type], operator) });
    return ordered;
  };
  if ('equal' in leaf) {
    const value = coerce(field, label, 'equal', leaf.equal, ctx, path);
    return value === undefined ? placeholder(field) : { op: 'compare', field, cmp: '=', value };
  }
  if ('range' in leaf) {
    if (!needOrdered('range')) return placeholder(field);
    const [lo, hi] = leaf.range;
    if (lo === null && hi === null) {
      ctx.report({ code: 'invalid', path, field: label, message: rulesMessages.rangeRequiresBound(label) });
      return placeholder(field);
    }
    const min = lo === null ? null : coerce(field, label, 'range', lo, ctx, path);
    const max = hi === null ? null : coerce(field, label, 'range', hi, ctx, path);
    if (min === undefined || max === undefined) return placeholder(field);
    if (min !== null && max !== null && min > max) ctx.report({ code: 'invalid', path, field: label, message: rulesMessages.rangeReversed(label) });
    return { op: 'range', field, min, max };
  }
  if ('oneOf' in leaf) {
    const values = leaf.oneOf.map((v) => coerce(field, label, 'oneOf', v, ctx, path));
    const good = values.filter((v): v is TypedValue => v !== undefined);
    return good.length === values.length ? { op: 'oneOf', field, values: [...new Set(good)] } : placeholder(field);
  }
  if ('valid' in leaf) return { op: 'valid', field, valid: leaf.valid };
  if ('contains' in leaf) {
    if (field.type !== 'string') {
      ctx.report({ code: 'type_mismatch', path, field: label, message: rulesMessages.containsRequiresText(label, typeNames[field.type]) });
      return placeholder(field);
    }
    return { op: 'contains', field, text: leaf.contains };
  }
  if ('withinDays' in leaf) {
    if (field.type !== 'date') {
      ctx.report({ code: 'type_mismatch', path, field: label, message: rulesMessages.withinDaysRequiresDate(label, typeNames[field.type]) });
      return placeholder(field);
    }
    return { op: 'withinDays', field, days: leaf.withinDays };
  }
  const [key, cmp, raw] = comparisonOf(leaf);
  if (!needOrdered(key)) return placeholder(field);
  const value = coerce(field, label, key, raw, ctx, path);
  return value === undefined ? placeholder(field) : { op: 'compare', field, cmp, value };
}

type ComparisonPredicate = Extract<FieldPredicate, { lt: unknown } | { lte: unknown } | { gt: unknown } | { gte: unknown }>;

function comparisonOf(leaf: ComparisonPredicate): readonly [string, CompareOperator, string | number] {
  if ('lt' in leaf) return ['lt', '<', leaf.lt];
  if ('lte' in leaf) return ['lte', '<=', leaf.lte];
  if ('gt' in leaf) return ['gt', '>', leaf.gt];
  return ['gte', '>=', leaf.gte];
}
