/**
 * Everything the HTTP server needs from a workspace, behind one interface, so server/ never touches the
 * database or files itself. `openServerContext` opens the workspace once; every view checks the principal's
 * scope (a rep sees only their territory).
 */
import { join } from 'node:path';
import { openWorkspace } from '../../data/workspace.js';
import { createAuthenticator, type Authenticator } from '../access/principal.js';
import type { DataHealth } from '../../spec/views.js';
import { dataHealth } from './data-health.js';

export interface ServerContext {
  readonly dir: string;
  readonly outDir: string;
  readonly auth: Authenticator;
  dataHealth(): Promise<DataHealth>;
  close(): void;
}

export async function openServerContext(dir: string): Promise<ServerContext> {
  const ws = await openWorkspace(dir);
  const auth = await createAuthenticator(ws);
  return {
    dir,
    outDir: join(dir, 'out'),
    auth,
    dataHealth: () => dataHealth(ws),
    close: () => ws.close(),
  };
}
