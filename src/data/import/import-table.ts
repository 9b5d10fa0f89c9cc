/**
 * One import, start to finish, in the data layer (pipeline/import-file.ts is the use case around it):
 *   1. check the table and the mapping's own claims
 *   2. prepare the file: format, encoding, header — no rows read yet
 *   3. resolve the mapping; a missing required column stops here, nothing read, nothing loaded
 *   4. a clean file into an empty table streams straight into it (stream-load.ts); otherwise:
 *   5. read every row once, typing fields and flagging bad cells in the same pass, and
 *      find rejects with set-based SQL
 *   6. in ONE transaction: upsert the good rows, record the import and its rejects
 * then assert rows in = rows loaded + rows rejected and drop the temporary tables.
 *
 * A killed process leaves no trace: staging lives in temporary tables, and DuckDB discards an
 * uncommitted transaction when the file is next opened.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { Workspace } from '../workspace.js';
import { InputError, SegmapError, UsageError } from '../../lib/errors.js';
import { importMessages } from '../../lib/messages/index.js';
import type { ProgressSink } from '../../lib/progress.js';
import { noProgress } from '../../lib/progress.js';
import type { Mapping } from '../../spec/mapping.js';
import { tableModel, tableNames } from '../model/tables.js';
import { detectFormat } from './detect-format.js';
import { createRejectTable, findDuplicateKeys, findRejects, rejectTable } from './find-rejects.js';
import type { ImportReport, Reject } from './import-report.js';
import { isEmpty, loadStaged, withUnorderedInserts } from './load-staged.js';
import { recordImport } from './record-import.js';
import { resolveMapping } from './resolve-mapping.js';
import { prepareFile } from './stage-file.js';
import { stageTable, typedTable, type FileRead, type PreparedFile } from './staged-file.js';
import { streamLoad } from './stream-load.js';
import { projectionFor } from './type-staged.js';
import { importWideSurvey, surveyTable } from './wide-survey.js';

export interface ImportOptions {
  readonly table: string;
  readonly file: string;
  readonly mapping?: Mapping;
  readonly source?: string;
  readonly progress?: ProgressSink;
  /** The import date (YYYY-MM-DD), default today in UTC; tests pin it. */
  readonly today?: string;
  /** How many rejects the report lists (all are stored). */
  readonly maxRejects?: number;
}

export const importableTables = (): string[] => [...tableNames, surveyTable];

export interface ImportContext {
  readonly importId: string;
  readonly startedAt: string;
  readonly today: string;
  readonly source: string;
  readonly progress: ProgressSink;
}

/** What a table-specific import leaves for the common ending. */
export interface PartialReport {
  readonly table: string;
  readonly read: FileRead;
  readonly rowsLoaded: number;
  readonly rowsRejected: number;
  readonly warnings: readonly string[];
  readonly tables: Readonly<Record<string, number>>;
}

function context(options: ImportOptions): ImportContext {
  const now = new Date();
  return {
    importId: `imp-${now.toISOString().replace(/[-:.TZ]/g, '').slice(0, 14)}-${randomUUID().slice(0, 8)}`,
    startedAt: now.toISOString().replace('T', ' ').replace('Z', ''),
    today: options.today ?? now.toISOString().slice(0, 10),
    source: options.source ?? options.mapping?.source ?? basename(options.file),
    progress: options.progress ?? noProgress,
  };
}

export async function importTable(ws: Workspace, options: ImportOptions): Promise<ImportReport> {
  const started = performance.now();
  const mapping = options.mapping;
  if (mapping?.table !== undefined && mapping.table !== options.table) throw new UsageError(importMessages.mappingTableMismatch(mapping.table, options.table));
  if (options.table !== surveyTable && !tableModel(options.table)) throw new UsageError(importMessages.unknownTable(options.table, importableTables()));
  const ctx = context(options);
  ctx.progress({ phase: 'reading', done: 0, detail: basename(options.file) });
  const format = await detectFormat(options.file);
  let prepared: PreparedFile | undefined;
  try {
    prepared = await prepareFile(ws, options.file, format, mapping);
    const partial =
      options.table === surveyTable
        ? await importWideSurvey(ws, prepared, mapping, options.file, ctx)
        : await importModelTable(ws, prepared, options.table, mapping, options.file, ctx);
    const report = await finish(ws, prepared, partial, options, ctx, started);
    ctx.progress({ phase: 'done', done: report.rowsIn, total: report.rowsIn });
    return report;
  } catch (error) {
    if (error instanceof SegmapError) throw error;
    throw new InputError(importMessages.unreadable(options.file, error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)), { file: options.file }, error);
  } finally {
    await prepared?.dispose(ws);
    await ws.run(`drop table if exists ${stageTable}; drop table if exists ${typedTable}; drop table if exists ${rejectTable}`);
  }
}

/** DuckDB's words when an insert hits a primary key twice. */
const keyClash = /duplicate key|violates primary key/i;

