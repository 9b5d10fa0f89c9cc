/**
 * The two fingerprints that make a run reproducible and comparable:
 *
 * - spec hash: SHA-256 of the normalized project (spec/normalize-project.ts) as canonical JSON (keys
 *   sorted at every level), so key order, comments and spelled-out defaults do not change it and any
 *   setting that changes the run does;
 * - data hash: SHA-256 over every data-model table the pipeline reads — per table its row count and the
 *   sum of DuckDB's `hash()` of each row (order-independent; a duplicated row counts twice, unlike
 *   bit_xor) — plus the SHA-256 of every file a segmentation reads directly. DuckDB's row hash may change
 *   between DuckDB versions, which the run record stores next to it.
 *
 * Complexity: one scan per table (O(rows)), one read per file.
 *
 * @example
 * specHash(normalizeProject(project)); // 'b5d4…'
 * (await dataHash(ws, [])).tables.accounts; // { rows: 380, hash: '1203…' }
 */
import { createHash } from 'node:crypto';
import type { Workspace } from '../../data/workspace.js';
import type { DataFingerprint } from '../../spec/project-run.js';
import { sha256File } from './steps/sha256-file.js';

/** The input tables of the data model (migration 1); derived tables (memberships, scores) are outputs. */
export const inputTables = [
  'territories', 'products', 'accounts', 'stakeholders', 'affiliations', 'referrals', 'volumes', 'sales',
  'kol_signals', 'survey_questions', 'survey_respondents', 'survey_responses', 'engagement_events',
] as const;

/** JSON with object keys sorted at every level; undefined members dropped as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export const specHash = (spec: unknown): string => sha256(canonicalJson(spec));

/** Files read outside the workspace are keyed by their project-relative path. */
export async function dataHash(ws: Workspace, files: readonly { readonly path: string; readonly file: string }[]): Promise<DataFingerprint> {
  const tables: Record<string, { rows: number; hash: string }> = {};
  for (const table of inputTables) {
    // `table` comes from the fixed list above, never from input
    const [row] = await ws.all<{ rows: number; hash: string | null }>(`select count(*)::bigint as rows, sum(hash(t))::varchar as hash from ${table} t`);
    tables[table] = { rows: Number(row?.rows ?? 0), hash: row?.hash ?? '0' };
  }
  const hashes: Record<string, string> = {};
  for (const f of files) hashes[f.path] = await sha256File(f.file);
  return { hash: specHash({ tables, files: hashes }), tables, files: hashes };
}
