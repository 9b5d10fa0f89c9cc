import type { Command } from 'commander';
import { importCliMessages } from '../../lib/messages/index.js';
import { initWorkspace } from '../../pipeline/init-workspace.js';
import { say } from '../output.js';
import { action } from '../run-command.js';

/** `segmap init D`: an empty workspace (DuckDB file plus project file) in D. */
export function registerInit(program: Command): void {
  program
    .command('init')
    .description('create an empty workspace (segmap.duckdb and segmap.yaml) in a folder')
    .argument('<dir>', 'workspace folder (created when missing)')
    .action(
      action('creating the workspace', async (dir: string) => {
        const result = await initWorkspace(dir);
        say(result.created ? importCliMessages.initCreated(dir) : importCliMessages.initExisting(dir, result.schemaVersion));
      }),
    );
}
