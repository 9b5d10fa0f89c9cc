/**
 * The one place where the CLI turns failures into output: a SegmapError prints its message (with file,
 * row and column when it has them) as one line on stderr and exits with its code; anything else is an
 * internal error, printed without internals unless SEGMAP_DEBUG is set.
 */
import { isSegmapError, type Location } from '../lib/errors.js';
import { commonMessages } from '../lib/messages/index.js';

export function where(location: Location | undefined): string {
  if (!location) return '';
  const parts = [
    location.file,
    location.row === undefined ? undefined : `row ${location.row}`,
    location.column === undefined ? undefined : `column ${location.column}`,
  ].filter((p): p is string => p !== undefined);
  return parts.length ? `${parts.join(', ')}: ` : '';
}

export function reportFailure(error: unknown, doing: string): number {
  if (isSegmapError(error)) {
    process.stderr.write(`segmap: ${where(error.location)}${error.message}\n`);
    return error.exitCode;
  }
  process.stderr.write(`segmap: ${commonMessages.internal(doing)}\n`);
  if (process.env.SEGMAP_DEBUG) process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 70;
}

/** Wraps a command's action so every failure goes through `reportFailure`. */
export function action<A extends unknown[]>(doing: string, run: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await run(...args);
    } catch (error) {
      process.exitCode = reportFailure(error, doing);
    }
  };
}
