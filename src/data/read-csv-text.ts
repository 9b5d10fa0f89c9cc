/**
 * Reads a CSV deliverable (D/out/*.csv written by an earlier stage) as text rows through DuckDB. The
 * path is a parameter, never pasted into SQL. Used where a stage's output is optional input to another
 * (the call list reads segments, quadrants and tiers from them when no memberships were recorded).
 *
 * @example await readCsvText(ws, 'D/out/accounts.csv')   // [{ account_id: 'A1', quadrant: 'growth', … }]
 */
import type { Workspace } from './workspace.js';

export type TextRow = Record<string, string | null>;

export async function readCsvText(ws: Workspace, path: string): Promise<TextRow[]> {
  return ws.all<TextRow>('select * from read_csv($1, all_varchar = true, header = true)', [path]);
}

/** survey respondent id → stakeholder id, for segment files keyed by respondent. */
export async function respondentStakeholders(ws: Workspace): Promise<Map<string, string>> {
  const rows = await ws.all<{ respondent_id: string; stakeholder_id: string }>(
    'select respondent_id, stakeholder_id from survey_respondents where stakeholder_id is not null',
  );
  return new Map(rows.map((r) => [r.respondent_id, r.stakeholder_id]));
}
