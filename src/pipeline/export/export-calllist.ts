/**
 * `segmap export calllist D [--territory T | --rep R] --out FILE.csv|FILE.xlsx`: a call list a rep or a
 * CRM import can use as is, the delta against the previous export of the same scope, and an audit record.
 *
 *   1. resolve the scope (unknown territory or rep → error with close matches)
 *   2. read stakeholders in scope, their tags, buying signals, optional D/out deliverables, talking points
 *   3. assemble rows (segment, tier, quadrant, tags, message pillar, next step, stale flag)
 *   4. diff against the rows of the previous export of this scope (as recorded, not recomputed)
 *   5. write the list (and the delta, when asked) atomically, formula-injection guarded
 *   6. record the export (who, when, what, how many rows, what changed) and its rows
 */
import { createHash } from 'node:crypto';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../lib/errors.js';
import { silentLogger, type Logger } from '../../lib/logger.js';
import { rulesMessages } from '../../lib/messages/index.js';
import { openWorkspace, type Workspace } from '../../data/workspace.js';
import { knownTerritoriesAndReps, loadCallListSource, type CallListScope } from '../../data/calllist-source.js';
import { exportedRows, latestExport, listExports, recordExport, type ExportRecord } from '../../data/exports-audit.js';
import { closeMatches } from '../../spec/rules/close-matches.js';
import type { CallListRow } from '../../activation/calllist/calllist-row.js';
import { diffCallLists, type CallListDelta } from '../../activation/calllist/calllist-delta.js';
import { crmProfiles, isCrmProfile, type CrmProfile } from '../../activation/calllist/crm-headers.js';
import { callListFormatOf, writeCallList, writeCallListDelta, type WrittenFile } from '../../activation/calllist/write-calllist.js';
import { assembleCallList } from './assemble-calllist.js';
import { outFileTags } from './out-file-tags.js';
import { loadHeadlines } from './segment-headlines.js';

export interface ExportCallListOptions extends CallListScope {
  readonly out: string;
  /** Also write the delta against the previous export of this scope here (.csv or .xlsx). */
  readonly deltaOut?: string;
  readonly crm?: CrmProfile;
  /** Days after which a last_verified date makes a row stale (default 365). */
  readonly maxAgeDays?: number;
  /** ISO date of the export (default: today, UTC). */
  readonly asOf?: string;
  /** Who exported (default: SEGMAP_USER, else the OS user). */
  readonly who?: string;
  /** D/out, where earlier stages left their deliverables (default: <workspace>/out). */
  readonly outDir?: string;
  readonly at?: Date;
  readonly logger?: Logger;
}

export interface ExportCallListResult {
  readonly exportId: string;
  readonly scope: string;
  readonly file: string;
  readonly format: string;
  readonly rows: number;
  readonly stale: number;
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  readonly previousExportId: string | null;
  readonly deltaFile: string | null;
  readonly sha256: string;
}

export const defaultMaxAgeDays = 365;

export { crmProfiles };

/** Parses a `--crm` value. @throws UsageError naming the profiles */
export function parseCrmProfile(name: string): CrmProfile {
  if (!isCrmProfile(name)) throw new UsageError(rulesMessages.unknownCrmProfile(name, crmProfiles));
  return name;
}

function scopeName(scope: CallListScope): string {
  if (scope.territory !== undefined) return `territory:${scope.territory}`;
  if (scope.rep !== undefined) return `rep:${scope.rep}`;
  return 'all';
}

async function checkScope(ws: Workspace, scope: CallListScope): Promise<void> {
  if (scope.territory !== undefined && scope.rep !== undefined) throw new UsageError(rulesMessages.territoryOrRep);
  if (scope.territory === undefined && scope.rep === undefined) return;
  const known = await knownTerritoriesAndReps(ws);
  if (scope.territory !== undefined && !known.territories.includes(scope.territory)) {
    throw new UsageError(rulesMessages.unknownTerritory(scope.territory, closeMatches(scope.territory, known.territories)));
  }
  if (scope.rep !== undefined && !known.reps.includes(scope.rep)) {
    throw new UsageError(rulesMessages.unknownRep(scope.rep, closeMatches(scope.rep, known.reps)));
  }
}

/** A recorded row back as a CallListRow (columns missing from an older export read as null). */
function parseRow(json: string): CallListRow {
  const raw: unknown = JSON.parse(json);
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const text = (key: string): string | null => (typeof r[key] === 'string' ? r[key] : null);
  const confidence = r.segment_confidence;
  return {
    stakeholder_id: text('stakeholder_id') ?? '',
    npi: text('npi'), name: text('name'), role: text('role'), specialty: text('specialty'), account_id: text('account_id'),
    account_name: text('account_name'), territory_id: text('territory_id'), rep: text('rep'), segment: text('segment'),
    segment_source: text('segment_source'), segment_confidence: typeof confidence === 'number' ? confidence : null,
    tier: text('tier'), quadrant: text('quadrant'), tags: text('tags'), message_pillar: text('message_pillar'),
    next_step: text('next_step'), last_verified: text('last_verified'), stale: r.stale === true, stale_reason: text('stale_reason'),
  };
}

