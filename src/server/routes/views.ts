/** Read-only views of the pipeline's results, each limited to what the caller may see. */
import { Hono } from 'hono';
import type { ServerContext } from '../../pipeline/serve/server-context.js';
import type { AppEnv } from '../auth.js';
import { PageQuery } from './paging.js';
import { parseWith } from './validate.js';

export function viewRoutes(ctx: ServerContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/me', (c) => c.json(c.get('principal')));
  app.get('/data-health', async (c) => c.json(await ctx.dataHealth()));
  app.get('/segments', async (c) => c.json(await ctx.segments()));
  app.get('/profile', async (c) => c.json(await ctx.profile()));
  app.get('/cards', async (c) => c.json(await ctx.cards()));
  app.get('/accounts', async (c) => c.json(await ctx.accounts(c.get('principal'), parseWith(PageQuery, c.req.query()))));
  app.get('/accounts/quadrants', async (c) => c.json(await ctx.quadrants(c.get('principal'))));
  app.get('/calllist', async (c) => c.json(await ctx.callList(c.get('principal'), parseWith(PageQuery, c.req.query()))));
  return app;
}
