/**
 * Runs the app on Node's HTTP server. Binds to loopback unless told otherwise: the data are customer data.
 */
import { serve } from '@hono/node-server';
import { openServerContext } from '../pipeline/serve/server-context.js';
import { createApp } from './app.js';

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function startServer(options: { dir: string; port: number; host?: string; version: string }): Promise<RunningServer> {
  const ctx = await openServerContext(options.dir);
  const app = createApp(ctx, options.version);
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: host }, (info) => {
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => {
              ctx.close();
              done();
            });
          }),
      });
    });
    server.once('error', reject);
  });
}
