/**
 * Demo stage 3: prioritize accounts — score every site of the demo market, place it on the opportunity
 * matrix (cut points per account type, from the data), roll up to health systems and down to
 * stakeholders, and write D/out/accounts.csv, systems.csv, accounts.xlsx and matrix.svg. Its priority
 * accounts are where the survey of step 2 of the two-step approach goes.
 *
 * Options come from the `prioritization:` section of D/segmap.yaml when there is one; otherwise from the
 * demo market's data dictionary below (which codes are procedures, which is the under-reported add-on,
 * which diagnosis gives the untreated potential, which products are ours) — what a user would write in
 * their project file. The planted truth (D/truth) is never read here; tests compare against it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { projectFileName } from '../../data/workspace.js';
import { prioritizeMessages as msg } from '../../lib/messages/index.js';
import type { PrioritizationInput, PrioritizationSpec } from '../../spec/prioritization.js';
import { parsePrioritization, readPrioritization } from '../prioritize/project-options.js';
import { prioritize } from '../prioritize/prioritize-workspace.js';
import { writeDeliverables } from '../prioritize/write-deliverables.js';
import type { DemoContext, DemoStage } from './context.js';
import { diagnosisCode, ourCompany, procedureCodes, products } from './market/catalog.js';

/** The demo market's prioritization set-up, as a project file would state it. */
export const demoPrioritization: PrioritizationInput = {
  products: products.filter((p) => p.ours).map((p) => p.id),
  volume: {
    codes: procedureCodes.map((c) => c.code),
    reported_rate: Object.fromEntries(procedureCodes.filter((c) => c.reportedRate < 1).map((c) => [c.code, c.reportedRate])),
  },
  potential: { diagnosis_codes: [diagnosisCode], treated_codes: procedureCodes.filter((c) => c.reportedRate === 1).map((c) => c.code) },
  relationship: { event_types: { visit: 1, meeting_set: 2, proposal_requested: 3 }, other: 0, own_vendor: ourCompany },
};

export const prioritizeAccountsStage: DemoStage = {
  title: 'prioritize accounts',
  async run(ctx: DemoContext): Promise<void> {
    const { spec, source } = demoOptions(ctx.dir);
    const result = await prioritize(ctx.workspace, spec, { logger: ctx.logger, progress: ctx.progress });
    const files = await writeDeliverables(ctx.workspace, result, ctx.outDir);
    const { report } = result;
    ctx.summary.set(this.title, [
      msg.placed(report.sites.accounts, report.sites.quadrants),
      ...report.sites.cutPoints.filter((c) => c.placed > 0).map((c) => msg.cutsLine(c.group, c.opportunity.threshold, c.position.threshold)),
      msg.networkLine(report.network.nodes, report.network.edges, report.network.iterations, report.network.hubs),
      msg.issuesLine({ ...report.dataIssues }),
      msg.optionsFrom(source),
      msg.filesLine(files.map((f) => f.slice(ctx.dir.length + 1))),
    ]);
  },
};

function demoOptions(dir: string): { spec: PrioritizationSpec; source: string } {
  if (hasSection(join(dir, projectFileName))) return { spec: readPrioritization(dir), source: `${projectFileName} prioritization section` };
  return { spec: parsePrioritization(demoPrioritization), source: 'the demo market defaults (no prioritization section in segmap.yaml)' };
}

function hasSection(file: string): boolean {
  if (!existsSync(file)) return false;
  const document: unknown = parseYaml(readFileSync(file, 'utf8'));
  return typeof document === 'object' && document !== null && 'prioritization' in document;
}