async function importModelTable(ws: Workspace, prepared: PreparedFile, table: string, mapping: Mapping | undefined, file: string, ctx: ImportContext): Promise<PartialReport> {
  const model = tableModel(table);
  if (!model) throw new UsageError(importMessages.unknownTable(table, importableTables()));
  const resolved = resolveMapping(model, mapping, prepared.columns, file);
  const warnings = resolved.ignored.length ? [importMessages.ignoredColumns(resolved.ignored)] : [];
  const projection = projectionFor(resolved, ctx.today);
  const allWarnings = [...prepared.warnings, ...warnings];
  await createRejectTable(ws); // the import record copies it, empty on the streaming path
  const streamed = await streamLoad(ws, prepared, resolved, { source: ctx.source, today: ctx.today }, (tx, rowsIn) =>
    recordImport(tx, recordOf(ctx, table, file, prepared, { rowsIn, rowRejects: [] }, 0, allWarnings, mapping)), ctx.progress,
  );
  if (streamed) {
    return { table, read: { rowsIn: streamed.rowsIn, rowRejects: [] }, rowsLoaded: streamed.rowsLoaded, rowsRejected: 0, warnings, tables: { [table]: streamed.rowsLoaded } };
  }
  const read = await prepared.read(ws, projection);
  ctx.progress({ phase: 'validating', done: 0, total: read.rowsIn });
  // an empty table with a primary key: insert optimistically, look for duplicate keys only if the insert
  // hits one (an upsert into a filled table must know them first: UPDATE cannot tell two rows of one key)
  const optimistic = model.primaryKey && (await isEmpty(ws, table));
  await findRejects(ws, resolved, ctx.today, { duplicates: !optimistic });
  await appendReaderRejects(ws, read.rowRejects);
  const load = async (): Promise<{ rows: number; cells: number }> => {
    const counts = await rejectCounts(ws);
    ctx.progress({ phase: 'loading', done: 0, total: read.rowsIn - counts.rows });
    await withUnorderedInserts(ws, () =>
      ws.transaction(async (tx) => {
        await loadStaged(tx, resolved, { source: ctx.source, today: ctx.today }, counts.cells > 0);
        await recordImport(tx, recordOf(ctx, table, file, prepared, read, counts.rows, [...prepared.warnings, ...warnings], mapping));
      }),
    );
    return counts;
  };
  let counts: { rows: number; cells: number };
  try {
    counts = await load();
  } catch (error) {
    if (!optimistic || !(error instanceof Error) || !keyClash.test(error.message)) throw error;
    await findDuplicateKeys(ws, resolved);
    counts = await load();
  }
  const rowsLoaded = read.rowsIn - counts.rows;
  return { table, read, rowsLoaded, rowsRejected: counts.rows, warnings, tables: { [table]: rowsLoaded } };
}

export function recordOf(ctx: ImportContext, table: string, file: string, prepared: PreparedFile, read: FileRead, rejected: number, warnings: readonly string[], mapping: Mapping | undefined): Parameters<typeof recordImport>[1] {
  return {
    importId: ctx.importId, table, file, format: prepared.format, encoding: prepared.encoding ?? null, source: ctx.source, startedAt: ctx.startedAt,
    rowsIn: read.rowsIn, rowsLoaded: read.rowsIn - rejected, rowsRejected: rejected, warnings, mapping: mapping ?? null,
  };
}

/** Rows the reader could not parse join the validation rejects, so one table holds them all. */
export async function appendReaderRejects(ws: Workspace, rejects: readonly Reject[]): Promise<void> {
  if (rejects.length === 0) return;
  const appender = await ws.connection.createAppender(rejectTable, 'main', 'temp');
  for (const r of rejects) {
    appender.appendBigInt(BigInt(r.row));
    appender.appendVarchar(r.column);
    appender.appendVarchar(r.value);
    appender.appendVarchar(r.reason);
    appender.endRow();
  }
  appender.closeSync();
}

export async function rejectCounts(ws: Workspace): Promise<{ rows: number; cells: number }> {
  const [row] = await ws.all<{ rows: number; cells: number }>(`select count(distinct _row)::bigint as rows, count(*)::bigint as cells from ${rejectTable}`);
  return { rows: Number(row?.rows ?? 0), cells: Number(row?.cells ?? 0) };
}

async function finish(ws: Workspace, prepared: PreparedFile, partial: PartialReport, options: ImportOptions, ctx: ImportContext, started: number): Promise<ImportReport> {
  const max = options.maxRejects ?? 10_000;
  const rejects = await ws.all<{ row: number; column: string; value: string; reason: string }>(
    `select _row as row, "column" as column, value, reason from ${rejectTable} order by _row, "column" limit ${Math.max(0, Math.floor(max))}`,
  );
  const { cells } = await rejectCounts(ws);
  const warnings = [...prepared.warnings, ...partial.warnings];
  if (cells > rejects.length) warnings.push(importMessages.rejectsCapped(rejects.length, cells));
  const rowsIn = partial.read.rowsIn;
  if (rowsIn !== partial.rowsLoaded + partial.rowsRejected) throw new SegmapError('internal', importMessages.countMismatch(rowsIn, partial.rowsLoaded, partial.rowsRejected));
  return {
    importId: ctx.importId,
    table: partial.table,
    file: options.file,
    rowsIn,
    rowsLoaded: partial.rowsLoaded,
    rowsRejected: partial.rowsRejected,
    rejects: rejects.map((r) => ({ row: Number(r.row), column: r.column, value: r.value, reason: r.reason })),
    warnings,
    rejectsTotal: cells,
    format: prepared.format,
    ...(prepared.encoding ? { encoding: prepared.encoding } : {}),
    tables: partial.tables,
    seconds: (performance.now() - started) / 1000,
  };
}
