/**
 * Fit step: project a survey segmentation onto every stakeholder (the integrated approach). Respondents
 * linked to stakeholders are the training rows; a regularised logistic model on secondary variables only
 * (pipeline/projection/train-projection.ts, cross-validated) scores the whole universe, each stakeholder
 * with a probability ("unassigned" below the threshold). Writes out/<name>/projection-model.json,
 * projection.json and universe-segments.csv, and records `projected` tags of segmentation <name>.
 */
import { join } from 'node:path';
import { atomicWrite } from '../../../activation/atomic-write.js';
import { csvField } from '../../../activation/formula-guard.js';
import { recordMemberships } from '../../../data/memberships.js';
import { InputError } from '../../../lib/errors.js';
import { projectMessages as msg } from '../../../lib/messages/index.js';
import type { NormalizedProject } from '../../../spec/normalize-project.js';
import { expandSecondaryInputs, secondaryFeatures } from '../../projection/secondary-features.js';
import { trainProjection } from '../../projection/train-projection.js';
import { tableRows } from '../../score/input-table.js';
import { scoreTable } from '../../score/score-table.js';
import { sortSegments } from '../../typing/typing-data.js';
import type { ProjectStep } from '../context.js';
import { fitted } from './fitted.js';
import { assignmentsHash } from './segment.js';

type ProjectionSpec = NonNullable<NormalizedProject['projection']>;

export function projectionStep(spec: ProjectionSpec): ProjectStep {
  return {
    phase: 'fit',
    title: `projection ${spec.segmentation}`,
    detail: `logistic regression on ${spec.inputs ? spec.inputs.join(', ') : 'every secondary variable'}, ${spec.folds}-fold cross-validation`,
    async run(ctx) {
      const seg = fitted(ctx, spec.segmentation);
      const phase = `projection ${spec.segmentation}`;
      ctx.progress({ phase, done: 0, total: 3, detail: 'secondary variables' });
      const universe = await secondaryFeatures(ctx.workspace);
      // a family name (volume, engagement, …) stands for all of its columns in this workspace
      const inputs = spec.inputs ? expandSecondaryInputs(spec.inputs, universe.inputs) : universe.inputs;
      const position = new Map(universe.ids.map((id, i) => [id, i]));
      const linked = new Map<string, string>();
      seg.ids.forEach((_, r) => {
        const stakeholder = seg.stakeholders?.[r];
        if (seg.labels[r]! >= 0 && stakeholder && position.has(stakeholder) && !linked.has(stakeholder)) linked.set(stakeholder, String(seg.labels[r]! + 1));
      });
      if (linked.size === 0) throw new InputError(msg.noLinkedRespondents(spec.segmentation));
      const segments = sortSegments(linked.values());
      const index = new Map(segments.map((s, c) => [s, c]));
      const ids = [...linked.keys()];
      const train = tableRows(universe.table, ids.map((id) => position.get(id)!));
      ctx.progress({ phase, done: 1, total: 3, detail: 'cross-validating' });
      const { model, report } = trainProjection(train, Int32Array.from(ids, (id) => index.get(linked.get(id)!)!), segments, {
        inputs,
        log1p: universe.log1p.filter((c) => inputs.includes(c)),
        idColumn: 'stakeholder_id',
        training: { secondary: universe.plan },
        seed: spec.seed,
        folds: spec.folds,
        unassignedBelow: spec.unassignedBelow,
      });
      ctx.progress({ phase, done: 2, total: 3, detail: 'scoring the universe' });
      const scored = scoreTable(model, universe.table);
      const counts: Record<string, number> = {};
      const lines = ['stakeholder_id,segment,probability'];
      universe.ids.forEach((id, i) => {
        counts[scored.segments[i]!] = (counts[scored.segments[i]!] ?? 0) + 1;
        lines.push(`${csvField(id)},${csvField(scored.segments[i]!)},${Number(scored.probability[i]!.toFixed(6))}`);
      });
      const files = ['universe-segments.csv', 'projection-model.json', 'projection.json'].map((f) => join(seg.folder, f));
      await atomicWrite(files[0]!, `${lines.join('\n')}\n`);
      await atomicWrite(files[1]!, `${JSON.stringify(model, null, 2)}\n`);
      await atomicWrite(files[2]!, `${JSON.stringify({ ...report, universe: { stakeholders: universe.ids.length, segments: counts } }, null, 2)}\n`);
      const rows = universe.ids.flatMap((id, i) => (scored.labels[i]! < 0 ? [] : [{ entityKind: 'stakeholder' as const, entityId: id, segment: scored.segments[i]!, confidence: scored.probability[i]! }]));
      await recordMemberships(ctx.workspace, { kind: 'projected', segmentation: spec.segmentation, runId: ctx.runId, at: ctx.at, rows });
      ctx.results.memberships.push({ kind: 'projected', segmentation: spec.segmentation });
      ctx.results.projection = { model, folder: seg.folder };
      ctx.progress({ phase, done: 3, total: 3 });
      const accuracy = report.crossValidation.accuracy;
      return {
        lines: [`trained on ${report.respondents} respondents (C = ${report.C}), cross-validated accuracy ${(accuracy * 100).toFixed(1)}%`, `${universe.ids.length} stakeholders: ${Object.entries(counts).map(([s, n]) => `${s} ${n}`).join(', ')}`],
        outputs: { respondents: report.respondents, C: report.C, accuracy, segments: counts, assignments: assignmentsHash(universe.ids, scored.labels) },
        files,
      };
    },
  };
}
