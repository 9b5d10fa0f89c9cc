/**
 * Flag values shared by the export, rules and governance commands, parsed once here so every command
 * rejects a bad date or age with the same message.
 */
import { UsageError } from '../../lib/errors.js';
import { rulesMessages } from '../../lib/messages/index.js';
import { isIsoDate } from '../../spec/rules/type-predicate.js';

export function parseAsOf(raw: string): string {
  if (!isIsoDate(raw)) throw new UsageError(rulesMessages.asOfDate(raw));
  return raw;
}

export function parseMaxAgeDays(raw: string): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < 1 || n > 36500) throw new UsageError(rulesMessages.maxAgeDays(raw));
  return n;
}
