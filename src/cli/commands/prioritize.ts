/**
 * `segmap prioritize D --out DIR` — score the accounts of workspace D, place them on the opportunity
 * matrix and write DIR/accounts.csv (account_id, score, quadrant, tier, reason), DIR/accounts.xlsx and
 * DIR/matrix.svg. Options: the `prioritization:` section of D/segmap.yaml. Contract: ../shared/BRIEF.md.
 */
import type { Command } from 'commander';
import { prioritizeWorkspace } from '../../pipeline/prioritize/prioritize-workspace.js';
import { collectingLogger } from '../../lib/logger.js';
import { prioritizeMessages as msg } from '../../lib/messages/index.js';
import { action } from '../run-command.js';
import { printJson, progressBar, say } from '../output.js';

export function registerPrioritize(program: Command): void {
  program
    .command('prioritize')
    .description('score accounts into the opportunity matrix (growth, expansion, maintain/monitor, low priority), tiers and reasons')
    .argument('<dir>', 'workspace folder')
    .requiredOption('--out <dir>', 'folder for accounts.csv, accounts.xlsx and matrix.svg')
    .option('--json', 'print the report (quadrants, cut points, data issues) as JSON on stdout')
    .action(
      action('prioritizing accounts', async (dir: string, flags: { out: string; json?: boolean }) => {
        const logger = collectingLogger();
        const bar = progressBar();
        try {
          const report = await prioritizeWorkspace({ dir, out: flags.out }, { logger, progress: bar });
          bar.stop();
          for (const w of logger.warnings) say(`warning: ${w.message}`);
          if (flags.json) {
            printJson({ ...report, warnings: logger.warnings });
            return;
          }
          say(msg.placed(report.sites.accounts, report.sites.quadrants));
          for (const c of report.sites.cutPoints.filter((c) => c.placed > 0)) say(msg.cutsLine(c.group, c.opportunity.threshold, c.position.threshold));
          say(msg.networkLine(report.network.nodes, report.network.edges, report.network.iterations, report.network.hubs));
          say(msg.issuesLine({ ...report.dataIssues }));
          say(msg.filesLine(report.files));
        } finally {
          bar.stop();
        }
      }),
    );
}
