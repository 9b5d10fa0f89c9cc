/**
 * The one gate every identifier passes before it reaches SQL text. Column, table and alias names come
 * from model JSON and rule files, which users can edit, so a name is accepted only when it is a plain
 * name: a letter or underscore, then letters, digits, underscores, spaces or hyphens, at most 63
 * characters (PostgreSQL's limit), no trailing space. Quotes, backticks, dots, semicolons and control
 * characters can never appear, so quoting cannot be escaped from in any dialect.
 *
 * @example assertIdentifier('claims_volume')      // 'claims_volume'
 * @example isSafeIdentifier('x"; drop table y')  // false
 * @throws {UsageError} from `assertIdentifier` for a name outside the allow-list
 */
import { UsageError } from '../../lib/errors.js';
import { compileMessages } from '../../lib/messages/compile.js';

const plainName = /^[\p{L}_][\p{L}\p{N}_ -]{0,62}$/u;

export function isSafeIdentifier(name: string): boolean {
  return plainName.test(name) && !name.endsWith(' ');
}

export function assertIdentifier(name: string): string {
  if (!isSafeIdentifier(name)) throw new UsageError(compileMessages.unsafeIdentifier(name));
  return name;
}

/** A simple name needs no quotes in any dialect's unquoted form (letters, digits, underscore). */
export const isSimpleIdentifier = (name: string): boolean => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
