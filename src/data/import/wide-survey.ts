/**
 * `--table survey`: a wide survey file, one row per respondent and one column per question (a Qualtrics
 * or SPSS export, or any CSV/XLSX of answers), becomes survey_respondents (one row each), survey_questions
 * (for items the workspace does not know yet) and survey_responses (respondents × items, melted; missing
 * answers are not stored). A respondent row is rejected as a whole when a respondent field or any answer
 * fails (not a number for a numeric item, outside a Likert item's scale), so rows in = loaded + rejected
 * holds in respondents.
 *
 * Respondent ids: a mapped or `respondent_id` column; Qualtrics' ResponseId; else `<file name>-<row>`
 * (with a warning), which keeps a re-import of the same file idempotent.
 */
import { basename, extname } from 'node:path';
import type { Workspace } from '../workspace.js';
import { Params } from '../sql.js';
import { InputError } from '../../lib/errors.js';
import { importMessages } from '../../lib/messages/index.js';
import type { FieldSource, Mapping } from '../../spec/mapping.js';
import { tableModel } from '../model/tables.js';
import { findRejects, rejectTable } from './find-rejects.js';
import { appendReaderRejects, recordOf, rejectCounts, type ImportContext, type PartialReport } from './import-table.js';
import { loadStaged, withUnorderedInserts } from './load-staged.js';
import { recordImport } from './record-import.js';
import { resolveMapping } from './resolve-mapping.js';
import { isNumericType, itemColumns, planQuestions, type QuestionPlan } from './survey-questions.js';
import { typedTable, type PreparedFile } from './staged-file.js';
import { projectionFor } from './type-staged.js';
import { trimmedCell } from './field-sql.js';

export const surveyTable = 'survey';

/** Qualtrics metadata columns that carry respondent fields. */
const qualtricsFields: Readonly<Record<string, string>> = { respondent_id: 'ResponseId', duration_seconds: 'Duration (in seconds)', completed_at: 'RecordedDate' };

/** Column names that are respondent ids in the wild (compared without case and punctuation). */
const idSpellings = new Set(['id', 'respid', 'respondent', 'respondentid', 'responseid', 'caseid', 'case', 'uuid', 'recordid']);

function respondentFields(staged: PreparedFile, mapping: Mapping | undefined, file: string, warnings: string[]): Record<string, FieldSource> {
  const fields: Record<string, FieldSource> = {};
  const has = (name: string): boolean => staged.columns.some((c) => c.name.toLowerCase() === name.toLowerCase());
  if (staged.questionColumns) {
    for (const [field, column] of Object.entries(qualtricsFields)) if (has(column)) fields[field] = { from: column, strict_map: false };
  }
  Object.assign(fields, mapping?.fields ?? {});
  const idColumn = staged.columns.find((c) => idSpellings.has(c.name.toLowerCase().replace(/[^a-z0-9]/g, '')));
  if (!fields.respondent_id && !has('respondent_id') && idColumn) {
    fields.respondent_id = { from: idColumn.name, strict_map: false };
    warnings.push(importMessages.idColumn('respondent_id', idColumn.name));
  } else if (!fields.respondent_id && !has('respondent_id')) {
    fields.respondent_id = { row: { prefix: `${basename(file, extname(file))}-` }, strict_map: false };
    warnings.push(importMessages.generatedIds('respondent_id'));
  }
  return fields;
}

function answerText(q: QuestionPlan, missing: readonly string[], p: Params): string {
  const trimmed = trimmedCell(`s.${q.column.sql}`);
  return `(case when ${trimmed} in ${p.list(['', ...missing])} then NULL else ${trimmed} end)`;
}

/** Answers that cannot be stored: not numeric for a numeric item, outside a Likert item's scale. */
async function answerRejects(ws: Workspace, questions: readonly QuestionPlan[], missing: readonly string[]): Promise<void> {
  const p = new Params();
  const checks: string[] = [];
  for (const q of questions.filter((x) => isNumericType(x.type))) {
    const text = answerText(q, missing, p);
    const value = `try_cast(${text} as double)`;
    const label = p.add(q.column.name);
    checks.push(`select s._row, ${label}, s.${q.column.sql}, ${p.add(importMessages.notNumber())} from ${typedTable} s where ${text} is not null and ${value} is null`);
    if (q.type === 'likert' && q.scaleMin !== null && q.scaleMax !== null) {
      const reason = p.add(importMessages.outOfScale(q.scaleMin, q.scaleMax));
      checks.push(`select s._row, ${label}, s.${q.column.sql}, ${reason} from ${typedTable} s where ${value} < ${p.add(q.scaleMin)} or ${value} > ${p.add(q.scaleMax)}`);
    }
  }
  if (checks.length) await ws.run(`insert into ${rejectTable} ${checks.join('\nunion all\n')}`, p.values);
}

