/**
 * Creates a workspace's database atomically: the DuckDB file is built and migrated in a hidden temporary
 * folder beside the target, closed (which checkpoints it into one file), then renamed into place. A
 * killed `segmap init` therefore leaves either no database or a complete one, never half a schema.
 * An existing database is opened (and migrated when older) instead.
 *
 * @example await initDatabase('acme') // → { file: '/abs/acme/segmap.duckdb', created: true, schemaVersion: 1 }
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { currentSchemaVersion, databaseFileName, openWorkspace } from './workspace.js';

export interface InitDatabaseResult {
  readonly file: string;
  readonly created: boolean;
  readonly schemaVersion: number;
}

export async function initDatabase(dir: string): Promise<InitDatabaseResult> {
  const folder = resolve(dir);
  const file = join(folder, databaseFileName);
  await mkdir(folder, { recursive: true });
  if (existsSync(file)) {
    const ws = await openWorkspace(folder); // migrates an older file
    ws.close();
    return { file, created: false, schemaVersion: currentSchemaVersion() };
  }
  const temp = await mkdtemp(join(folder, '.segmap-init-'));
  try {
    const ws = await openWorkspace(temp, { create: true });
    ws.close();
    await rename(join(temp, databaseFileName), file);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  return { file, created: true, schemaVersion: currentSchemaVersion() };
}
