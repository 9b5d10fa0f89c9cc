/**
 * One leaf of a rule as a test on an entity row. Two-valued on purpose: a leaf on a missing value is
 * false (SQL would say unknown), so `not` means "does not hold" in the evaluator and in the compiled SQL
 * alike (compile/rules wraps every leaf so SQL NULL becomes FALSE).
 *
 * Complexity: O(1) per row for field leaves; event and membership leaves precompute a per-entity count or
 * set once per leaf (O(events) / O(memberships)) and then answer in O(1).
 */
import { assertNever } from '../../lib/assert-never.js';
import { addDays, dayStartMs, millisecondsPerDay, toEpochMs, toIsoDate } from './iso-date.js';
import type { ProgramEntity, ProgramField, ProgramPredicate, ProgramValue } from './rule-program.js';
import type { RuleData, RuleRow } from './rule-data.js';

export type RowTest = (row: RuleRow) => boolean;

export interface PredicateContext {
  readonly entity: ProgramEntity;
  readonly asOf: string;
  readonly data: RuleData;
  readonly accountById: ReadonlyMap<string, RuleRow>;
  /** Final members of a segment already evaluated (topological order guarantees it exists). */
  readonly members: (segment: string) => ReadonlySet<string>;
}

export const entityKey: Readonly<Record<ProgramEntity, string>> = { account: 'account_id', stakeholder: 'stakeholder_id' };

const idOf = (row: RuleRow | undefined, key: string): string | null => {
  const v = row?.[key];
  return v === null || v === undefined ? null : String(v);
};

/** A field's value in canonical form (numbers as number, dates as ISO strings), or null. */
export function fieldValue(row: RuleRow, field: ProgramField, ctx: PredicateContext): ProgramValue | null {
  const source = field.scope === 'account' ? ctx.accountById.get(idOf(row, 'account_id') ?? '') : row;
  const raw = source?.[field.name];
  if (raw === null || raw === undefined) return null;
  switch (field.type) {
    case 'number':
      return typeof raw === 'number' ? raw : typeof raw === 'bigint' ? Number(raw) : null;
    case 'date':
      return toIsoDate(raw);
    case 'boolean':
      return typeof raw === 'boolean' ? raw : null;
    case 'string':
      return typeof raw === 'string' ? raw : String(raw);
    default:
      return assertNever(field.type, 'field type');
  }
}

function compare(a: ProgramValue, cmp: '=' | '<' | '<=' | '>' | '>=', b: ProgramValue): boolean {
  switch (cmp) {
    case '=':
      return a === b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    default:
      return assertNever(cmp, 'comparison');
  }
}

/** Entity id → number of matching events in the window, for one event leaf. */
function eventCounts(p: Extract<ProgramPredicate, { op: 'event' }>, ctx: PredicateContext): Map<string, number> {
  const from = dayStartMs(ctx.asOf) - p.days * millisecondsPerDay;
  const to = dayStartMs(ctx.asOf) + millisecondsPerDay;
  const key = ctx.entity === 'account' ? 'account_id' : 'stakeholder_id';
  const inList = (list: readonly string[] | null, v: string | null): boolean => list === null || (v !== null && list.includes(v));
  const counts = new Map<string, number>();
  for (const e of ctx.data.events) {
    const id = e[key];
    const ms = toEpochMs(e.ts);
    if (id === null || ms === null || ms < from || ms >= to) continue;
    if (!inList(p.types, e.type) || !inList(p.channels, e.channel) || !inList(p.assets, e.asset)) continue;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Ids holding an open membership that matches a member leaf (entity kind `account` for of: account). */
function memberIds(p: Extract<ProgramPredicate, { op: 'member' }>, ctx: PredicateContext): Set<string> {
  const kind = p.of === 'account' ? 'account' : ctx.entity;
  const ids = new Set<string>();
  for (const m of ctx.data.memberships) {
    if (m.entityKind !== kind || m.segment !== p.segment) continue;
    if ((p.kind !== null && m.kind !== p.kind) || (p.segmentation !== null && m.segmentation !== p.segmentation)) continue;
    ids.add(m.entityId);
  }
  return ids;
}

/** Membership of another rule segment, across entity kinds (see spec/rules/typed-rule.ts). */
export function segmentTest(segment: string, target: ProgramEntity, ctx: PredicateContext): RowTest {
  const members = ctx.members(segment);
  const ownKey = entityKey[ctx.entity];
  if (target === ctx.entity) return (row) => members.has(idOf(row, ownKey) ?? '');
  if (ctx.entity === 'stakeholder') return (row) => members.has(idOf(row, 'account_id') ?? '');
  const accounts = new Set<string>();
  for (const s of ctx.data.stakeholders) {
    const account = idOf(s, 'account_id');
    if (account !== null && members.has(idOf(s, 'stakeholder_id') ?? '')) accounts.add(account);
  }
  return (row) => accounts.has(idOf(row, 'account_id') ?? '');
}

export function predicateTest(p: ProgramPredicate, ctx: PredicateContext): RowTest {
  const value = (row: RuleRow, field: ProgramField): ProgramValue | null => fieldValue(row, field, ctx);
  switch (p.op) {
    case 'compare':
      return (row) => {
        const v = value(row, p.field);
        return v !== null && compare(v, p.cmp, p.value);
      };
    case 'range':
      return (row) => {
        const v = value(row, p.field);
        return v !== null && (p.min === null || v >= p.min) && (p.max === null || v <= p.max);
      };
    case 'oneOf':
      return (row) => {
        const v = value(row, p.field);
        return v !== null && p.values.includes(v);
      };
    case 'valid':
      return (row) => (value(row, p.field) !== null) === p.valid;
    case 'contains':
      return (row) => {
        const v = value(row, p.field);
        return typeof v === 'string' && v.includes(p.text);
      };
    case 'withinDays': {
      const from = addDays(ctx.asOf, -p.days);
      return (row) => {
        const v = value(row, p.field);
        return typeof v === 'string' && v >= from && v <= ctx.asOf;
      };
    }
    case 'event': {
      const counts = eventCounts(p, ctx);
      const key = entityKey[ctx.entity];
      return (row) => (counts.get(idOf(row, key) ?? '') ?? 0) >= p.atLeast;
    }
    case 'member': {
      const ids = memberIds(p, ctx);
      const key = p.of === 'account' ? 'account_id' : entityKey[ctx.entity];
      return (row) => ids.has(idOf(row, key) ?? '');
    }
    case 'inSegment':
      return segmentTest(p.segment, p.entity, ctx);
    default:
      return assertNever(p, 'rule predicate');
  }
}
