import type { Command } from 'commander';
import { UsageError } from '../../lib/errors.js';
import { collectingLogger } from '../../lib/logger.js';
import { demoMessages, serverMessages } from '../../lib/messages/index.js';
import { readDemoAccess } from '../../pipeline/demo/create-demo-users.js';
import { startServer } from '../../server/start.js';
import type { DemoSize } from '../../pipeline/demo/context.js';
import { runDemo } from '../../pipeline/demo/run-demo.js';
import { formatSummary } from '../../pipeline/demo/summary.js';
import { printJson, progressBar, say } from '../output.js';
import { parseInteger, parsePort } from '../parse.js';
import { action } from '../run-command.js';
import { readVersion } from '../version.js';

const sizes: readonly DemoSize[] = ['small', 'medium', 'large'];

interface DemoFlags {
  dir: string;
  size: string;
  seed: string;
  serve: boolean;
  port: string;
  json?: boolean;
}

/** Serves the finished demo and prints the administrator's sign-in address; runs until interrupted. */
async function serveDemo(dir: string, port: number): Promise<void> {
  const server = await startServer({ dir, port, version: readVersion() });
  const access = await readDemoAccess(dir);
  say(serverMessages.listening(server.url));
  if (access) {
    say(demoMessages.signIn('administrator', `${server.url}/?token=${access.adminToken}`));
    if (access.repToken) say(demoMessages.signIn(`rep (territory ${access.repTerritory})`, `${server.url}/?token=${access.repToken}#/calllist`));
  }
  const stop = (): void => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function parseSize(raw: string): DemoSize {
  const size = sizes.find((s) => s === raw);
  if (!size) throw new UsageError(demoMessages.unknownSize(raw));
  return size;
}

/**
 * `segmap demo [--dir D] [--size small|medium|large] [--seed N] [--no-serve] [--port P] [--json]`: a
 * seeded synthetic market in a workspace in D, the whole pipeline, a data-health summary on stderr (and
 * as JSON on stdout with --json), then the UI (unless --no-serve).
 */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('generate a realistic demo market into a workspace, run the whole pipeline, then serve the UI')
    .option('--dir <dir>', 'workspace folder (created; an earlier demo there is replaced)', 'segmap-demo')
    .option('--size <size>', 'small (~5k stakeholders), medium (~100k) or large (~1M)', 'medium')
    .option('--seed <n>', 'random seed: the same seed gives the same market', '42')
    .option('--no-serve', 'do not serve the UI afterwards')
    .option('--port <port>', 'port for the UI', '4173')
    .option('--json', 'print the summary as JSON on stdout')
    .action(
      action('running the demo', async (flags: DemoFlags) => {
        const size = parseSize(flags.size);
        const seed = parseInteger('--seed', flags.seed, 0, 4_294_967_295);
        parsePort(flags.port);
        const logger = collectingLogger();
        const progress = progressBar();
        try {
          const summary = await runDemo({ dir: flags.dir, size, seed, logger, version: readVersion() }, progress);
          progress.stop();
          for (const line of formatSummary(summary)) say(line);
          for (const w of logger.warnings) say(`warning: ${w.message}`);
          if (flags.json) printJson(summary);
          if (flags.serve) await serveDemo(flags.dir, parsePort(flags.port));
        } finally {
          progress.stop();
        }
      }),
    );
}
