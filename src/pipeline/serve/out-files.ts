/**
 * Reads the pipeline's CSV deliverables in D/out through DuckDB, so a million-row file is paged and filtered
 * without loading it into Node. File names are fixed here; paths travel as parameters, never pasted into SQL.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Workspace } from '../../data/workspace.js';

export const outFiles = {
  surveySegments: 'survey-segments.csv',
  universeSegments: 'universe-segments.csv',
  accounts: 'accounts.csv',
  callList: 'calllist.csv',
  profile: 'profile.json',
  typing: 'typing.json',
} as const;

export type OutFile = keyof typeof outFiles;

export function outPath(outDir: string, file: OutFile): string | undefined {
  const path = join(outDir, outFiles[file]);
  return existsSync(path) ? path : undefined;
}

/** The column names of a CSV deliverable (empty when it is absent). */
export async function csvColumns(ws: Workspace, path: string): Promise<string[]> {
  const rows = await ws.all<{ column_name: string }>('describe select * from read_csv($1, all_varchar = true)', [path]);
  return rows.map((r) => r.column_name);
}
