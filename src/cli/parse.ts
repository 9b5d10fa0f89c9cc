/**
 * Flag parsers shared by commands: each returns a typed value or throws a UsageError naming the flag.
 */
import { UsageError } from '../lib/errors.js';
import { cliMessages } from '../lib/messages/index.js';

export function parseInteger(flag: string, raw: string, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw.trim()) || value < min || value > max) throw new UsageError(cliMessages.integerFlag(flag, min, max, raw));
  return value;
}

export const parsePort = (raw: string): number => parseInteger('--port', raw, 0, 65535);

export function parseList(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
