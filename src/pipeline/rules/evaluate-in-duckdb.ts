/**
 * Evaluates a checked rule set inside DuckDB: compile every segment to SQL (compile/rules) and run it in
 * the workspace (data/rule-queries.ts). Scales with DuckDB rather than with Node's memory; gives the same
 * members as the in-memory evaluator (test/sql/rules-equivalence.test.ts).
 */
import type { Workspace } from '../../data/workspace.js';
import { runRuleQueries } from '../../data/rule-queries.js';
import { compileRuleSetToSql } from '../../compile/rules/compile-rule-to-sql.js';
import type { RuleEvaluation } from '../../core/rules/evaluate-rules.js';
import type { TypedRuleSet } from '../../spec/rules/typed-rule.js';

export async function evaluateRulesInDuckDb(ws: Workspace, rules: TypedRuleSet, asOf: string): Promise<RuleEvaluation> {
  const compiled = compileRuleSetToSql(rules, { dialect: 'duckdb', asOf });
  const members = await runRuleQueries(ws, compiled);
  return { segments: rules.segments.map((s) => ({ name: s.name, entity: s.entity, members: members.get(s.name) ?? [] })) };
}
