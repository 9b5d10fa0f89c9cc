/**
 * `segmap export calllist D [--territory T | --rep R] --out FILE.csv|FILE.xlsx`: a call list a rep or a
 * CRM import can use as is, the delta against the previous export of the same scope, and an audit record.
 *
 *   1. resolve the scope (unknown territory or rep → error with close matches)
 *   2. read stakeholders in scope, their tags, buying signals, optional D/out deliverables, talking points
 *   3. assemble rows (segment, tier, quadrant, tags, message pillar, next step, stale flag) into the
 *      DuckDB temp table calllist_rows (`buildCallListRows`: only the derived columns pass through
 *      JavaScript, as integers), so a million-row list needs no million JavaScript objects
 *   4. diff against the rows of the previous export of this scope (as recorded, not recomputed), in SQL
 *   5. write the list (and the delta, when asked) atomically, formula-injection guarded: CSV by DuckDB's
 *      COPY, XLSX through ExcelJS
 *   6. record the export (who, when, what, how many rows, what changed) and its rows
 *
 * The object path (`assembleCallList` + `writeCallList`) is the reference: export-calllist.test.ts checks
 * the same bytes on a generated workspace. Sort order is code-point order (`compareCodePoints`).
 */
import { createHash } from 'node:crypto';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../lib/errors.js';
import { silentLogger, type Logger } from '../../lib/logger.js';
import { rulesMessages } from '../../lib/messages/index.js';
import { openWorkspace, type Workspace } from '../../data/workspace.js';
import { knownTerritoriesAndReps, type CallListScope } from '../../data/calllist-source.js';
import { latestExport, listExports, recordExport, type ExportRecord } from '../../data/exports-audit.js';
import { closeMatches } from '../../spec/rules/close-matches.js';
import { csvField } from '../../activation/formula-guard.js';
import { callListColumns } from '../../activation/calllist/calllist-row.js';
import { callListCsvLineSql, callListOrderSql } from '../../activation/calllist/calllist-sql.js';
import { copyCallListCsv } from '../../activation/calllist/copy-calllist-csv.js';
import { crmHeader, crmProfiles, isCrmProfile, type CrmProfile } from '../../activation/calllist/crm-headers.js';
import { callListFormatOf, writeCallList, writeCallListDelta, type WrittenFile } from '../../activation/calllist/write-calllist.js';
import { buildCallListRows, dropCallListRows, scopeColumns } from './build-calllist-rows.js';
import { callListDelta, callListDeltaCounts } from './calllist-delta-sql.js';
import { parseExportedRow } from './parse-exported-row.js';
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

function defaultWho(): string {
  if (process.env.SEGMAP_USER) return process.env.SEGMAP_USER;
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/** Writes the list from `calllist_rows`: CSV by DuckDB's COPY, XLSX from the rows read back. */
async function writeRows(ws: Workspace, file: string, crm: CrmProfile, about: ReadonlyArray<readonly [string, string | number]>): Promise<WrittenFile> {
  if (callListFormatOf(file) === 'csv') {
    const header = callListColumns.map((c) => csvField(crmHeader(crm, c))).join(',');
    return copyCallListCsv(ws, file, header, 'calllist_rows', callListCsvLineSql(scopeColumns, 'derived_csv'));
  }
  const rows = (await ws.all<{ j: string }>(`select json as j from calllist_rows order by ${callListOrderSql()}`)).map((r) => parseExportedRow(r.j));
  return writeCallList(file, rows, { crm, about });
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
  const maxAgeDays = options.maxAgeDays ?? defaultMaxAgeDays;
  // 2. sources (optional D/out deliverables and talking points), 3. rows, kept in DuckDB as calllist_rows
  const outDir = options.outDir ?? join(ws.dir, 'out');
  const fileTags = await outFileTags(ws, outDir, logger);
  const headlines = await loadHeadlines(ws, outDir, logger);
  const signalsSince = new Date(Date.parse(`${asOf}T00:00:00Z`) - 30 * 86_400_000);
  try {
    const rowCount = await buildCallListRows(ws, scope, { fileTags, headlines, asOf, maxAgeDays, signalsSince });
    // 4. delta against the rows the previous export of this scope recorded
    const previous = await latestExport(ws, 'calllist', scopeKey);
    const previousId = previous?.exportId ?? null;
    const delta = await callListDeltaCounts(ws, previousId);
    // 5. files
    const exportId = `calllist-${at.toISOString().replace(/[-:.TZ]/g, '')}-${createHash('sha256').update(`${scopeKey}|${options.out}|${at.getTime()}`).digest('hex').slice(0, 8)}`;
    const who = options.who ?? defaultWho();
    const about: [string, string | number][] = [
      ['export id', exportId], ['scope', scopeKey], ['as of', asOf], ['exported by', who], ['exported at', at.toISOString()],
      ['rows', rowCount], ['added', delta.added], ['removed', delta.removed], ['changed', delta.changed],
      ['previous export', previousId ?? 'none'],
    ];
    const crm = options.crm ?? 'generic';
    const written = await writeRows(ws, options.out, crm, about);
    const deltaFile = options.deltaOut === undefined
      ? null
      : (await writeCallListDelta(options.deltaOut, await callListDelta(ws, previousId, delta.changes), { crm, about })).file;
    // 6. audit: the record and its rows (key, SHA-1 of the row JSON, the JSON) in one transaction
    await ws.transaction(async (tx) => {
      await recordExport(
        tx,
        {
          exportId, kind: 'calllist', scope: scopeKey, file: options.out, format, exportedBy: who, exportedAt: at, rowCount,
          added: delta.added, removed: delta.removed, changed: delta.changed, previousExportId: previousId,
          contentSha256: written.sha256, params: { ...scope, crm, asOf, maxAgeDays, deltaOut: options.deltaOut ?? null },
        },
        [],
      );
      await tx.run('insert into export_rows select $1, stakeholder_id, hash, json from calllist_rows', [exportId]);
    });
    const [stale] = await ws.all<{ n: number }>('select count(*) filter (where stale) as n from calllist_rows');
    return {
      exportId, scope: scopeKey, file: options.out, format, rows: rowCount, stale: Number(stale?.n ?? 0),
      added: delta.added, removed: delta.removed, changed: delta.changed, previousExportId: previousId, deltaFile, sha256: written.sha256,
    };
  } finally {
    await dropCallListRows(ws);
  }
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
