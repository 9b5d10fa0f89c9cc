/**
 * Demo stage: segment the demo survey the way an analyst would, with the product's own engine.
 *   1. read the Likert and numeric items, respondents (stakeholder link, duration, weight) and answers
 *      from the workspace and lay them out respondents × items
 *   2. screen respondents: straight-lining per battery, speeders, mostly-missing answers → excluded
 *   3. prepare: z-scores (items mix 5- and 7-point scales), gaps filled with the item's weighted mean
 *      (about 3 % of answers are missing, so listwise deletion would lose most respondents), survey weights
 *   4. k-means for k = 2..8 with bootstrap stability; the recommended k with its reason
 *   5. write D/out/survey-segments.csv (stakeholder_id, segment, probability) and D/out/survey-segmentation/
 *      (model.json, selection.json, assignments.csv and consensus.csv by respondent), and record the
 *      memberships
 *
 * The planted truth (D/truth) is never read here; the stage's test checks the recovery against it.
 */
import { join } from 'node:path';
import { numericColumn } from '../../core/prep/prep-column.js';
import { surveyQuality } from '../../core/prep/survey-quality.js';
import { atomicWrite } from '../../activation/atomic-write.js';
import { csvField } from '../../activation/formula-guard.js';
import { recordMemberships } from '../../data/memberships.js';
import type { Workspace } from '../../data/workspace.js';
import { clusterMessages } from '../../lib/messages/cluster.js';
import { writeClusterOutputs } from '../cluster/cluster-outputs.js';
import { kmeansInput } from '../cluster/method-kmeans.js';
import { modelDocument, selectionDocument, solve, spread, type DocumentMeta } from '../cluster/run-cluster.js';
import type { DemoContext, DemoStage } from './context.js';

export const surveySegmentsFile = 'survey-segments.csv';
export const surveySegmentationFolder = 'survey-segmentation';
const ks = [2, 3, 4, 5, 6, 7, 8];

interface SurveyTable {
  readonly respondents: string[];
  readonly stakeholders: (string | null)[];
  readonly durations: Float64Array;
  readonly weights: Float64Array;
  readonly items: string[];
  readonly batteries: string[];
  /** respondents × items, NaN for no (or an out-of-scale) answer. */
  readonly answers: Float64Array;
}

export const segmentSurveyStage: DemoStage = {
  title: 'segment the survey',
  async run(ctx: DemoContext): Promise<void> {
    ctx.progress({ phase: 'segment the survey', done: 0, detail: 'reading answers' });
    const survey = await readSurvey(ctx.workspace);
    const n = survey.respondents.length;
    const columns = survey.items.map((name, q) => numericColumn(name, Float64Array.from({ length: n }, (_, r) => survey.answers[r * survey.items.length + q]!)));
    const quality = surveyQuality(columns, { batteries: survey.batteries, durations: survey.durations, action: 'exclude' });
    const input = kmeansInput(columns, { missing: 'mean', weights: survey.weights, multiplier: quality.multiplier, logger: ctx.logger }, 'weight', quality.report);
    const solved = await solve(input, { ks, seed: ctx.seed, threads: 1 }, (e) => ctx.progress({ ...e, phase: `segment the survey: ${e.phase}` }));
    const meta: DocumentMeta = { file: 'workspace:survey_responses', idColumn: 'respondent_id', columns: survey.items, seed: ctx.seed, ks };
    const model = modelDocument(input, meta, solved.fit, solved.fitSeconds);
    const selection = selectionDocument(input, meta, solved.selection!, solved.fitSeconds, solved.perK);
    const { labels, probability } = spread(solved.fit, input.rows, n);
    const consensus = solved.selection?.consensus && { ids: survey.respondents, ...spread(solved.selection.consensus, input.rows, n) };
    await writeClusterOutputs(join(ctx.outDir, surveySegmentationFolder), { model, selection, assignments: { ids: survey.respondents, labels, probability }, ...(consensus ? { consensus } : {}) });
    const segmented = Array.from(labels.keys()).filter((r) => labels[r]! >= 0 && survey.stakeholders[r] !== null);
    const csv = ['stakeholder_id,segment,probability', ...segmented.map((r) => `${csvField(survey.stakeholders[r]!)},${labels[r]! + 1},${probability[r]}`)];
    await atomicWrite(join(ctx.outDir, surveySegmentsFile), `${csv.join('\n')}\n`);
    await recordMemberships(ctx.workspace, {
      kind: 'statistical',
      segmentation: 'survey',
      rows: segmented.map((r) => ({ entityKind: 'stakeholder' as const, entityId: survey.stakeholders[r]!, segment: labels[r]! + 1, confidence: probability[r]! })),
    });
    const q = quality.report;
    ctx.summary.set(this.title, [
      clusterMessages.demoSurveyLine(n, model.preparation.rowsUsed, q.straightLining, q.speeding, q.tooManyMissing),
      clusterMessages.demoRecommendation(model.k, selection.fitSeconds, model.shares),
      selection.recommended.reason,
    ]);
  },
};

async function readSurvey(ws: Workspace): Promise<SurveyTable> {
  const questions = await ws.all<{ question_id: string; battery: string | null; scale_min: number | null; scale_max: number | null }>(
    "select question_id, battery, scale_min, scale_max from survey_questions where type in ('likert', 'numeric') order by question_id",
  );
  const respondents = await ws.all<{ respondent_id: string; stakeholder_id: string | null; duration_seconds: number | null; weight: number | null }>(
    'select respondent_id, stakeholder_id, duration_seconds, weight from survey_respondents order by respondent_id',
  );
  const answers = await ws.all<{ respondent_id: string; question_id: string; value: number }>(
    'select respondent_id, question_id, value from survey_responses where value is not null',
  );
  const items = questions.map((q) => q.question_id);
  const itemAt = new Map(items.map((id, q) => [id, q]));
  const rowAt = new Map(respondents.map((r, i) => [r.respondent_id, i]));
  const matrix = new Float64Array(respondents.length * items.length).fill(Number.NaN);
  for (const a of answers) {
    const q = itemAt.get(a.question_id);
    const r = rowAt.get(a.respondent_id);
    if (q === undefined || r === undefined) continue;
    const { scale_min: lo, scale_max: hi } = questions[q]!;
    if ((lo !== null && a.value < lo) || (hi !== null && a.value > hi) || !Number.isFinite(a.value)) continue;
    matrix[r * items.length + q] = a.value;
  }
  return {
    respondents: respondents.map((r) => r.respondent_id),
    stakeholders: respondents.map((r) => r.stakeholder_id),
    durations: Float64Array.from(respondents, (r) => r.duration_seconds ?? Number.NaN),
    weights: Float64Array.from(respondents, (r) => r.weight ?? Number.NaN),
    items,
    batteries: questions.map((q) => q.battery ?? ''),
    answers: matrix,
  };
}
