/**
 * The one place where the server turns failures into HTTP: a SegmapError becomes its status and a JSON body
 * `{ error: { code, message, location?, details? } }`; anything else is a 500 that leaks no internals.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isSegmapError } from '../lib/errors.js';
import { commonMessages } from '../lib/messages/index.js';

export function errorResponse(error: unknown, c: Context): Response {
  if (isSegmapError(error)) {
    const body = {
      error: {
        code: error.code,
        message: error.message,
        ...(error.location ? { location: error.location } : {}),
        ...(error.details === undefined ? {} : { details: error.details }),
      },
    };
    return c.json(body, error.httpStatus as ContentfulStatusCode);
  }
  return c.json({ error: { code: 'internal', message: commonMessages.internal('answering this request') } }, 500);
}
