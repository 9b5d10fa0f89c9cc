/**
 * The workspace's survey laid out for segmentation: respondents × Likert/numeric items (NaN for no
 * answer or an answer outside the item's scale), with each respondent's stakeholder link, interview
 * duration and weight, and each item's battery (for straight-lining checks). Items are in question-id
 * order; `items` picks and orders a subset.
 *
 * Complexity: three queries and O(answers) to fill the grid.
 *
 * @example
 * const survey = await surveyColumns(ws, ['need_outcomes', 'brand_value']);
 * survey.columns[0].values.length === survey.respondents.length; // true
 * @throws InputError when the workspace has no such items
 */
import { numericColumn, type NumericColumn } from '../../../core/prep/prep-column.js';
import type { Workspace } from '../../../data/workspace.js';
import { InputError } from '../../../lib/errors.js';
import { projectMessages as msg } from '../../../lib/messages/index.js';

export interface SurveyColumns {
  readonly respondents: readonly string[];
  readonly stakeholders: readonly (string | null)[];
  readonly durations: Float64Array;
  readonly weights: Float64Array;
  readonly items: readonly string[];
  readonly batteries: readonly string[];
  readonly columns: readonly NumericColumn[];
}

interface Question {
  readonly question_id: string;
  readonly battery: string | null;
  readonly scale_min: number | null;
  readonly scale_max: number | null;
}

async function questions(ws: Workspace, wanted: readonly string[] | null, where: string): Promise<Question[]> {
  const all = await ws.all<Question & Record<string, unknown>>(
    "select question_id, battery, scale_min, scale_max from survey_questions where type in ('likert', 'numeric') order by question_id",
  );
  if (wanted === null) {
    if (all.length === 0) throw new InputError(msg.noSurveyItems);
    return all;
  }
  const byId = new Map(all.map((q) => [q.question_id, q]));
  const missing = wanted.filter((id) => !byId.has(id));
  if (missing.length) throw new InputError(`${where} ${msg.noSurveyAnswers(missing)}`);
  return wanted.map((id) => byId.get(id)!);
}

export async function surveyColumns(ws: Workspace, wanted: readonly string[] | null, where = 'items'): Promise<SurveyColumns> {
  const items = await questions(ws, wanted, where);
  const respondents = await ws.all<{ respondent_id: string; stakeholder_id: string | null; duration_seconds: number | null; weight: number | null }>(
    'select respondent_id, stakeholder_id, duration_seconds, weight from survey_respondents order by respondent_id',
  );
  const answers = await ws.all<{ respondent_id: string; question_id: string; value: number }>(
    'select respondent_id, question_id, value from survey_responses where value is not null',
  );
  const itemAt = new Map(items.map((q, j) => [q.question_id, j]));
  const rowAt = new Map(respondents.map((r, i) => [r.respondent_id, i]));
  const p = items.length;
  const grid = new Float64Array(respondents.length * p).fill(Number.NaN);
  for (const a of answers) {
    const j = itemAt.get(a.question_id);
    const i = rowAt.get(a.respondent_id);
    if (j === undefined || i === undefined || !Number.isFinite(a.value)) continue;
    const { scale_min: lo, scale_max: hi } = items[j]!;
    // an answer outside the item's scale is a data error the importer let through as text; leave it out
    if ((lo !== null && a.value < lo) || (hi !== null && a.value > hi)) continue;
    grid[i * p + j] = a.value;
  }
  const n = respondents.length;
  return {
    respondents: respondents.map((r) => r.respondent_id),
    stakeholders: respondents.map((r) => r.stakeholder_id),
    durations: Float64Array.from(respondents, (r) => r.duration_seconds ?? Number.NaN),
    weights: Float64Array.from(respondents, (r) => r.weight ?? Number.NaN),
    items: items.map((q) => q.question_id),
    batteries: items.map((q) => q.battery ?? ''),
    columns: items.map((q, j) => numericColumn(q.question_id, Float64Array.from({ length: n }, (_, i) => grid[i * p + j]!))),
  };
}
