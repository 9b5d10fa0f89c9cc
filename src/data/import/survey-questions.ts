/**
 * Plans the questions of a wide survey file: which columns are items, and for each its question id, type,
 * scale, text and option labels. A question that already exists in the workspace keeps its definition
 * (its scale then validates the new answers); a new one is built from the mapping's `items`, from what
 * the file carries (SPSS variable and value labels, Qualtrics question text) and, for a Likert item with
 * no stated scale, from its value labels or else the observed range (with a warning).
 */
import type { Workspace } from '../workspace.js';
import { Params } from '../sql.js';
import { InputError } from '../../lib/errors.js';
import { importMessages } from '../../lib/messages/index.js';
import type { SurveyItems } from '../../spec/mapping.js';
import type { ResolvedMapping } from './resolve-mapping.js';
import { typedTable, type PreparedFile, type StagedColumn } from './staged-file.js';

export interface QuestionPlan {
  readonly column: StagedColumn;
  readonly questionId: string;
  readonly type: string;
  readonly scaleMin: number | null;
  readonly scaleMax: number | null;
  readonly text: string;
  readonly options: string | null;
  /** False when the workspace already has the question. */
  readonly isNew: boolean;
}

const numericTypes = new Set(['likert', 'numeric', 'rank']);
export const isNumericType = (type: string): boolean => numericTypes.has(type);

export function itemColumns(staged: PreparedFile, respondents: ResolvedMapping, items: SurveyItems | undefined, file: string): StagedColumn[] {
  if (items?.columns) {
    return items.columns.map((name) => {
      const column = staged.columns.find((c) => c.name === name) ?? staged.columns.find((c) => c.name.toLowerCase() === name.trim().toLowerCase());
      if (!column) throw new InputError(importMessages.mappingUnknownColumn(name, 'items', staged.columns.map((c) => c.name)), { file, column: name });
      return column;
    });
  }
  const used = new Set(respondents.fields.flatMap((f) => (f.source.kind === 'column' ? [f.source.column.name] : [])));
  const marked = staged.questionColumns ? new Set(staged.questionColumns) : undefined;
  return staged.columns.filter((c) => !used.has(c.name) && (marked === undefined || marked.has(c.name)));
}

function scaleFromLabels(labels: Readonly<Record<string, string>> | undefined): { min: number; max: number } | undefined {
  const codes = Object.keys(labels ?? {}).map(Number).filter((n) => Number.isInteger(n));
  return codes.length >= 2 ? { min: Math.min(...codes), max: Math.max(...codes) } : undefined;
}

async function observedRanges(ws: Workspace, columns: readonly StagedColumn[], missing: readonly string[]): Promise<Map<string, { min: number; max: number }>> {
  const ranges = new Map<string, { min: number; max: number }>();
  if (columns.length === 0) return ranges;
  const p = new Params();
  const nulls = p.list(['', ...missing]);
  const parts = columns.map((c) => `min(try_cast(case when trim(s.${c.sql}) in ${nulls} then null else trim(s.${c.sql}) end as double)) as min_${c.sql},
       max(try_cast(case when trim(s.${c.sql}) in ${nulls} then null else trim(s.${c.sql}) end as double)) as max_${c.sql}`);
  const [row] = await ws.all(`select ${parts.join(', ')} from ${typedTable} s`, p.values);
  for (const c of columns) {
    const min = row?.[`min_${c.sql}`];
    const max = row?.[`max_${c.sql}`];
    if (typeof min === 'number' && typeof max === 'number') ranges.set(c.sql, { min: Math.floor(min), max: Math.ceil(max) });
  }
  return ranges;
}

export async function planQuestions(ws: Workspace, staged: PreparedFile, columns: readonly StagedColumn[], items: SurveyItems | undefined, warnings: string[]): Promise<QuestionPlan[]> {
  const prefix = items?.question_prefix ?? '';
  const ids = columns.map((c) => `${prefix}${c.name}`);
  const p = new Params();
  const existing = new Map(
    (await ws.all<{ question_id: string; type: string; scale_min: number | null; scale_max: number | null; text: string | null; options: string | null }>(
      `select question_id, type, scale_min, scale_max, text, options from survey_questions where question_id in ${p.list(ids)}`,
      p.values,
    )).map((q) => [q.question_id, q] as const),
  );
  const type = items?.type ?? 'likert';
  const needRange = columns.filter((c) => !existing.has(`${prefix}${c.name}`) && type === 'likert' && !items?.scale && !scaleFromLabels(staged.valueLabels?.[c.name]));
  const observed = await observedRanges(ws, needRange, items?.missing ?? []);
  const inferred: string[] = [];
  const plans = columns.map((column, i): QuestionPlan => {
    const questionId = ids[i] ?? column.name;
    const known = existing.get(questionId);
    if (known) return { column, questionId, type: known.type, scaleMin: known.scale_min, scaleMax: known.scale_max, text: known.text ?? column.name, options: known.options, isNew: false };
    const labels = items?.labels ?? staged.valueLabels?.[column.name];
    let scale = type === 'likert' ? (items?.scale ?? scaleFromLabels(labels)) : undefined;
    if (type === 'likert' && !scale) {
      scale = observed.get(column.sql);
      if (scale) inferred.push(`${column.name} ${scale.min}..${scale.max}`);
    }
    return {
      column, questionId, type,
      scaleMin: scale?.min ?? null, scaleMax: scale?.max ?? null,
      text: items?.text?.[column.name] ?? staged.questionText?.[column.name] ?? column.name,
      options: labels ? JSON.stringify(labels) : null,
      isNew: true,
    };
  });
  if (inferred.length) warnings.push(importMessages.scalesInferred(inferred));
  const created = plans.filter((q) => q.isNew).length;
  if (created) warnings.push(importMessages.questionsCreated(created));
  return plans;
}
