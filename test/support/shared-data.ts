/**
 * Real public data sets live in ../shared/data beside the repository (see the README). They are never
 * copied into the repo. A test that needs one calls `sharedData(...)`: it returns the path, or a skip
 * reason naming the folder when a fresh clone does not have it. CI always has it.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sharedDataRoot = process.env.SEGMAP_SHARED_DATA ?? resolve(repoRoot, '..', 'shared', 'data');

export interface SharedFile {
  /** Absolute path of the file, when present. */
  readonly path: string;
  /** `false` when present; otherwise the one-line notice to pass as node:test's `skip` option. */
  readonly skip: string | false;
}

export function sharedData(...segments: string[]): SharedFile {
  const path = join(sharedDataRoot, ...segments);
  const present = existsSync(path);
  return { path, skip: present ? false : `needs ${join('../shared/data', ...segments)} (absent in this checkout)` };
}
