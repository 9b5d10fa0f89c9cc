import type { Command } from 'commander';
import { startServer } from '../../server/start.js';
import { serverMessages } from '../../lib/messages/index.js';
import { action } from '../run-command.js';
import { parsePort } from '../parse.js';
import { say } from '../output.js';
import { readVersion } from '../version.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the API and web UI for a workspace (GET /api/health answers 200)')
    .argument('<dir>', 'workspace folder')
    .option('--port <port>', 'port to listen on', '4173')
    .option('--host <host>', 'address to bind (loopback by default)', '127.0.0.1')
    .action(
      action('serving the workspace', async (dir: string, opts: { port: string; host: string }) => {
        const server = await startServer({ dir, port: parsePort(opts.port), host: opts.host, version: readVersion() });
        say(serverMessages.listening(server.url));
        const stop = (): void => void server.close().then(() => process.exit(0));
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      }),
    );
}
