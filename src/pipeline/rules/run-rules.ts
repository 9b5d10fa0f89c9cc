/**
 * Runs a checked rule set on a workspace and records the result as tags: every member becomes a `rule`
 * membership of the set's segmentation, with history, so entries and exits between runs can be queried
 * and exit criteria see who was in a segment last time.
 *
 *   1. evaluate (DuckDB through the compiled SQL, or the in-memory evaluator)  →  2. record memberships
 *
 * The two engines give the same members (test/sql/rules-equivalence.test.ts); DuckDB is the default
 * because it scales to a national universe, the in-memory one answers what-if questions without writing.
 */
import { InputError } from '../../lib/errors.js';
import { rulesMessages } from '../../lib/messages/index.js';
import type { Workspace } from '../../data/workspace.js';
import { recordMemberships, type RecordMembershipsResult } from '../../data/memberships.js';
import { loadRuleInputs } from '../../data/rule-inputs.js';
import { evaluateRules, type RuleEvaluation } from '../../core/rules/evaluate-rules.js';
import type { TypedRuleSet } from '../../spec/rules/typed-rule.js';
import { evaluateRulesInDuckDb } from './evaluate-in-duckdb.js';

export type RuleEngine = 'duckdb' | 'memory';

export interface RunRulesOptions {
  /** ISO date the windows end on; default: the set's asOf, else today (UTC). */
  readonly asOf?: string;
  readonly engine?: RuleEngine;
  /** Record the members as memberships (default true); false = a dry run. */
  readonly record?: boolean;
  readonly runId?: string;
  /** The moment recorded as assigned_at / last_verified; default now. */
  readonly at?: Date;
}

export interface RuleSegmentSummary {
  readonly name: string;
  readonly entity: string;
  readonly members: number;
}

export interface RunRulesResult {
  readonly segmentation: string;
  readonly asOf: string;
  readonly engine: RuleEngine;
  readonly runId: string;
  readonly segments: readonly RuleSegmentSummary[];
  readonly recorded: RecordMembershipsResult | null;
  readonly evaluation: RuleEvaluation;
}

export const todayIso = (at: Date = new Date()): string => at.toISOString().slice(0, 10);

/** Evaluates in memory, reading every input row from the workspace. */
export async function evaluateRulesInMemory(ws: Workspace, rules: TypedRuleSet, asOf: string): Promise<RuleEvaluation> {
  const inputs = await loadRuleInputs(ws, rules.segmentation);
  const result = evaluateRules(rules, inputs, { asOf });
  if (!result.ok) throw new InputError(rulesMessages.circularReference(result.error.cycle));
  return result.value;
}

export async function runRules(ws: Workspace, rules: TypedRuleSet, options: RunRulesOptions = {}): Promise<RunRulesResult> {
  const at = options.at ?? new Date();
  const asOf = options.asOf ?? rules.asOf ?? todayIso(at);
  const engine = options.engine ?? 'duckdb';
  const runId = options.runId ?? `rules-${at.toISOString().replace(/[-:.TZ]/g, '')}`;
  const evaluation = engine === 'memory' ? await evaluateRulesInMemory(ws, rules, asOf) : await evaluateRulesInDuckDb(ws, rules, asOf);
  let recorded: RecordMembershipsResult | null = null;
  if (options.record ?? true) {
    const rows = evaluation.segments.flatMap((s) => s.members.map((id) => ({ entityKind: s.entity, entityId: id, segment: s.name, confidence: 1 })));
    recorded = await recordMemberships(ws, { kind: 'rule', segmentation: rules.segmentation, runId, rows, at });
  }
  return {
    segmentation: rules.segmentation,
    asOf,
    engine,
    runId,
    segments: evaluation.segments.map((s) => ({ name: s.name, entity: s.entity, members: s.members.length })),
    recorded,
    evaluation,
  };
}
