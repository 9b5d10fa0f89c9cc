/**
 * Rule segments → parameterised SQL, one SELECT per segment returning the member ids (`entity_id`), for
 * DuckDB, PostgreSQL, Spark and Snowflake. The query implements exactly the evaluator's semantics
 * (spec/rules/typed-rule.ts, core/rules/evaluate-rules.ts):
 *
 *   SELECT e.<key> AS entity_id FROM <accounts|stakeholders> AS e
 *   WHERE [within] AND (entry OR (previous member AND NOT exit))   -- or just entry without an exit
 *     AND NOT (raw condition of each segment ranked above it in its exclusive group)
 *
 * "Previous member" reads the open `rule` memberships of the set's segmentation (the tags table of
 * migration 50); pass `previous: false` for a warehouse that has no such table (exit criteria then
 * reduce to entry criteria). References to other segments are inlined as EXISTS subqueries over their
 * own queries (uncorrelated IN subqueries), so each statement is self-contained.
 *
 * Complexity: O(size of the segment and everything it references) per statement.
 *
 * @example
 *   compileRuleToSql(rules, 'big-hospitals', { dialect: 'postgres', asOf: '2024-06-30' })
 *   // → { segment: 'big-hospitals', entity: 'account', sql: 'SELECT\n  "e"."account_id" AS "entity_id"\nFROM "accounts" AS "e"\nWHERE …', parameters: [200] }
 * @throws UsageError for an unknown segment or a circular reference (checked sets have neither)
 */
import { UsageError } from '../../lib/errors.js';
import { rulesMessages } from '../../lib/messages/rules.js';
import { SelectNode, TableNode, sql, type SqlValue } from '../ast/index.js';
import type { DialectName } from '../dialect/index.js';
import { entityTables } from '../../spec/rules/field-catalog.js';
import { foldLogical } from '../../spec/rules/logical.js';
import type { TypedCondition, TypedPredicate, TypedRuleSet, TypedSegment } from '../../spec/rules/typed-rule.js';
import { compileRulePredicate, defaultRuleTables, memberOf, segmentLeaf, selectIds, type LeafContext, type RuleTables } from './compile-rule-predicate.js';
import { compileFragment, concat, joinFragments, type FragmentContext, type SqlFragment } from './sql-fragment.js';

export interface CompileRulesOptions {
  readonly dialect: DialectName;
  /** ISO date the time windows end on. */
  readonly asOf: string;
  /** Values as literals instead of parameters (for a console that cannot bind). Default false. */
  readonly inline?: boolean;
  readonly tables?: Partial<RuleTables>;
  /** Read previous members for exit criteria from the memberships table (default true). */
  readonly previous?: boolean;
}

export interface CompiledRuleSegment {
  readonly segment: string;
  readonly entity: string;
  readonly dialect: DialectName;
  readonly sql: string;
  readonly parameters: readonly SqlValue[];
}

interface Compiler {
  readonly rules: TypedRuleSet;
  readonly byName: ReadonlyMap<string, TypedSegment>;
  readonly options: CompileRulesOptions;
  readonly fragment: FragmentContext;
  readonly tables: RuleTables;
  readonly stack: string[];
}

function segmentOf(c: Compiler, name: string): TypedSegment {
  const segment = c.byName.get(name);
  if (!segment) throw new UsageError(rulesMessages.unknownSegment(name, []));
  return segment;
}

function leafContext(c: Compiler, segment: TypedSegment): LeafContext {
  return { ...c.fragment, entity: segment.entity, asOf: c.options.asOf, tables: c.tables, segmentQuery: (name) => finalQuery(c, name) };
}

function condition(c: Compiler, segment: TypedSegment, node: TypedCondition): SqlFragment {
  const ctx = leafContext(c, segment);
  return foldLogical<TypedPredicate, SqlFragment>(node, {
    not: (operand) => concat(c.fragment, 'NOT (', operand, ')'),
    all: (operands) => joinFragments(c.fragment, ' AND ', operands),
    any: (operands) => joinFragments(c.fragment, ' OR ', operands),
    leaf: (p) => compileRulePredicate(p, ctx),
  });
}

/** within ∧ (entry ∨ (previous ∧ ¬exit)), over the row aliased "e". */
function rawCondition(c: Compiler, segment: TypedSegment): SqlFragment {
  const entry = condition(c, segment, segment.entry);
  let body = entry;
  if (segment.exit !== null && (c.options.previous ?? true)) {
    const key = entityTables[segment.entity].key;
    const previous = memberOf(c.fragment, sql.col(key, 'e'), selectIds(c.fragment, c.tables.memberships, 'm', 'entity_id', [
      sql.eq(sql.col('kind', 'm'), sql.param('rule', 'text')),
      sql.eq(sql.col('segmentation', 'm'), sql.param(c.rules.segmentation, 'text')),
      sql.eq(sql.col('segment', 'm'), sql.param(segment.name, 'text')),
      sql.eq(sql.col('entity_kind', 'm'), sql.param(segment.entity, 'text')),
      sql.isNull(sql.col('valid_to', 'm')),
    ]));
    const stays = joinFragments(c.fragment, ' AND ', [previous, concat(c.fragment, 'NOT (', condition(c, segment, segment.exit), ')')]);
    body = joinFragments(c.fragment, ' OR ', [entry, stays]);
  }
  if (segment.within === null) return body;
  const within = segmentLeaf(segment.within, segmentOf(c, segment.within).entity, leafContext(c, segment));
  return joinFragments(c.fragment, ' AND ', [within, body]);
}

/** The complete membership query of one segment. */
function finalQuery(c: Compiler, name: string): SqlFragment {
  if (c.stack.includes(name)) throw new UsageError(rulesMessages.circularReference([...c.stack.slice(c.stack.indexOf(name)), name]));
  c.stack.push(name);
  try {
    const segment = segmentOf(c, name);
    const { table, key } = entityTables[segment.entity];
    const source = table === 'accounts' ? c.tables.accounts : c.tables.stakeholders;
    const head = compileFragment(SelectNode.create({ columns: [{ expr: sql.col(key, 'e'), alias: 'entity_id' }], from: TableNode.create(source, 'e') }), c.fragment);
    const parts = [rawCondition(c, segment)];
    for (const above of segment.excludedBy) parts.push(concat(c.fragment, 'NOT (', rawCondition(c, segmentOf(c, above)), ')'));
    const where = parts.length === 1 && parts[0] ? parts[0] : joinFragments(c.fragment, ' AND ', parts);
    return concat(c.fragment, head, '\nWHERE ', where);
  } finally {
    c.stack.pop();
  }
}

function compiler(rules: TypedRuleSet, options: CompileRulesOptions): Compiler {
  return {
    rules,
    byName: new Map(rules.segments.map((s) => [s.name, s])),
    options,
    fragment: { dialect: options.dialect, inline: options.inline ?? false },
    tables: { ...defaultRuleTables, ...options.tables },
    stack: [],
  };
}

export function compileRuleToSql(rules: TypedRuleSet, segment: string, options: CompileRulesOptions): CompiledRuleSegment {
  const c = compiler(rules, options);
  const query = finalQuery(c, segment);
  return { segment, entity: segmentOf(c, segment).entity, dialect: options.dialect, sql: query.sql, parameters: query.parameters };
}

/** Every segment of the set, in document order. */
export function compileRuleSetToSql(rules: TypedRuleSet, options: CompileRulesOptions): CompiledRuleSegment[] {
  return rules.segments.map((s) => compileRuleToSql(rules, s.name, options));
}
