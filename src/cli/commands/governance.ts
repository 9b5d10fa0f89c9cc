/**
 * `segmap governance D [--max-age-days N] [--as-of DATE] [--limit N] [--no-refresh] [--json]`: the
 * staleness report (by table and source, by field and source, tags), conflicting values between sources,
 * and the review queue (refreshed unless --no-refresh).
 */
import type { Command } from 'commander';
import { rulesMessages } from '../../lib/messages/index.js';
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
  const m = rulesMessages;
  say(m.governanceCutoff(report.cutoff, report.maxAgeDays, report.asOf));
  for (const t of report.tables.filter((g) => g.records > 0)) say(m.governanceTable(t.table, t.source, t.records, t.stale, t.neverVerified));
  for (const f of report.fields) say(m.governanceField(f.entityKind, f.field, f.source, f.stale, f.observations));
  for (const t of report.tags) say(m.governanceTags(t.kind, t.segmentation, t.stale, t.current, report.cutoff));
  say(m.governanceConflicts(report.conflictsTotal, report.conflicts.length));
  for (const c of report.conflicts) say(m.governanceConflict(c.kind, c.entityKind, c.entityId, c.field, c.values));
  say(m.governanceQueue(report.queue.open, report.queue.opened, report.queue.resolved));
  for (const i of report.queue.items) say(m.governanceItem(i.itemId, i.reason, i.entityKind, i.entityId, i.detail));
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
