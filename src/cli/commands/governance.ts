/**
 * `segmap governance D [--max-age-days N] [--as-of DATE] [--limit N] [--no-refresh] [--json]`: the
 * staleness report (by table and source, by field and source, tags), conflicting values between sources,
 * and the review queue (refreshed unless --no-refresh).
 */
import type { Command } from 'commander';
import { governanceReportIn, type GovernanceReport } from '../../pipeline/governance/governance-report.js';
import { parseAsOf, parseMaxAgeDays } from '../../pipeline/governance/options.js';
import { parseInteger } from '../parse.js';
import { printJson, say } from '../output.js';
import { action } from '../run-command.js';

interface GovernanceFlags {
  maxAgeDays?: string;
  asOf?: string;
  limit?: string;
  refresh: boolean;
  json?: boolean;
}

function summarize(report: GovernanceReport): void {
  say(`records last verified before ${report.cutoff} (${report.maxAgeDays} days before ${report.asOf}) are stale`);
  for (const t of report.tables.filter((g) => g.records > 0)) {
    say(`  ${t.table.padEnd(20)} ${(t.source ?? '(no source)').padEnd(16)} ${String(t.records).padStart(8)} records, ${t.stale} stale, ${t.neverVerified} never verified`);
  }
  for (const f of report.fields) say(`  field ${f.entityKind}.${f.field} from ${f.source}: ${f.stale} of ${f.observations} stale`);
  for (const t of report.tags) say(`  tags ${t.kind}/${t.segmentation}: ${t.stale} of ${t.current} last confirmed before ${report.cutoff}`);
  say(`conflicts: ${report.conflictsTotal}${report.conflicts.length < report.conflictsTotal ? ` (first ${report.conflicts.length} listed)` : ''}`);
  for (const c of report.conflicts) say(`  ${c.kind} ${c.entityKind} ${c.entityId} ${c.field}: ${c.values.join(' | ')}`);
  say(`review queue: ${report.queue.open} open (${report.queue.opened} opened, ${report.queue.resolved} resolved by this run)`);
  for (const i of report.queue.items) say(`  [${i.itemId}] ${i.reason} ${i.entityKind} ${i.entityId}${i.detail ? `: ${i.detail}` : ''}`);
}

export function registerGovernance(program: Command): void {
  program
    .command('governance')
    .description('data governance: stale records by source and field, conflicting values, review queue')
    .argument('<dir>', 'workspace folder')
    .option('--max-age-days <n>', 'records last verified longer ago than this are stale (default 365)')
    .option('--as-of <date>', 'report as of this ISO date (default today)')
    .option('--limit <n>', 'how many conflicts and review items to list (default 20)')
    .option('--no-refresh', 'do not update the review queue')
    .option('--json', 'print the report as JSON on stdout')
    .action(
      action('building the governance report', async (dir: string, flags: GovernanceFlags) => {
        const report = await governanceReportIn(dir, {
          refreshQueue: flags.refresh,
          ...(flags.maxAgeDays === undefined ? {} : { maxAgeDays: parseMaxAgeDays(flags.maxAgeDays) }),
          ...(flags.asOf === undefined ? {} : { asOf: parseAsOf(flags.asOf) }),
          ...(flags.limit === undefined ? {} : { limit: parseInteger('--limit', flags.limit, 0, 100_000) }),
        });
        if (flags.json) printJson(report);
        else summarize(report);
      }),
    );
}
