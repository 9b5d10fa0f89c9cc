import type { Command } from 'commander';
import { importCliMessages } from '../../lib/messages/index.js';
import { validateWorkspaceDir, type ValidationReport } from '../../pipeline/validate-workspace.js';
import { parseInteger } from '../parse.js';
import { printJson, say } from '../output.js';
import { action } from '../run-command.js';

function summarize(report: ValidationReport): void {
  say(importCliMessages.validateHeader(report.asOf, report.staleAfterDays));
  for (const t of report.tables) say(importCliMessages.tableLine(t.table, t.rows, t.stale, t.unverified, t.duplicateKeys));
  if (report.ok) {
    say(importCliMessages.validateOk());
    return;
  }
  say(importCliMessages.validateProblems());
  for (const d of report.dangling) say(importCliMessages.danglingLine(d.table, d.field, d.references, d.rows, d.examples));
  if (report.invalidNpis) say(importCliMessages.invalidNpis(report.invalidNpis));
}

/** `segmap validate D [--json]`: rows per table, dangling references, duplicate keys, bad NPIs, stale records. */
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check a workspace: rows per table, dangling references, duplicate keys, invalid NPIs, stale records')
    .argument('<dir>', 'workspace folder')
    .option('--stale-days <days>', 'records verified longer ago than this are stale', '365')
    .option('--json', 'print the report as JSON on stdout')
    .action(
      action('validating the workspace', async (dir: string, opts: { staleDays: string; json?: boolean }) => {
        const report = await validateWorkspaceDir(dir, { staleAfterDays: parseInteger('--stale-days', opts.staleDays, 0) });
        if (opts.json) printJson(report);
        else summarize(report);
      }),
    );
}
