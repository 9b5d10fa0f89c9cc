/**
 * `segmap report D [--out FILE] [--cards FILE] [--export-cards FILE] [--json]`: the self-contained HTML
 * report of the workspace's latest segmentation (default D/out/report.html). Cards are edited by exporting
 * them (--export-cards cards.yaml), changing the YAML, and passing it back (--cards cards.yaml).
 */
import type { Command } from 'commander';
import { profileMessages } from '../../lib/messages/index.js';
import type { Logger } from '../../lib/logger.js';
import { writeWorkspaceReport } from '../../pipeline/profile/index.js';
import { printJson, say } from '../output.js';
import { action } from '../run-command.js';

interface ReportOptions {
  out?: string;
  cards?: string;
  exportCards?: string;
  json?: boolean;
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description("write the HTML report (sizes, profile heatmap, differentiators, cards) of a workspace's latest segmentation")
    .argument('<dir>', 'workspace folder')
    .option('--out <file>', 'where to write the report (default D/out/report.html)')
    .option('--cards <file>', 'edited segment cards (YAML or JSON) to save before writing the report')
    .option('--export-cards <file>', 'also write the cards as YAML, ready to edit')
    .option('--json', 'print the result as JSON on stdout')
    .action(
      action('writing the report', async (dir: string, opts: ReportOptions) => {
        const logger: Logger = { warn: (_code, message) => say(profileMessages.warning(message)) };
        const result = await writeWorkspaceReport(dir, {
          logger,
          ...(opts.out ? { out: opts.out } : {}),
          ...(opts.cards ? { cardsFile: opts.cards } : {}),
          ...(opts.exportCards ? { exportCards: opts.exportCards } : {}),
        });
        if (opts.json) printJson(result);
        else {
          say(profileMessages.reportFor(result.segmentation, result.source));
          if (result.cardsSaved > 0) say(profileMessages.cardsSaved(result.cardsSaved));
          say(profileMessages.wrote(result.file));
          if (result.cardsExported) say(profileMessages.wrote(result.cardsExported));
        }
      }),
    );
}
