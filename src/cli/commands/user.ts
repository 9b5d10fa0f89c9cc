import type { Command } from 'commander';
import { addUserToWorkspace, listWorkspaceUsers } from '../../pipeline/access/manage-users.js';
import { action } from '../run-command.js';
import { printJson, say } from '../output.js';

export function registerUser(program: Command): void {
  const user = program.command('user').description('server users: who may see what (reps see only their territory)');
  user
    .command('add')
    .argument('<dir>', 'workspace folder')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--role <role>', 'admin, analyst or rep')
    .option('--territory <id>', 'the rep\'s territory')
    .option('--json', 'print the new user and token as JSON')
    .action(
      action('adding a user', async (dir: string, opts: { name: string; role: string; territory?: string; json?: boolean }) => {
        const { user: created, token } = await addUserToWorkspace(dir, {
          name: opts.name,
          role: opts.role,
          ...(opts.territory ? { territoryId: opts.territory } : {}),
        });
        if (opts.json) printJson({ ...created, token });
        else say(`added ${created.name} (${created.role}); token, shown once: ${token}`);
      }),
    );
  user
    .command('list')
    .argument('<dir>', 'workspace folder')
    .action(
      action('listing users', async (dir: string) => {
        printJson(await listWorkspaceUsers(dir));
      }),
    );
}
