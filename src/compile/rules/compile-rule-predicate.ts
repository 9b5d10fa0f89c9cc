/**
 * One typed rule leaf as a SQL condition over the entity row aliased "e". Every condition is two-valued
 * (TRUE or FALSE, never NULL), exactly like the in-memory evaluator: column tests are wrapped in
 * COALESCE(…, FALSE), and everything that looks elsewhere (the primary account, engagement events,
 * memberships, other segments) is `id IS NOT NULL AND id IN (uncorrelated subquery of non-null ids)`.
 * Uncorrelated on purpose: every engine computes such a subquery once (PostgreSQL as a hashed subplan,
 * DuckDB as a mark join), where a correlated EXISTS re-runs per row and nested segments then cost
 * O(rows^depth). Values are parameters typed by the field's type; identifiers come from the field catalog
 * and pass the dialect's identifier gate.
 *
 * Semantics: spec/rules/typed-rule.ts. Complexity: O(size of the leaf).
 */
import { assertNever } from '../../lib/assert-never.js';
import { ColumnNode, SelectNode, TableNode, sql, type ExprNode, type SqlType } from '../ast/index.js';
import { entityTables, type FieldType } from '../../spec/rules/field-catalog.js';
import type { RuleEntity } from '../../spec/rules/rule-segment.js';
import type { TypedField, TypedPredicate, TypedValue } from '../../spec/rules/typed-rule.js';
import { compileFragment, concat, type FragmentContext, type SqlFragment } from './sql-fragment.js';

export interface LeafContext extends FragmentContext {
  readonly entity: RuleEntity;
  /** ISO date the windows end on. */
  readonly asOf: string;
  readonly tables: RuleTables;
  /** Compiles the final membership query of another segment (entity ids in column entity_id). */
  readonly segmentQuery: (name: string) => SqlFragment;
}

/** Table names the compiled SQL reads; overridable for a warehouse whose tables are named otherwise. */
export interface RuleTables {
  readonly accounts: string;
  readonly stakeholders: string;
  readonly events: string;
  readonly memberships: string;
}

export const defaultRuleTables: RuleTables = { accounts: 'accounts', stakeholders: 'stakeholders', events: 'engagement_events', memberships: 'memberships' };

const sqlTypes: Readonly<Record<FieldType, SqlType>> = { string: 'text', number: 'double', boolean: 'boolean', date: 'date' };

const param = (value: TypedValue, type: FieldType): ExprNode => sql.param(value, sqlTypes[type]);
const falseIfNull = (condition: ExprNode): ExprNode => sql.call('coalesce', condition, sql.lit(false));

/** `SELECT alias.idColumn AS entity_id FROM table AS alias WHERE …` (AST and/or fragment conditions). */
export function selectIds(ctx: FragmentContext, table: string, alias: string, idColumn: string, where: readonly (ExprNode | SqlFragment)[], tail: readonly (SqlFragment | string)[] = []): SqlFragment {
  const head = compileFragment(SelectNode.create({ columns: [{ expr: sql.col(idColumn, alias), alias: 'entity_id' }], from: TableNode.create(table, alias) }), ctx);
  const parts = where.map((w) => ('kind' in w ? compileFragment(w, ctx) : w));
  const joined: (SqlFragment | string)[] = [];
  parts.forEach((p, i) => joined.push(...(i === 0 ? [] : [' AND ']), p));
  return concat(ctx, head, ...(joined.length ? ['\nWHERE ', ...joined] : []), ...tail);
}

/**
 * `(id IS NOT NULL AND id IN (SELECT entity_id FROM (ids) WHERE entity_id IS NOT NULL))`: two-valued
 * membership of `id` in the set a query returns, whatever NULLs either side holds.
 */
export function memberOf(ctx: FragmentContext, id: ExprNode, ids: SqlFragment): SqlFragment {
  const idText = compileFragment(id, ctx);
  const alias = compileFragment(TableNode.create('ids'), ctx);
  const column = compileFragment(sql.col('entity_id', 'ids'), ctx);
  return concat(ctx, '(', idText, ' IS NOT NULL AND ', idText, ' IN (SELECT ', column, ' FROM (\n', ids, '\n) AS ', alias, ' WHERE ', column, ' IS NOT NULL))');
}

/** The condition on column `c` (AST where possible; POSITION for contains, which the AST has no node for). */
function columnTest(p: Exclude<TypedPredicate, { op: 'event' | 'inSegment' | 'member' }>, c: ExprNode, ctx: LeafContext): ExprNode | SqlFragment {
  const t = p.field.type;
  switch (p.op) {
    case 'compare': {
      const ops = { '=': sql.eq, '<': sql.lt, '<=': sql.lte, '>': sql.gt, '>=': sql.gte } as const;
      return falseIfNull(ops[p.cmp](c, param(p.value, t)));
    }
    case 'range': {
      const bounds = [...(p.min === null ? [] : [sql.gte(c, param(p.min, t))]), ...(p.max === null ? [] : [sql.lte(c, param(p.max, t))])];
      return falseIfNull(sql.and(...bounds));
    }
    case 'oneOf':
      return falseIfNull(sql.in(c, p.values.map((v) => param(v, t))));
    case 'valid':
      return p.valid ? sql.notNull(c) : sql.isNull(c);
    case 'contains':
      return concat(ctx, 'COALESCE(POSITION(', compileFragment(sql.param(p.text, 'text'), ctx), ' IN ', compileFragment(c, ctx), ') > 0, FALSE)');
    case 'withinDays':
      return falseIfNull(sql.and(sql.gte(c, sql.param(addDays(ctx.asOf, -p.days), 'date')), sql.lte(c, sql.param(ctx.asOf, 'date'))));
    default:
      return assertNever(p, 'field predicate');
  }
}

