/**
 * `segmap cluster FILE --method kmeans|gmm|lca|kprototypes --k K [--columns a,b] [--id COL] [--seed S]
 *  [--starts N] [--weights COL] [--threads N] --out DIR [--json]`: segments the rows of FILE and writes
 * DIR/model.json and DIR/assignments.csv; with `--k 2..8` it compares the solutions and also writes
 * DIR/selection.json with the recommended k and its reason. Progress and a summary go to stderr; with
 * --json the model (and selection) go to stdout.
 */
import type { Command } from 'commander';
import { UsageError } from '../../lib/errors.js';
import { collectingLogger } from '../../lib/logger.js';
import { clusterMessages, commonMessages } from '../../lib/messages/index.js';
import { parseKSpec } from '../../pipeline/cluster/k-spec.js';
import { runCluster } from '../../pipeline/cluster/run-cluster.js';
import { ClusterMethod } from '../../spec/cluster-model.js';
import { printJson, progressBar, say } from '../output.js';
import { parseInteger, parseList } from '../parse.js';
import { action } from '../run-command.js';
import { readVersion } from '../version.js';

interface ClusterFlags {
  method: string;
  k: string;
  columns?: string;
  id?: string;
  seed: string;
  starts?: string;
  weights?: string;
  threads: string;
  out: string;
  json?: boolean;
}

export function registerCluster(program: Command): void {
  program
    .command('cluster <file>')
    .description('segment the rows of a CSV file (k-means, Gaussian mixture, latent class, k-prototypes)')
    .requiredOption('--method <method>', 'kmeans, gmm, lca or kprototypes')
    .requiredOption('--k <k>', 'number of segments, or a range such as 2..8 to compare and recommend')
    .option('--columns <a,b>', 'columns to cluster on (default: all but --id and --weights)')
    .option('--id <col>', 'id column copied to assignments.csv (default: the row number)')
    .option('--seed <s>', 'random seed: the same seed gives the same segments', '42')
    .option('--starts <n>', 'random starts (default 10; 1 for gmm)')
    .option('--weights <col>', 'survey weight column')
    .option('--threads <n>', 'worker threads for k-means starts', '1')
    .requiredOption('--out <dir>', 'folder for model.json, assignments.csv and selection.json')
    .option('--json', 'print model.json (and selection.json) on stdout')
    .action(
      action('clustering', async (file: string, flags: ClusterFlags) => {
        const method = ClusterMethod.safeParse(flags.method);
        if (!method.success) throw new UsageError(commonMessages.unknownOption('--method', ClusterMethod.options));
        const logger = collectingLogger();
        const progress = progressBar();
        try {
          const result = await runCluster({
            file,
            method: method.data,
            ks: parseKSpec(flags.k),
            out: flags.out,
            columns: parseList(flags.columns),
            id: flags.id,
            weights: flags.weights,
            seed: parseInteger('--seed', flags.seed, 0, 4_294_967_295),
            starts: flags.starts === undefined ? undefined : parseInteger('--starts', flags.starts, 1, 1000),
            threads: parseInteger('--threads', flags.threads, 1, 64),
            version: readVersion(),
            logger,
          }, progress);
          progress.stop();
          for (const w of logger.warnings) say(`warning: ${w.message}`);
          const { model, selection } = result;
          say(clusterMessages.summary(model.method, model.k, model.preparation.rowsUsed, model.fitSeconds, result.files));
          if (selection) say(selection.recommended.reason);
          if (flags.json) printJson(selection ? { model, selection } : model);
        } finally {
          progress.stop();
        }
      }),
    );
}
