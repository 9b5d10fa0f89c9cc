/**
 * Fit step: profile a segmentation over everything the workspace knows about its members (survey
 * answers, role, specialty, account type and size, volumes, engagement), draft the segment cards, store
 * both, and write out/<name>/profile.json, profile.xlsx and report.html — what `segmap report D` does,
 * for the segments this run just fitted.
 */
import type { NormalizedProject } from '../../../spec/normalize-project.js';
import { profileWorkspace } from '../../profile/profile-workspace.js';
import { writeProfileDeliverables } from '../../profile/write-deliverables.js';
import type { ProjectStep } from '../context.js';
import { fitted } from './fitted.js';

type ProfileSpec = NonNullable<NormalizedProject['profile']>;

export function profileStep(spec: ProfileSpec, seed: number): ProjectStep {
  return {
    phase: 'fit',
    title: `profile ${spec.segmentation}`,
    detail: `alpha ${spec.alpha}, ${spec.adjustment} adjustment`,
    async run(ctx) {
      const segmentation = fitted(ctx, spec.segmentation);
      ctx.progress({ phase: `profile ${spec.segmentation}`, done: 0, total: 2 });
      const result = await profileWorkspace(ctx.workspace, {
        segmentsFile: segmentation.segmentsFile,
        segmentation: spec.segmentation,
        alpha: spec.alpha,
        adjustment: spec.adjustment,
        seed,
        runId: ctx.runId,
        logger: ctx.logger,
      });
      ctx.progress({ phase: `profile ${spec.segmentation}`, done: 1, total: 2, detail: 'deliverables' });
      const files = await writeProfileDeliverables(result.document, result.cards, segmentation.folder, spec.title);
      const d = result.document;
      const significant = d.variables.filter((v) => v.significant).map((v) => v.name);
      return {
        lines: [`${d.segments.length} segments over ${d.variables.length} variables, ${significant.length} significant`],
        outputs: { segments: d.segments.map((s) => ({ id: s.id, count: s.count })), significant },
        files: Object.values(files),
      };
    },
  };
}
