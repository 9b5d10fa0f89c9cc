/**
 * `segmap run PROJECT.yaml [--plan] [--json]`: runs what a project file declares (segmentation as code):
 * prints the plan, then each step as it finishes, then the run id with its spec and data hashes, all on
 * stderr; `--json` prints the run result on stdout. `--plan` validates and prints the plan only. An
 * invalid project file stops before anything runs, with one line naming the YAML line and path.
 * Contract: ../shared/BRIEF.md.
 */
import type { Command } from 'commander';
import { collectingLogger } from '../../lib/logger.js';
import { projectMessages as msg } from '../../lib/messages/index.js';
import { runProject } from '../../pipeline/run-project.js';
import { printJson, progressBar, say } from '../output.js';
import { action } from '../run-command.js';
import { readVersion } from '../version.js';

interface RunFlags {
  plan?: boolean;
  json?: boolean;
}

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('run what a project file declares (import, prioritize, segment, profile, typing, projection, SQL, rules, call lists) and record the run')
    .argument('<project>', 'project file (YAML), e.g. segmap.yaml')
    .option('--plan', 'validate the project and print the plan without running it')
    .option('--json', 'print the run result on stdout')
    .action(
      action('running the project', async (file: string, flags: RunFlags) => {
        const logger = collectingLogger();
        const progress = progressBar();
        try {
          const result = await runProject(
            {
              file,
              version: readVersion(),
              logger,
              planOnly: flags.plan ?? false,
              onPlan: (lines) => lines.forEach(say),
              onStep: (step) => {
                progress.stop();
                step.lines.forEach((line, k) => say(k === 0 ? msg.stepDone(step.title, step.seconds, line) : `    ${line}`));
              },
            },
            progress,
          );
          progress.stop();
          for (const w of logger.warnings) say(`warning: ${w.message}`);
          if (result.runId) say(msg.recorded(result.runId, result.specHash, result.dataHash ?? ''));
          if (flags.json) printJson(result);
        } finally {
          progress.stop();
        }
      }),
    );
}
