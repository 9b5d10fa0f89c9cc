/**
 * The Segmap HTTP API and web UI. Routes parse and validate, call one pipeline function, and map the result;
 * errors are mapped once (./error-handler.ts). Tests call `app.request()` in process, with no open port.
 *
 *   GET  /api/health            public liveness check (200)
 *   GET  /api/me                who the token belongs to
 *   GET  /api/data-health       rows, rejects and stale records per table
 *   …                           feature routes, one file each in ./routes
 *   GET  /                      the web UI (static files from dist/web)
 */
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { SegmapError } from '../lib/errors.js';
import { serverMessages } from '../lib/messages/index.js';
import type { ServerContext } from '../pipeline/serve/server-context.js';
import { requireUser, type AppEnv } from './auth.js';
import { errorResponse } from './error-handler.js';
import { staticRoutes } from './routes/static.js';
import { typingRoutes } from './routes/typing.js';
import { viewRoutes } from './routes/views.js';

export function createApp(ctx: ServerContext, version: string): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(errorResponse);
  app.notFound((c) => errorResponse(new SegmapError('not_found', serverMessages.notFound(c.req.path)), c));
  app.use('*', secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'], styleSrc: ["'self'", "'unsafe-inline'"] } }));

  app.get('/api/health', (c) => c.json({ status: 'ok', version }));

  const api = new Hono<AppEnv>();
  api.use('*', requireUser(ctx.auth));
  api.route('/', viewRoutes(ctx));
  api.route('/', typingRoutes(ctx));
  app.route('/api', api);

  app.route('/', staticRoutes());
  return app;
}