/** The row as stored for the next delta, with a hash of that text (change detection, not security). */
function exportedRow(row: CallListRow): { key: string; hash: string; json: string } {
  const json = JSON.stringify(row);
  return { key: row.stakeholder_id, hash: createHash('sha1').update(json).digest('hex'), json };
}

function defaultWho(): string {
  if (process.env.SEGMAP_USER) return process.env.SEGMAP_USER;
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

export async function exportCallList(ws: Workspace, options: ExportCallListOptions): Promise<ExportCallListResult> {
  const at = options.at ?? new Date();
  const asOf = options.asOf ?? at.toISOString().slice(0, 10);
  const logger = options.logger ?? silentLogger;
  const format = callListFormatOf(options.out);
  if (options.deltaOut !== undefined) callListFormatOf(options.deltaOut);
  const scope: CallListScope = { ...(options.territory === undefined ? {} : { territory: options.territory }), ...(options.rep === undefined ? {} : { rep: options.rep }) };
  await checkScope(ws, scope);
  const scopeKey = scopeName(scope);
  // 2. sources
  const source = await loadCallListSource(ws, scope, new Date(Date.parse(`${asOf}T00:00:00Z`) - 30 * 86_400_000));
  const outDir = options.outDir ?? join(ws.dir, 'out');
  const fileTags = await outFileTags(ws, outDir, logger);
  const headlines = await loadHeadlines(ws, outDir, logger);
  // 3. rows
  const rows = assembleCallList(source.rows, source.tags, fileTags, source.signals, headlines, { asOf, maxAgeDays: options.maxAgeDays ?? defaultMaxAgeDays });
  // 4. delta
  const previous = await latestExport(ws, 'calllist', scopeKey);
  const previousRows = previous ? (await exportedRows(ws, previous.exportId)).map((r) => parseRow(r.json)) : [];
  const delta: CallListDelta = diffCallLists(previousRows, rows);
  // 5. files
  const exportId = `calllist-${at.toISOString().replace(/[-:.TZ]/g, '')}-${createHash('sha256').update(`${scopeKey}|${options.out}|${at.getTime()}`).digest('hex').slice(0, 8)}`;
  const who = options.who ?? defaultWho();
  const about: [string, string | number][] = [
    ['export id', exportId], ['scope', scopeKey], ['as of', asOf], ['exported by', who], ['exported at', at.toISOString()],
    ['rows', rows.length], ['added', delta.added.length], ['removed', delta.removed.length], ['changed', delta.changed.length],
    ['previous export', previous?.exportId ?? 'none'],
  ];
  const crm = options.crm ?? 'generic';
  const written: WrittenFile = await writeCallList(options.out, rows, { crm, about });
  const deltaFile = options.deltaOut === undefined ? null : (await writeCallListDelta(options.deltaOut, delta, { crm, about })).file;
  // 6. audit
  await recordExport(
    ws,
    {
      exportId, kind: 'calllist', scope: scopeKey, file: options.out, format, exportedBy: who, exportedAt: at, rowCount: rows.length,
      added: delta.added.length, removed: delta.removed.length, changed: delta.changed.length, previousExportId: previous?.exportId ?? null,
      contentSha256: written.sha256, params: { ...scope, crm, asOf, maxAgeDays: options.maxAgeDays ?? defaultMaxAgeDays, deltaOut: options.deltaOut ?? null },
    },
    rows.map(exportedRow),
  );
  return {
    exportId, scope: scopeKey, file: options.out, format, rows: rows.length, stale: rows.filter((r) => r.stale).length,
    added: delta.added.length, removed: delta.removed.length, changed: delta.changed.length, previousExportId: previous?.exportId ?? null,
    deltaFile, sha256: written.sha256,
  };
}

/** The CLI's entry: opens workspace D (which must exist), exports, closes. */
export async function exportCallListIn(dir: string, options: ExportCallListOptions): Promise<ExportCallListResult> {
  const ws = await openWorkspace(dir);
  try {
    return await exportCallList(ws, options);
  } finally {
    ws.close();
  }
}

/** The audit trail: every export of workspace D, newest first. */
export async function exportLogIn(dir: string, limit = 100): Promise<ExportRecord[]> {
  const ws = await openWorkspace(dir);
  try {
    return await listExports(ws, { limit });
  } finally {
    ws.close();
  }
}
