/**
 * Activate step: one declared call list, exactly as `segmap export calllist D [--territory T | --rep R]
 * --out FILE` writes it (segment, tier, quadrant, rule tags, message pillar, next step, stale flag;
 * formula-injection guarded; the delta against the previous export of the same scope; an audit record).
 * The path is relative to the project file; the list is dated the run's as-of day.
 */
import { resolve } from 'node:path';
import type { NormalizedProject } from '../../../spec/normalize-project.js';
import { exportCallList } from '../../export/export-calllist.js';
import type { ProjectStep } from '../context.js';

type CallList = NormalizedProject['exports'][number];

export function exportCallListStep(spec: CallList): ProjectStep {
  const scope = spec.territory !== null ? `territory ${spec.territory}` : spec.rep !== null ? `rep ${spec.rep}` : 'every territory';
  return {
    phase: 'activate',
    title: `call list ${spec.out}`,
    detail: `${scope}, stale after ${spec.maxAgeDays} days`,
    async run(ctx) {
      const result = await exportCallList(ctx.workspace, {
        out: resolve(ctx.project.dir, spec.out),
        ...(spec.territory === null ? {} : { territory: spec.territory }),
        ...(spec.rep === null ? {} : { rep: spec.rep }),
        maxAgeDays: spec.maxAgeDays,
        asOf: ctx.asOf,
        who: 'segmap run',
        outDir: ctx.outDir,
        at: ctx.at,
        logger: ctx.logger,
      });
      return {
        lines: [`${result.rows} stakeholders (${result.stale} stale); since the previous export: ${result.added} added, ${result.removed} removed, ${result.changed} changed`],
        // an .xlsx carries its write time inside the zip, so only a CSV's bytes say "same list"
        outputs: { rows: result.rows, stale: result.stale, ...(result.format === 'csv' ? { sha256: result.sha256 } : {}) },
        files: [result.file],
      };
    },
  };
}
