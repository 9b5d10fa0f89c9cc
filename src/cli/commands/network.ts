/**
 * `segmap network EDGES --from COL --to COL [--weight COL] --out FILE.csv` — PageRank and in/out strength
 * of every node of an edge list (CSV or Parquet), equal to networkx's. Contract: ../shared/BRIEF.md.
 */
import type { Command } from 'commander';
import { networkCentrality } from '../../pipeline/network/network-centrality.js';
import { collectingLogger } from '../../lib/logger.js';
import { UsageError } from '../../lib/errors.js';
import { prioritizeMessages as msg } from '../../lib/messages/index.js';
import { action } from '../run-command.js';
import { printJson, progressBar, say } from '../output.js';

interface NetworkFlags {
  readonly from: string;
  readonly to: string;
  readonly weight?: string;
  readonly out: string;
  readonly alpha: string;
  readonly tol: string;
  readonly json?: boolean;
}

function parseNumber(flag: string, raw: string, low: number, high: number): number {
  const value = Number(raw);
  if (raw.trim() === '' || !(value > low && value < high)) throw new UsageError(msg.badNumber(flag, raw, `between ${low} and ${high}`));
  return value;
}

export function registerNetwork(program: Command): void {
  program
    .command('network')
    .description('PageRank (as networkx: alpha 0.85, dangling nodes, weights) and in/out strength of every node of an edge list')
    .argument('<edges>', 'edge list, CSV or Parquet, one row per edge')
    .requiredOption('--from <column>', 'column with the source node')
    .requiredOption('--to <column>', 'column with the target node')
    .option('--weight <column>', 'column with the edge weight (e.g. shared patients); 1 per edge when omitted')
    .requiredOption('--out <file>', 'CSV to write: node, pagerank, in_strength, out_strength')
    .option('--alpha <a>', 'damping factor', '0.85')
    .option('--tol <t>', "stop when the l1 change < nodes x tol (networkx's rule and default)", '1e-6')
    .option('--json', 'print the report as JSON on stdout')
    .action(
      action('computing network centrality', async (edges: string, flags: NetworkFlags) => {
        const logger = collectingLogger();
        const bar = progressBar();
        try {
          const report = await networkCentrality(
            {
              file: edges,
              from: flags.from,
              to: flags.to,
              out: flags.out,
              alpha: parseNumber('--alpha', flags.alpha, 0, 1),
              tol: parseNumber('--tol', flags.tol, 0, 1),
              ...(flags.weight === undefined ? {} : { weight: flags.weight }),
            },
            { logger, progress: bar },
          );
          bar.stop();
          for (const w of logger.warnings) say(`warning: ${w.message}`);
          if (flags.json) printJson({ ...report, warnings: logger.warnings });
          else {
            const dropped = report.issues.rowsIn - report.issues.rowsUsed;
            say(`${report.nodes} nodes, ${report.edges} edges (${dropped} rows dropped, ${report.issues.selfLoops} self-loops kept), ${report.dangling} dangling`);
            say(`pagerank ${report.converged ? 'converged' : 'stopped'} after ${report.iterations} iterations → ${report.out}`);
          }
        } finally {
          bar.stop();
        }
      }),
    );
}
