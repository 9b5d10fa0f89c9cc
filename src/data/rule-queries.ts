/**
 * Runs compiled rule-segment queries (compile/rules) in the workspace: each returns the ids of its
 * members in column `entity_id`. The SQL comes from the rule compiler and its values are bound as
 * parameters, so nothing a user wrote is ever part of the SQL text.
 */
import type { Workspace } from './workspace.js';

export interface RuleQuery {
  readonly segment: string;
  readonly sql: string;
  readonly parameters: readonly (string | number | boolean | null)[];
}

/** segment → sorted member ids. */
export async function runRuleQueries(ws: Workspace, queries: readonly RuleQuery[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const q of queries) {
    const rows = await ws.all<{ entity_id: string | null }>(q.sql, q.parameters);
    out.set(q.segment, rows.map((r) => r.entity_id).filter((id): id is string => id !== null).map(String).sort());
  }
  return out;
}
