/**
 * `segmap export calllist D [--territory T] --out FILE.csv|FILE.xlsx` (contract in BRIEF.md), plus
 * `--rep R` instead of a territory, `--delta FILE` for the changes since the previous export of the same
 * scope, `--crm veeva|salesforce` for CRM-ready headers, `--max-age-days N` for the stale flag.
 * A summary goes to stderr; `--json` prints the export record on stdout. `segmap export log D` lists the
 * audit trail.
 */
import type { Command } from 'commander';
import { rulesMessages } from '../../lib/messages/index.js';
import { crmProfiles, exportCallListIn, exportLogIn, parseCrmProfile } from '../../pipeline/export/export-calllist.js';
import { parseInteger } from '../parse.js';
import { parseAsOf, parseMaxAgeDays } from '../../pipeline/governance/options.js';
import { printJson, say } from '../output.js';
import { action } from '../run-command.js';

interface CallListFlags {
  territory?: string;
  rep?: string;
  out: string;
  delta?: string;
  crm: string;
  maxAgeDays?: string;
  asOf?: string;
  who?: string;
  json?: boolean;
}

export function registerExport(program: Command): void {
  const exportCommand = program.command('export').description('exports for sales and CRM systems');
  exportCommand
    .command('calllist')
    .description('a call list per territory or rep, tagged with segment, tier, quadrant, message pillar and next step')
    .argument('<dir>', 'workspace folder')
    .requiredOption('--out <file>', 'output file, .csv or .xlsx')
    .option('--territory <id>', 'only this territory')
    .option('--rep <name>', 'only this rep\'s territories (name or e-mail)')
    .option('--delta <file>', 'also write the changes since the previous export of this scope (.csv or .xlsx)')
    .option('--crm <profile>', `column headers: ${crmProfiles.join(', ')}`, 'generic')
    .option('--max-age-days <n>', 'flag records last verified longer ago than this as stale (default 365)')
    .option('--as-of <date>', 'export as of this ISO date (default today)')
    .option('--who <name>', 'recorded in the audit trail as the exporter (default: the OS user)')
    .option('--json', 'print the export record as JSON on stdout')
    .action(
      action('exporting the call list', async (dir: string, flags: CallListFlags) => {
        const result = await exportCallListIn(dir, {
          out: flags.out,
          crm: parseCrmProfile(flags.crm),
          ...(flags.territory === undefined ? {} : { territory: flags.territory }),
          ...(flags.rep === undefined ? {} : { rep: flags.rep }),
          ...(flags.delta === undefined ? {} : { deltaOut: flags.delta }),
          ...(flags.maxAgeDays === undefined ? {} : { maxAgeDays: parseMaxAgeDays(flags.maxAgeDays) }),
          ...(flags.asOf === undefined ? {} : { asOf: parseAsOf(flags.asOf) }),
          ...(flags.who === undefined ? {} : { who: flags.who }),
        });
        if (flags.json) printJson(result);
        else {
          say(rulesMessages.exportWrote(result.rows, result.file, result.scope, result.stale));
          say(rulesMessages.exportSince(result.previousExportId, result.added, result.removed, result.changed));
          if (result.deltaFile) say(rulesMessages.exportDeltaWritten(result.deltaFile));
        }
      }),
    );
  exportCommand
    .command('log')
    .description('the audit trail: who exported what, when, how many rows, what changed')
    .argument('<dir>', 'workspace folder')
    .option('--limit <n>', 'how many exports to list, newest first (default 100)')
    .option('--json', 'print the records as JSON on stdout')
    .action(
      action('reading the export log', async (dir: string, flags: { limit?: string; json?: boolean }) => {
        const records = await exportLogIn(dir, flags.limit === undefined ? 100 : parseInteger('--limit', flags.limit, 1, 100_000));
        if (flags.json) printJson(records);
        else {
          for (const r of records) {
            say(rulesMessages.exportLogLine(r.exportedAt.toISOString(), r.exportedBy, r.kind, r.scope, r.file, r.format, r.rowCount, r.added ?? 0, r.removed ?? 0, r.changed ?? 0));
          }
        }
      }),
    );
}
