/**
 * Fit step: prioritize accounts with the project's `prioritization:` section (spec/prioritization.ts) —
 * the first half of "prioritize accounts, then segment stakeholders". Writes out/accounts.csv,
 * systems.csv, accounts.xlsx and matrix.svg; the quadrant and tier tags are recorded by the
 * prioritization itself (segmentation `opportunity`).
 */
import type { PrioritizationSpec } from '../../../spec/prioritization.js';
import { prioritize } from '../../prioritize/prioritize-workspace.js';
import { writeDeliverables } from '../../prioritize/write-deliverables.js';
import type { ProjectStep } from '../context.js';
import { sha256File } from './sha256-file.js';

export function prioritizeStep(spec: PrioritizationSpec): ProjectStep {
  return {
    phase: 'fit',
    title: 'prioritize accounts',
    detail: `cut points ${spec.cut_points.method} by ${spec.cut_points.by}, ${spec.tiers.count} tiers`,
    async run(ctx) {
      const result = await prioritize(ctx.workspace, spec, { logger: ctx.logger, progress: ctx.progress });
      const files = await writeDeliverables(ctx.workspace, result, ctx.outDir);
      ctx.results.memberships.push({ kind: 'quadrant', segmentation: 'opportunity' }, { kind: 'tier', segmentation: 'opportunity' });
      const { sites } = result.report;
      const accounts = files.find((f) => f.endsWith('accounts.csv'));
      return {
        lines: [`${sites.accounts} accounts placed: ${Object.entries(sites.quadrants).map(([q, n]) => `${q} ${n}`).join(', ')}`],
        outputs: { quadrants: sites.quadrants, tiers: sites.tiers, accountsCsv: accounts ? await sha256File(accounts) : null },
        files,
      };
    },
  };
}
