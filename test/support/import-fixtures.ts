/**
 * Helpers for import tests: a temp folder that is removed afterwards, files written into it, and an
 * in-memory workspace.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempDir {
  readonly dir: string;
  /** Writes `content` to `name` inside the folder and returns its path. */
  file(name: string, content: string | Buffer): string;
  remove(): void;
}

export function tempDir(prefix = 'segmap-import-test-'): TempDir {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
