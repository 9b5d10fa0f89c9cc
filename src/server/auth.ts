/**
 * Resolves the bearer token (header, or `token` query parameter for the first page load) to a Principal.
 * Routes behind `requireUser` can trust `c.get('principal')`.
 */
import { createMiddleware } from 'hono/factory';
import { SegmapError } from '../lib/errors.js';
import { serverMessages } from '../lib/messages/index.js';
import type { Authenticator, Principal } from '../pipeline/access/principal.js';

export type AppEnv = { Variables: { principal: Principal } };

export function requireUser(auth: Authenticator) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('authorization');
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : c.req.query('token');
    const principal = auth.authenticate(token);
    if (!principal) throw new SegmapError('unauthorized', serverMessages.unauthorized);
    c.set('principal', principal);
    await next();
  });
}
