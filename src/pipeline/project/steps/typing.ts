/**
 * Fit step: the typing tool of a segmentation — the few questions that place a new person in a
 * segment, chosen by cross-validated forward selection (pipeline/typing/build-typing-model.ts). Training
 * rows are the segmented rows with their answers: survey items from the workspace, or the file's
 * columns. Candidate questions default to what the segmentation clustered on. Writes out/<name>/typing.json;
 * the compile step turns it into typing.xlsx and scoring SQL.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { atomicWrite } from '../../../activation/atomic-write.js';
import type { NormalizedProject } from '../../../spec/normalize-project.js';
import type { TypingModel } from '../../../spec/typing-model.js';
import type { ColumnValues, InputTable } from '../../score/input-table.js';
import { numericColumn, tableRows } from '../../score/input-table.js';
import { readCsvTable } from '../../score/read-csv-table.js';
import { buildTypingModel } from '../../typing/build-typing-model.js';
import type { ProjectContext, ProjectStep, SegmentationResult } from '../context.js';
import { fitted } from './fitted.js';
import { surveyColumns } from './survey-columns.js';

type TypingSpec = NonNullable<NormalizedProject['typing']>;

/** The segmented rows: `segment` (1..k as text) and every item as numbers. */
async function trainingTable(ctx: ProjectContext, seg: SegmentationResult, items: readonly string[]): Promise<InputTable> {
  const columns = new Map<string, ColumnValues>();
  if (seg.file === null) {
    const survey = await surveyColumns(ctx.workspace, items, 'typing.items');
    const rowOf = new Map(survey.respondents.map((id, i) => [id, i]));
    const at = Int32Array.from(seg.ids, (id) => rowOf.get(id) ?? -1);
    survey.columns.forEach((c) => columns.set(c.name, { kind: 'numeric', values: Float64Array.from(at, (i) => (i < 0 ? Number.NaN : c.values[i]!)) }));
  } else {
    const { table } = await readCsvTable(seg.file, items);
    for (const item of items) columns.set(item, { kind: 'numeric', values: numericColumn(table, item) });
  }
  columns.set('segment', { kind: 'text', values: Array.from(seg.labels, (l) => (l < 0 ? null : String(l + 1))) });
  const kept: number[] = [];
  seg.labels.forEach((l, i) => l >= 0 && kept.push(i));
  return tableRows({ rows: seg.ids.length, columns }, kept);
}

/** The text a card contributes to the typing page; anything else in the stored card is ignored. */
const CardText = z.object({ headline: z.string().default(''), talkingPoints: z.array(z.string()).default([]) });

async function cardsOf(ctx: ProjectContext, segmentation: string): Promise<TypingModel['cards']> {
  const rows = await ctx.workspace.all<{ segment: string; name: string; card: string }>(
    'select segment, name, cast(card as varchar) as card from segment_cards where segmentation = $1 order by segment',
    [segmentation],
  );
  return rows.map((c) => {
    const card = CardText.safeParse(JSON.parse(c.card));
    return { segment: c.segment, name: c.name, headline: card.success ? card.data.headline : '', talkingPoints: card.success ? card.data.talkingPoints : [] };
  });
}

async function questionText(ctx: ProjectContext, items: readonly string[]): Promise<Record<string, string>> {
  const wanted = new Set(items);
  const rows = await ctx.workspace.all<{ question_id: string; text: string | null }>('select question_id, text from survey_questions');
  return Object.fromEntries(rows.filter((q) => wanted.has(q.question_id)).map((q) => [q.question_id, q.text ?? q.question_id]));
}

export function typingStep(spec: TypingSpec): ProjectStep {
  return {
    phase: 'fit',
    title: `typing tool ${spec.segmentation}`,
    detail: `up to ${spec.maxQuestions} questions, ${spec.folds}-fold cross-validation`,
    async run(ctx) {
      const seg = fitted(ctx, spec.segmentation);
      const items = spec.items ?? seg.columns;
      const table = await trainingTable(ctx, seg, items);
      const { model } = buildTypingModel(table, {
        segment: 'segment',
        items,
        maxQuestions: Math.min(spec.maxQuestions, items.length),
        folds: spec.folds,
        seed: spec.seed,
        ...(spec.size === null ? {} : { size: spec.size }),
        questionText: seg.file === null ? await questionText(ctx, items) : {},
        cards: await cardsOf(ctx, spec.segmentation),
        logger: ctx.logger,
        progress: (e) => ctx.progress({ ...e, phase: `typing tool: ${e.phase}` }),
      });
      const file = join(seg.folder, 'typing.json');
      await atomicWrite(file, `${JSON.stringify(model, null, 2)}\n`);
      ctx.results.typing = { model, folder: seg.folder };
      const accuracy = model.adaptive.fixedFormAccuracy;
      return {
        lines: [`${model.questions.length} of ${items.length} questions (${model.selection.method}), cross-validated accuracy ${(accuracy * 100).toFixed(1)}%`],
        outputs: { questions: model.questions.map((q) => q.id), accuracy },
        files: [file],
      };
    },
  };
}
