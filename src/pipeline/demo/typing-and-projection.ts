/**
 * Demo stage: the two ways the survey segmentation reaches people who never took the survey.
 *   1. typing tool   survey items of the segmented respondents → D/out/typing.json, D/out/typing.xlsx
 *                    (question texts and answer labels from survey_questions)
 *   2. projection    secondary variables of the same respondents' stakeholders (per code, engagement,
 *                    asset and KOL kind; PageRank reused from the prioritization run) → a logistic model
 *                    (D/out/projection-model.json, D/out/projection.json with CV accuracy, precision,
 *                    recall, confusion, calibration) → every stakeholder scored → D/out/universe-segments.csv
 *                    (stakeholder_id, segment, probability; "unassigned" under the threshold), recorded as
 *                    projected memberships
 * Reads D/out/survey-segments.csv (the segmentation stage); without it the stage says so and skips.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { atomicWrite } from '../../activation/atomic-write.js';
import { csvField } from '../../activation/formula-guard.js';
import { recordMemberships } from '../../data/memberships.js';
import type { Workspace } from '../../data/workspace.js';
import { typingMessages } from '../../lib/messages/typing.js';
import { tableFromRecords, tableRows } from '../score/input-table.js';
import { scoreTable } from '../score/score-table.js';
import { secondaryFeatures } from '../projection/secondary-features.js';
import { trainProjection } from '../projection/train-projection.js';
import { buildTypingModel } from '../typing/build-typing-model.js';
import { writeTypingFiles } from '../typing/build-typing.js';
import { optionLabels } from '../typing/option-labels.js';
import { sortSegments } from '../typing/typing-data.js';
import type { DemoContext, DemoStage } from './context.js';

const segmentsFile = 'survey-segments.csv';

interface Respondent {
  readonly respondentId: string;
  readonly stakeholderId: string | null;
  readonly segment: string;
}

/** Segmented respondents, whichever id column the segments file carries. */
async function segmentedRespondents(ws: Workspace, file: string): Promise<Respondent[]> {
  const columns = (await ws.all<{ column_name: string }>('describe select * from read_csv($1, all_varchar = true, header = true)', [file])).map((c) => c.column_name);
  const key = columns.includes('respondent_id') ? 'respondent_id' : 'stakeholder_id';
  // `key` is one of two fixed names, never text from the file
  const rows = await ws.all<{ respondent_id: string; stakeholder_id: string | null; segment: string }>(
    `select r.respondent_id, r.stakeholder_id, cast(f.segment as varchar) as segment
     from read_csv($1, all_varchar = true, header = true) f join survey_respondents r on r.${key} = f.${key}
     where f.segment is not null order by r.respondent_id`,
    [file],
  );
  return rows.map((r) => ({ respondentId: r.respondent_id, stakeholderId: r.stakeholder_id, segment: r.segment }));
}

async function buildTypingTool(ctx: DemoContext, respondents: readonly Respondent[]): Promise<string[]> {
  const ws = ctx.workspace;
  const questions = await ws.all<{ question_id: string; text: string | null; options: string | null }>(
    "select question_id, text, options from survey_questions where type in ('likert', 'numeric', 'single') order by question_id",
  );
  const answers = await ws.all<{ respondent_id: string; question_id: string; value: number }>('select respondent_id, question_id, value from survey_responses where value is not null');
  const byRespondent = new Map<string, Record<string, unknown>>(respondents.map((r) => [r.respondentId, { segment: r.segment }]));
  for (const a of answers) {
    const row = byRespondent.get(a.respondent_id);
    if (row) row[a.question_id] = a.value;
  }
  const items = questions.map((q) => q.question_id);
  const table = tableFromRecords([...byRespondent.values()], ['segment', ...items]);
  const cards = await ws.all<{ segment: string; name: string; card: string }>("select segment, name, cast(card as varchar) as card from segment_cards where segmentation = 'survey'");
  const { model } = buildTypingModel(table, {
    segment: 'segment',
    items,
    maxQuestions: 10,
    seed: ctx.seed,
    questionText: Object.fromEntries(questions.map((q) => [q.question_id, q.text ?? q.question_id])),
    optionLabels: optionLabels(questions, ctx.logger),
    cards: cards.map((c) => {
      const card = JSON.parse(c.card) as { headline?: string; talkingPoints?: string[] };
      return { segment: c.segment, name: c.name, headline: card.headline ?? '', talkingPoints: card.talkingPoints ?? [] };
    }),
    logger: ctx.logger,
    progress: ctx.progress,
  });
  const files = await writeTypingFiles(model, ctx.outDir);
  return [
    `typing tool: ${model.questions.length} of ${items.length} questions (${model.selection.method}), cross-validated accuracy ${(model.adaptive.fixedFormAccuracy * 100).toFixed(1)}%`,
    `adaptive mode: ${model.adaptive.averageQuestions.toFixed(1)} questions on average for ${(model.adaptive.accuracy * 100).toFixed(1)}%`,
    `wrote ${files.json}, ${files.xlsx}`,
  ];
}