/** A field leaf: on the entity's own column, or through EXISTS on the stakeholder's primary account. */
function fieldLeaf(p: Exclude<TypedPredicate, { op: 'event' | 'inSegment' | 'member' }>, ctx: LeafContext): SqlFragment {
  const field: TypedField = p.field;
  if (field.scope === 'self') {
    const test = columnTest(p, ColumnNode.create(field.name, 'e'), ctx);
    return 'kind' in test ? compileFragment(test, ctx) : test;
  }
  const accountId = sql.col('account_id', 'e');
  if (p.op === 'valid' && !p.valid) {
    // missing when there is no account, or the account has no value: not among accounts that have one
    return concat(ctx, 'NOT ', memberOf(ctx, accountId, selectIds(ctx, ctx.tables.accounts, 'a', 'account_id', [sql.notNull(sql.col(field.name, 'a'))])));
  }
  return memberOf(ctx, accountId, selectIds(ctx, ctx.tables.accounts, 'a', 'account_id', [columnTest(p, ColumnNode.create(field.name, 'a'), ctx)]));
}

function eventLeaf(p: Extract<TypedPredicate, { op: 'event' }>, ctx: LeafContext): SqlFragment {
  const key = entityTables[ctx.entity].key;
  const ts = sql.col('ts', 'ev');
  const where: ExprNode[] = [
    sql.gte(ts, sql.param(`${addDays(ctx.asOf, -p.days)} 00:00:00`, 'timestamp')),
    sql.lt(ts, sql.param(`${addDays(ctx.asOf, 1)} 00:00:00`, 'timestamp')),
  ];
  const lists: [string, readonly string[] | null][] = [['type', p.types], ['channel', p.channels], ['asset', p.assets]];
  for (const [column, values] of lists) if (values !== null) where.push(falseIfNull(sql.in(sql.col(column, 'ev'), values.map((v) => sql.param(v, 'text')))));
  const tail = p.atLeast === 1 ? [] : ['\nGROUP BY ', compileFragment(sql.col(key, 'ev'), ctx), '\nHAVING COUNT(*) >= ', compileFragment(sql.param(p.atLeast, 'integer'), ctx)];
  return memberOf(ctx, sql.col(key, 'e'), selectIds(ctx, ctx.tables.events, 'ev', key, where, tail));
}

function memberLeaf(p: Extract<TypedPredicate, { op: 'member' }>, ctx: LeafContext): SqlFragment {
  const of = p.of === 'account' ? 'account' : ctx.entity;
  const id = p.of === 'account' ? sql.col('account_id', 'e') : sql.col(entityTables[ctx.entity].key, 'e');
  const where: ExprNode[] = [
    sql.eq(sql.col('entity_kind', 'm'), sql.param(of, 'text')),
    sql.isNull(sql.col('valid_to', 'm')),
    sql.eq(sql.col('segment', 'm'), sql.param(p.segment, 'text')),
  ];
  if (p.kind !== null) where.push(sql.eq(sql.col('kind', 'm'), sql.param(p.kind, 'text')));
  if (p.segmentation !== null) where.push(sql.eq(sql.col('segmentation', 'm'), sql.param(p.segmentation, 'text')));
  return memberOf(ctx, id, selectIds(ctx, ctx.tables.memberships, 'm', 'entity_id', where));
}

/** Membership of another rule segment, across entity kinds (stakeholder → account: via account_id). */
export function segmentLeaf(segment: string, target: RuleEntity, ctx: LeafContext): SqlFragment {
  const members = ctx.segmentQuery(segment);
  if (target === ctx.entity) return memberOf(ctx, sql.col(entityTables[ctx.entity].key, 'e'), members);
  if (ctx.entity === 'stakeholder') return memberOf(ctx, sql.col('account_id', 'e'), members);
  // an account is in a stakeholder segment when one of its primary stakeholders is
  const accounts = selectIds(ctx, ctx.tables.stakeholders, 's', 'account_id', [memberOf(ctx, sql.col('stakeholder_id', 's'), members)]);
  return memberOf(ctx, sql.col('account_id', 'e'), accounts);
}

export function compileRulePredicate(p: TypedPredicate, ctx: LeafContext): SqlFragment {
  switch (p.op) {
    case 'event':
      return eventLeaf(p, ctx);
    case 'member':
      return memberLeaf(p, ctx);
    case 'inSegment':
      return segmentLeaf(p.segment, p.entity, ctx);
    default:
      return fieldLeaf(p, ctx);
  }
}

/** ISO date arithmetic in UTC (the same as core/rules/iso-date.ts, which compile/ may not import). */
export function addDays(iso: string, days: number): string {
  const ms = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}
