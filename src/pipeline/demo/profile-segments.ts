/**
 * Demo stage: profile the survey segments (D/out/survey-segments.csv, written by the segmentation stage)
 * over the survey items and the secondary data (role, specialty, account type, beds, volumes,
 * engagement), store the profile and the draft segment cards in the workspace, and write the analyst
 * deliverables D/out/profile.json, D/out/profile.xlsx and D/out/report.html.
 *
 * Without a segments file (the segmentation stage did not run) the stage says so and skips.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { profileMessages } from '../../lib/messages/profile.js';
import { profileWorkspace } from '../profile/profile-workspace.js';
import { writeProfileDeliverables } from '../profile/write-deliverables.js';
import type { DemoStage } from './context.js';

export const surveySegmentsFile = 'survey-segments.csv';

export const profileSegmentsStage: DemoStage = {
  title: 'profile segments',
  async run(ctx) {
    const file = join(ctx.outDir, surveySegmentsFile);
    if (!existsSync(file)) {
      ctx.logger.warn('demo_profile_skipped', profileMessages.segmentsFileMissing(file));
      ctx.summary.set(this.title, [profileMessages.segmentsFileMissing(file)]);
      return;
    }
    ctx.progress({ phase: 'profile segments', done: 0, total: 2 });
    const result = await profileWorkspace(ctx.workspace, { segmentsFile: file, segmentation: 'survey', seed: ctx.seed, logger: ctx.logger });
    ctx.progress({ phase: 'profile segments', done: 1, total: 2, detail: 'deliverables' });
    const files = await writeProfileDeliverables(result.document, result.cards, ctx.outDir, 'Survey segments');
    ctx.progress({ phase: 'profile segments', done: 2, total: 2 });
    const d = result.document;
    ctx.summary.set(this.title, [
      profileMessages.summary(d.segments.length, d.n, d.variables.length, d.variables.filter((v) => v.significant).length),
      ...d.segments.map((s) => profileMessages.segmentLine(s.letter, s.id, s.label, s.count, s.share)),
      ...Object.values(files).map((f) => profileMessages.wrote(f)),
    ]);
  },
};
