/**
 * Demo stage 6: rule segments, tags and the call list.
 *   1. add a `rules:` section to D/segmap.yaml (unless the project already has one): CRM-style segments
 *      of the demo's peripheral-vascular market — value-analysis hospitals, office-based labs, layered
 *      interventional champions, the buying committee, and an exclusive engagement ladder
 *   2. evaluate them in DuckDB and record them as `rule` tags (with history)
 *   3. export D/out/calllist.csv for every territory: segment (survey or projected), tier and quadrant
 *      (prioritization), rule tags, message pillar (segment card headline), next step, stale flag
 *   4. refresh the governance review queue and report what is stale or conflicting
 * Each input an earlier stage leaves (memberships, D/out files, segment cards) is optional: a missing one
 * leaves its columns empty instead of stopping the demo.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { atomicWrite } from '../../activation/atomic-write.js';
import { projectFileName } from '../../data/workspace.js';
import { rulesMessages } from '../../lib/messages/index.js';
import { exportCallList } from '../export/export-calllist.js';
import { governanceReport } from '../governance/governance-report.js';
import { loadRuleSet } from '../rules/load-rule-set.js';
import { runRules, todayIso } from '../rules/run-rules.js';
import type { DemoContext, DemoStage } from './context.js';

/** The demo's rules as a user would write them in segmap.yaml. */
export const demoRulesYaml = `
# Rule segments (segmap rules D): CRM-style segments from field conditions, engagement and other tags.
rules:
  segmentation: crm-rules
  segments:
    - name: vac-vascular-hospitals
      entity: account
      label: Hospitals with a value-analysis committee and a vascular service line
      headline: Value analysis decides here; lead with cost per procedure and outcomes evidence
      nextStep: prepare the value-analysis dossier with the VAC chair
      entry: { all: [ { field: type, equal: hospital }, { field: has_vac, equal: true }, { field: service_lines, contains: vascular } ] }
    - name: office-based-labs
      entity: account
      label: Vascular and cardiology clinics that treat in the office
      headline: Office-based labs buy on throughput and reimbursement
      entry: { all: [ { field: type, equal: specialty_clinic }, { any: [ { field: service_lines, contains: vascular }, { field: service_lines, contains: cardiology } ] } ] }
    - name: interventional-champions
      entity: stakeholder
      within: vac-vascular-hospitals
      label: Interventionalists at VAC hospitals who attended a webinar in the last 180 days
      headline: Clinical champions; equip them for the value-analysis meeting
      nextStep: invite to the next peer-to-peer case review
      entry: { all: [ { field: specialty, oneOf: [vascular_surgery, interventional_cardiology, interventional_radiology] }, { event: { channel: webinar, type: attended, withinDays: 180 } } ] }
      exit: { not: { event: { withinDays: 365 } } }
    - name: buying-committee
      entity: stakeholder
      within: vac-vascular-hospitals
      label: Procurement, VAC members and administrators at VAC hospitals
      entry: { field: role, oneOf: [procurement, vac_member, administrator] }
    - name: hand-raisers
      entity: stakeholder
      headline: Asked for a demo or a proposal in the last 30 days
      nextStep: hand off to sales today
      entry: { any: [ { event: { channel: demo_request, withinDays: 30 } }, { event: { type: proposal_requested, withinDays: 30 } } ] }
    - name: engaged
      entity: stakeholder
      entry: { event: { withinDays: 90, atLeast: 3 } }
    - name: dormant
      entity: stakeholder
      entry: { not: { event: { withinDays: 180 } } }
    - name: growth-account-physicians
      entity: stakeholder
      label: Physicians at accounts in the growth quadrant
      entry: { all: [ { field: role, equal: physician }, { member: { kind: quadrant, segment: growth, of: account } } ] }
  exclusive:
    - name: engagement-ladder
      order: [hand-raisers, engaged, dormant]
`;

function hasRulesSection(file: string): boolean {
  if (!existsSync(file)) return false;
  const document: unknown = parseYaml(readFileSync(file, 'utf8'));
  return typeof document === 'object' && document !== null && 'rules' in document;
}

export const rulesAndCallListStage: DemoStage = {
  title: 'rules, tags and call list',
  async run(ctx: DemoContext): Promise<void> {
    const [people] = await ctx.workspace.all<{ n: number }>('select count(*) as n from stakeholders');
    if (!people?.n) {
      ctx.summary.set(this.title, [rulesMessages.demoNoStakeholders]);
      return;
    }
    const project = join(ctx.dir, projectFileName);
    if (!hasRulesSection(project)) {
      const current = existsSync(project) ? readFileSync(project, 'utf8') : '';
      await atomicWrite(project, `${current.replace(/\n*$/, '\n')}${demoRulesYaml}`);
    }
    const asOf = ctx.asOf ?? todayIso();
    ctx.progress({ phase: 'rules and call list', done: 0, total: 3 });
    const rules = await loadRuleSet(ctx.workspace);
    const result = await runRules(ctx.workspace, rules, { asOf });
    ctx.progress({ phase: 'rules and call list', done: 1, total: 3 });
    const callList = await exportCallList(ctx.workspace, { out: join(ctx.outDir, 'calllist.csv'), asOf, who: 'segmap demo', outDir: ctx.outDir, logger: ctx.logger });
    ctx.progress({ phase: 'rules and call list', done: 2, total: 3 });
    const governance = await governanceReport(ctx.workspace, { asOf, limit: 0 });
    ctx.progress({ phase: 'rules and call list', done: 3, total: 3 });
    const stale = governance.tables.filter((t) => t.table === 'stakeholders' || t.table === 'accounts').reduce((sum, t) => sum + t.stale + t.neverVerified, 0);
    ctx.summary.set(this.title, [
      rulesMessages.demoRules(result.segmentation, asOf, result.segments.map((s) => [s.name, s.members] as const)),
      rulesMessages.demoTags(result.recorded?.entered ?? 0, result.recorded?.exited ?? 0, result.recorded?.verified ?? 0, result.runId),
      rulesMessages.demoCallList(callList.rows, callList.stale, callList.file),
      rulesMessages.demoGovernance(stale, governance.conflictsTotal, governance.queue.open),
    ]);
  },
};
