/** Parses a request part with a zod schema; a failure is a 400 naming the fields. */
import type { z } from 'zod';
import { UsageError } from '../../lib/errors.js';
import { serverMessages } from '../../lib/messages/index.js';

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
  throw new UsageError(serverMessages.invalidBody(problems), parsed.error.issues);
}
