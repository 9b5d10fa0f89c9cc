/**
 * Tags taken from the deliverables earlier stages left in D/out, for workspaces where those stages did
 * not record memberships: survey-segments.csv (statistical), universe-segments.csv (projected),
 * accounts.csv (quadrant, tier). Each file is optional and its columns are found by name, so a missing
 * file or column degrades to "no tag" with a warning instead of failing the export.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../../lib/logger.js';
import type { Workspace } from '../../data/workspace.js';
import { readCsvText, respondentStakeholders, type TextRow } from '../../data/read-csv-text.js';

export interface FileTag {
  readonly entityKind: 'stakeholder' | 'account';
  readonly entityId: string;
  readonly kind: 'statistical' | 'projected' | 'quadrant' | 'tier';
  readonly segmentation: string;
  readonly segment: string;
  readonly confidence: number | null;
  readonly lastVerified: Date;
}

const pick = (columns: readonly string[], candidates: readonly string[]): string | undefined =>
  candidates.find((c) => columns.includes(c));

async function readIfPresent(ws: Workspace, path: string, logger: Logger): Promise<{ rows: TextRow[]; columns: string[]; at: Date } | undefined> {
  if (!existsSync(path)) return undefined;
  try {
    const rows = await readCsvText(ws, path);
    return { rows, columns: Object.keys(rows[0] ?? {}), at: statSync(path).mtime };
  } catch (error) {
    logger.warn('calllist-source-unreadable', `${path} is not readable (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); its tags are skipped`);
    return undefined;
  }
}

async function segmentTags(ws: Workspace, path: string, kind: 'statistical' | 'projected', logger: Logger): Promise<FileTag[]> {
  const file = await readIfPresent(ws, path, logger);
  if (!file) return [];
  const id = pick(file.columns, ['stakeholder_id', 'respondent_id', 'id']);
  const segment = pick(file.columns, ['segment', 'cluster', 'class']);
  const confidence = pick(file.columns, ['confidence', 'probability', 'posterior']);
  if (!id || !segment) {
    logger.warn('calllist-source-columns', `${path} lacks an id or segment column; its tags are skipped`);
    return [];
  }
  const viaRespondent = id !== 'stakeholder_id' ? await respondentStakeholders(ws) : undefined;
  const tags: FileTag[] = [];
  for (const row of file.rows) {
    const raw = row[id];
    const value = row[segment];
    if (!raw || value === null || value === undefined || value === '') continue;
    const entityId = viaRespondent?.get(raw) ?? raw;
    const c = confidence ? Number(row[confidence]) : Number.NaN;
    tags.push({ entityKind: 'stakeholder', entityId, kind, segmentation: kind === 'statistical' ? 'survey' : 'universe', segment: value, confidence: Number.isFinite(c) ? c : null, lastVerified: file.at });
  }
  return tags;
}

async function accountTags(ws: Workspace, path: string, logger: Logger): Promise<FileTag[]> {
  const file = await readIfPresent(ws, path, logger);
  if (!file) return [];
  const id = pick(file.columns, ['account_id', 'id']);
  if (!id) return [];
  const tags: FileTag[] = [];
  for (const row of file.rows) {
    const entityId = row[id];
    if (!entityId) continue;
    for (const kind of ['quadrant', 'tier'] as const) {
      const value = row[kind];
      if (value) tags.push({ entityKind: 'account', entityId, kind, segmentation: 'opportunity', segment: value, confidence: null, lastVerified: file.at });
    }
  }
  return tags;
}

/** Every tag the optional D/out files provide. */
export async function outFileTags(ws: Workspace, outDir: string, logger: Logger): Promise<FileTag[]> {
  return [
    ...(await segmentTags(ws, join(outDir, 'survey-segments.csv'), 'statistical', logger)),
    ...(await segmentTags(ws, join(outDir, 'universe-segments.csv'), 'projected', logger)),
    ...(await accountTags(ws, join(outDir, 'accounts.csv'), logger)),
  ];
}
