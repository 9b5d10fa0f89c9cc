/**
 * `segmap init D`: an empty workspace — `D/segmap.duckdb` with the current schema and a starter project
 * file `D/segmap.yaml` — each written atomically (build aside, then rename). Running it on an existing
 * workspace only migrates the database and keeps the project file the user may have edited.
 *
 * @example await initWorkspace('acme') // → { dir: '/abs/acme', created: true, projectFileCreated: true, ... }
 */
import { existsSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { initDatabase } from '../data/init-database.js';
import { projectFileName } from '../data/workspace.js';
import { importTableNames } from './import-file.js';

export interface InitResult {
  readonly dir: string;
  readonly databaseFile: string;
  readonly projectFile: string;
  /** False when D already held a workspace (then it was only migrated). */
  readonly created: boolean;
  readonly projectFileCreated: boolean;
  readonly schemaVersion: number;
}

export function starterProject(name: string): string {
  return `# Segmap project file (schema: src/spec/project.schema.json). \`segmap run ${name}/segmap.yaml\` imports the
# sources, fits the segmentations, builds what this file asks for and records the run.
# Or bring data in by hand:   segmap import ${name} --table stakeholders hcp.csv --map hcp.map.yaml
# Tables: ${importTableNames().join(', ')}
version: 1
name: ${JSON.stringify(name)}
workspace: .          # the folder of segmap.duckdb, relative to this file
seed: 42
# Staleness: records whose last_verified is older than this are stale (segmap validate, call lists).
staleAfterDays: 365
sources: []
#  - table: stakeholders
#    file: data/hcp.csv
#    mapping: data/hcp.map.yaml
# prioritization: {}                     # accounts on the opportunity matrix (see segmap prioritize)
# segmentations:
#   - { name: survey, method: kmeans, k: 2..8, source: survey, weights: weight }
# profile: { segmentation: survey }
# typing: { segmentation: survey, maxQuestions: 10 }
# projection: { segmentation: survey }
# exports:
#   - { kind: calllist, out: out/calllist.csv }
`;
}

export async function initWorkspace(dir: string): Promise<InitResult> {
  const db = await initDatabase(dir);
  const folder = dirname(db.file);
  const projectFile = join(folder, projectFileName);
  let projectFileCreated = false;
  if (!existsSync(projectFile)) {
    const temp = `${projectFile}.${process.pid}.tmp`;
    await writeFile(temp, starterProject(basename(folder)), 'utf8');
    await rename(temp, projectFile);
    projectFileCreated = true;
  }
  return { dir: folder, databaseFile: db.file, projectFile, created: db.created, projectFileCreated, schemaVersion: db.schemaVersion };
}