async function insertQuestions(ws: Workspace, questions: readonly QuestionPlan[], battery: string | null, ctx: ImportContext): Promise<number> {
  const fresh = questions.filter((q) => q.isNew);
  for (const q of fresh) {
    await ws.run(
      `insert into survey_questions (question_id, text, type, battery, scale_min, scale_max, options, source, last_verified) values ($1, $2, $3, $4, $5, $6, $7, $8, $9::date)`,
      [q.questionId, q.text, q.type, battery, q.scaleMin, q.scaleMax, q.options, ctx.source, ctx.today],
    );
  }
  return fresh.length;
}

async function replaceResponses(ws: Workspace, questions: readonly QuestionPlan[], missing: readonly string[], ctx: ImportContext, anyRejects: boolean): Promise<number> {
  const passed = anyRejects ? `not exists (select 1 from ${rejectTable} r where r._row = s._row)` : 'true';
  const del = new Params();
  await ws.run(
    `delete from survey_responses where question_id in ${del.list(questions.map((q) => q.questionId))}
        and respondent_id in (select s.respondent_id from ${typedTable} s where ${passed})`,
    del.values,
  );
  const p = new Params();
  const id = 's.respondent_id';
  const source = p.add(ctx.source);
  const today = p.add(ctx.today);
  const parts = questions.map((q) => {
    const text = answerText(q, missing, p);
    const value = `try_cast(${text} as double)`;
    const valueText = isNumericType(q.type) ? 'NULL::varchar' : text;
    return `select ${id}, ${p.add(q.questionId)}, ${value}, ${valueText}, ${source}, ${today}::date from ${typedTable} s where ${passed} and ${text} is not null`;
  });
  const [inserted] = await ws.all<{ Count: number }>(
    `insert into survey_responses (respondent_id, question_id, value, value_text, source, last_verified) ${parts.join('\nunion all\n')}`,
    p.values,
  );
  return Number(inserted?.Count ?? 0);
}

export async function importWideSurvey(ws: Workspace, prepared: PreparedFile, mapping: Mapping | undefined, file: string, ctx: ImportContext): Promise<PartialReport> {
  const model = tableModel('survey_respondents');
  if (!model) throw new InputError(importMessages.notASurvey('the survey_respondents table'));
  const warnings: string[] = [];
  const fields = respondentFields(prepared, mapping, file, warnings);
  const respondents = resolveMapping(model, { null_values: [], ...mapping, fields }, prepared.columns, file);
  const columns = itemColumns(prepared, respondents, mapping?.items, file);
  if (columns.length === 0) throw new InputError(importMessages.noItems(), { file });
  const itemNames = new Set(columns.map((c) => c.name));
  const ignored = respondents.ignored.filter((name) => !itemNames.has(name));
  if (ignored.length) warnings.push(importMessages.ignoredColumns(ignored));
  const read = await prepared.read(ws, projectionFor(respondents, ctx.today, true));
  ctx.progress({ phase: 'validating', done: 0, total: read.rowsIn });
  const questions = await planQuestions(ws, prepared, columns, mapping?.items, warnings);
  const missing = mapping?.items?.missing ?? [];
  await findRejects(ws, respondents, ctx.today, { duplicates: true });
  await answerRejects(ws, questions, missing);
  await appendReaderRejects(ws, read.rowRejects);
  const counts = await rejectCounts(ws);
  const rowsLoaded = read.rowsIn - counts.rows;
  ctx.progress({ phase: 'loading', done: 0, total: rowsLoaded });
  const tables = await withUnorderedInserts(ws, () => ws.transaction(async (tx) => {
    const created = await insertQuestions(tx, questions, mapping?.items?.battery ?? null, ctx);
    await loadStaged(tx, respondents, { source: ctx.source, today: ctx.today }, counts.cells > 0);
    const responses = await replaceResponses(tx, questions, missing, ctx, counts.cells > 0);
    await recordImport(tx, recordOf(ctx, surveyTable, file, prepared, read, counts.rows, [...prepared.warnings, ...warnings], mapping));
    return { survey_questions: created, survey_respondents: rowsLoaded, survey_responses: responses };
  }));
  return { table: surveyTable, read, rowsLoaded, rowsRejected: counts.rows, warnings, tables };
}