async function project(ctx: DemoContext, respondents: readonly Respondent[]): Promise<string[]> {
  ctx.progress({ phase: 'projection', done: 0, total: 3, detail: 'secondary variables' });
  const universe = await secondaryFeatures(ctx.workspace);
  const position = new Map(universe.ids.map((id, i) => [id, i]));
  const linked = new Map<string, string>();
  for (const r of respondents) if (r.stakeholderId && position.has(r.stakeholderId) && !linked.has(r.stakeholderId)) linked.set(r.stakeholderId, r.segment);
  if (linked.size === 0) return [typingMessages.projectionNoRespondents];
  const segments = sortSegments(linked.values());
  const index = new Map(segments.map((s, c) => [s, c]));
  const ids = [...linked.keys()];
  const train = tableRows(universe.table, ids.map((id) => position.get(id)!));
  ctx.progress({ phase: 'projection', done: 1, total: 3, detail: 'cross-validating' });
  const { model, report } = trainProjection(train, Int32Array.from(ids, (id) => index.get(linked.get(id)!)!), segments, {
    inputs: universe.inputs,
    log1p: universe.log1p,
    idColumn: 'stakeholder_id',
    seed: ctx.seed,
    training: { secondary: universe.plan },
  });
  ctx.progress({ phase: 'projection', done: 2, total: 3, detail: 'scoring the universe' });
  const scored = scoreTable(model, universe.table);
  const lines = ['stakeholder_id,segment,probability'];
  const counts: Record<string, number> = {};
  universe.ids.forEach((id, i) => {
    counts[scored.segments[i]!] = (counts[scored.segments[i]!] ?? 0) + 1;
    lines.push(`${csvField(id)},${csvField(scored.segments[i]!)},${scored.probability[i]}`);
  });
  const out = ctx.outDir;
  await atomicWrite(join(out, 'universe-segments.csv'), `${lines.join('\n')}\n`);
  await atomicWrite(join(out, 'projection-model.json'), `${JSON.stringify(model, null, 2)}\n`);
  await atomicWrite(join(out, 'projection.json'), `${JSON.stringify({ ...report, universe: { stakeholders: universe.ids.length, segments: counts } }, null, 2)}\n`);
  await recordMemberships(ctx.workspace, {
    kind: 'projected',
    segmentation: 'survey',
    rows: universe.ids.flatMap((id, i) => (scored.labels[i]! < 0 ? [] : [{ entityKind: 'stakeholder' as const, entityId: id, segment: scored.segments[i]!, confidence: scored.probability[i]! }])),
  });
  ctx.progress({ phase: 'projection', done: 3, total: 3 });
  const cv = report.crossValidation;
  return [
    `projection: logistic regression (C = ${report.C}) on ${report.respondents} respondents, cross-validated accuracy ${(cv.accuracy * 100).toFixed(1)}%, calibration error ${(cv.calibration.expectedError * 100).toFixed(1)} points`,
    `${universe.ids.length} stakeholders tagged: ${Object.entries(counts).map(([s, n]) => `${s} ${n}`).join(', ')}`,
    `wrote ${join(out, 'universe-segments.csv')}, ${join(out, 'projection.json')}, ${join(out, 'projection-model.json')}`,
  ];
}

export const typingAndProjectionStage: DemoStage = {
  title: 'typing tool and projection',
  async run(ctx) {
    const file = join(ctx.outDir, segmentsFile);
    if (!existsSync(file)) {
      const message = typingMessages.segmentsFileMissing(file);
      ctx.logger.warn('demo_typing_skipped', message);
      ctx.summary.set(this.title, [message]);
      return;
    }
    const respondents = await segmentedRespondents(ctx.workspace, file);
    const typing = await buildTypingTool(ctx, respondents);
    const projection = await project(ctx, respondents);
    ctx.summary.set(this.title, [...typing, ...projection]);
  },
};
