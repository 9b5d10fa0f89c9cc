/**
 * Atomic file writes: the content goes to a temporary file in the same folder, is flushed to disk, then
 * renamed over the target. A reader (Excel, a browser, a CRM import job) therefore sees either the old
 * file or the new one, never half a workbook; a crash leaves at most a stray `.tmp` file, which is removed
 * when the write itself fails.
 *
 * Why the same folder: `rename` is atomic only within one file system.
 * Reference: POSIX rename(2); the same pattern as write-file-atomic.
 * Complexity: O(size of content).
 *
 * @example
 * await atomicWrite('out/report.html', '<!doctype html>…');   // out/ is created when missing
 * atomicWriteSync('out/profile.json', JSON.stringify(doc));
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type AtomicContent = string | Uint8Array;

export interface AtomicWriteOptions {
  /** Create the parent folder when missing (default true). */
  readonly mkdir?: boolean;
  /** File mode of the new file (default 0o644). */
  readonly mode?: number;
}

/** The temporary sibling of `target`; unique per call so concurrent writers never share one. */
function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

const toBytes = (content: AtomicContent): Uint8Array => (typeof content === 'string' ? Buffer.from(content, 'utf8') : content);

/** Writes `content` to `target` atomically (temp file + fsync + rename). */
export async function atomicWrite(target: string, content: AtomicContent, options: AtomicWriteOptions = {}): Promise<void> {
  if (options.mkdir ?? true) await mkdir(dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  try {
    const handle = await open(temp, 'w', options.mode ?? 0o644);
    try {
      await handle.writeFile(toBytes(content));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** The synchronous twin of `atomicWrite`, for code paths that cannot await (exit handlers, small JSON). */
export function atomicWriteSync(target: string, content: AtomicContent, options: AtomicWriteOptions = {}): void {
  if (options.mkdir ?? true) mkdirSync(dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  try {
    const fd = openSync(temp, 'w', options.mode ?? 0o644);
    try {
      const bytes = toBytes(content);
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
