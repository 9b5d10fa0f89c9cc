/**
 * The typing tool over HTTP: the form, and one call per answer that returns the segment so far, its
 * confidence and the next question to ask. An unknown question or option is a 400 listing what is allowed.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { ServerContext } from '../../pipeline/serve/server-context.js';
import type { AppEnv } from '../auth.js';
import { parseWith } from './validate.js';

const AnswerBody = z.object({ answers: z.record(z.string(), z.union([z.number(), z.string(), z.null()])) }).strict();

export function typingRoutes(ctx: ServerContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/typing', async (c) => c.json(await ctx.typing.form()));
  app.post('/typing/answer', async (c) => {
    const body = parseWith(AnswerBody, await c.req.json().catch(() => undefined));
    return c.json(await ctx.typing.answer(body.answers));
  });
  return app;
}
