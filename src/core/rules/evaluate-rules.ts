/**
 * Evaluates a checked rule set over rows in memory: the reference the compiled SQL is tested against
 * (test/sql/rules-equivalence.test.ts), and the engine for small sets and what-if edits in the UI.
 *
 * Per segment, in dependency order (./order-segments.ts):
 *   raw   = within ∧ (entry ∨ (previous member ∧ ¬exit)),   exit defaulting to ¬entry
 *   final = raw ∧ ¬raw_j for every segment j ranked above it in its exclusive group
 * `inSegment` and `within` read final memberships.
 *
 * Complexity: O(Σ segments · rows · leaves) plus O(events + memberships) per event/member leaf.
 *
 * @example
 *   evaluateRules(program, { ...emptyRuleData, accounts: [{ account_id: 'A1', beds: 300 }] }, { asOf: '2024-06-30' })
 *   // → { ok: true, value: { segments: [{ name: 'big', entity: 'account', members: ['A1'] }] } }
 * @returns err(cycle) when segments reference each other in a circle.
 */
import { err, ok, type Result } from '../../lib/result.js';
import { entityKey, predicateTest, segmentTest, type PredicateContext, type RowTest } from './evaluate-predicate.js';
import { orderSegments, ruleDependencies } from './order-segments.js';
import { foldCondition, type ProgramCondition, type ProgramEntity, type ProgramPredicate, type ProgramSegment, type RuleProgram } from './rule-program.js';
import type { RuleData, RuleRow } from './rule-data.js';

export interface SegmentMembers {
  readonly name: string;
  readonly entity: ProgramEntity;
  /** Member ids, sorted. */
  readonly members: readonly string[];
}

export interface RuleEvaluation {
  /** In document order. */
  readonly segments: readonly SegmentMembers[];
}

export interface EvaluateOptions {
  /** The run date (ISO); windows such as "in the last 90 days" end on it. */
  readonly asOf: string;
}

export type RuleCycle = { readonly kind: 'cycle'; readonly cycle: readonly string[] };

function conditionTest(condition: ProgramCondition, ctx: PredicateContext): RowTest {
  return foldCondition<ProgramPredicate, RowTest>(condition, (p) => predicateTest(p, ctx), {
    not: (t) => (row) => !t(row),
    all: (ts) => (row) => ts.every((t) => t(row)),
    any: (ts) => (row) => ts.some((t) => t(row)),
  });
}

function idOf(row: RuleRow, key: string): string | null {
  const v = row[key];
  return v === null || v === undefined ? null : String(v);
}

export function evaluateRules(program: RuleProgram, data: RuleData, options: EvaluateOptions): Result<RuleEvaluation, RuleCycle> {
  const ordered = orderSegments(ruleDependencies(program));
  if (!ordered.ok) return err({ kind: 'cycle', cycle: ordered.error });
  const byName = new Map(program.segments.map((s) => [s.name, s]));
  const raw = new Map<string, Set<string>>();
  const final = new Map<string, Set<string>>();
  const accountById = new Map<string, RuleRow>();
  for (const a of data.accounts) {
    const id = idOf(a, 'account_id');
    if (id !== null) accountById.set(id, a);
  }
  const members = (segment: string): ReadonlySet<string> => final.get(segment) ?? new Set();
  for (const name of ordered.value) {
    const segment = byName.get(name);
    if (!segment) continue;
    const ctx: PredicateContext = { entity: segment.entity, asOf: options.asOf, data, accountById, members };
    const rawMembers = evaluateSegment(segment, ctx, (n) => byName.get(n)?.entity ?? segment.entity);
    raw.set(name, rawMembers);
    const excluded = segment.excludedBy.map((j) => raw.get(j) ?? new Set<string>());
    final.set(name, new Set([...rawMembers].filter((id) => !excluded.some((set) => set.has(id)))));
  }
  return ok({
    segments: program.segments.map((s) => ({ name: s.name, entity: s.entity, members: [...(final.get(s.name) ?? [])].sort() })),
  });
}

/** The raw membership of one segment: within ∧ (entry ∨ (previous ∧ ¬exit)). */
function evaluateSegment(segment: ProgramSegment, ctx: PredicateContext, entityOf: (name: string) => ProgramEntity): Set<string> {
  const rows = segment.entity === 'account' ? ctx.data.accounts : ctx.data.stakeholders;
  const key = entityKey[segment.entity];
  const entry = conditionTest(segment.entry, ctx);
  const exit = segment.exit === null ? (row: RuleRow) => !entry(row) : conditionTest(segment.exit, ctx);
  const within = segment.within === null ? () => true : segmentTest(segment.within, entityOf(segment.within), ctx);
  const previous = ctx.data.previous.get(segment.name) ?? new Set<string>();
  const result = new Set<string>();
  for (const row of rows) {
    const id = idOf(row, key);
    if (id === null || !within(row)) continue;
    if (entry(row) || (previous.has(id) && !exit(row))) result.add(id);
  }
  return result;
}
