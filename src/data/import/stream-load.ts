/**
 * The streaming load of a clean file into an empty table: ONE scan of the file into a side table
 * (side-table.ts), a few checks of the committed rows, and ONE transaction that swaps the side table in
 * and records the import. No temporary table of typed rows, no second pass over the file.
 *   1. INSERT … SELECT from the file into the side table: every cell is typed and checked on its way in
 *      (plain integer and enumeration columns parsed by the reader itself); a row that would be rejected
 *      raises a marked error (`error()` in a CASE, evaluated for that row only), which aborts the insert
 *   2. on the committed side table: the reader's unparsable records (store_rejects), padded text,
 *      references that must hit at import (one anti join per field) and a duplicate-key probe; any of
 *      these hands back
 *   3. one transaction: the empty table is replaced by the side table, and the import is recorded
 * Any reject hands the file to the full path (typed table, reject reasons and row numbers); the side
 * table is dropped, so the workspace never sees a partial import. Rows in = rows loaded by
 * construction: every scanned row was either inserted or aborted the statement.
 *
 * Why: for a 10M-row file the typed table is most of the memory (about 1.9 GB) and a third of the time;
 * clean files — the usual bulk load — skip it. A dirty file pays at most one partial scan. The checks
 * run after the insert because committed, compressed columns are scanned in parallel and hashed once
 * per dictionary entry: the reference check of 10M volume rows costs 0.19 s there and 0.38 s in the scan.
 * Complexity: one streaming scan of the file, one hash join per reference, one sort of the key hashes.
 */
import type { Workspace } from '../workspace.js';
import { ident, Params } from '../sql.js';
import { SegmapError } from '../../lib/errors.js';
import { noProgress, type ProgressSink } from '../../lib/progress.js';
import type { ResolvedMapping } from './resolve-mapping.js';
import { insertAll, isEmpty, withBulkInserts, type Governance } from './load-staged.js';
import { createSideTable, swapIn } from './side-table.js';
import { sideTableClean } from './side-table-checks.js';
import { readerType } from './field-sql.js';
import { typedRelation, type PreparedFile, type StagedColumn } from './staged-file.js';
import { projectionFor } from './type-staged.js';

/** Staged columns the reader may parse (`readerType`), each feeding exactly one field: raw name → type. */
function parsedColumns(m: ResolvedMapping, columns: readonly StagedColumn[]): Map<string, string> {
  const parsed = new Map<string, string>();
  for (const c of columns) {
    const uses = m.fields.filter((f) => f.source.kind === 'column' && f.source.column.sql === c.sql);
    const type = uses.length === 1 && uses[0] ? readerType(uses[0]) : undefined;
    if (type) parsed.set(c.sql, type);
  }
  return parsed;
}

/** Thrown to drop the side table and hand the file to the full path. */
class HandBack extends Error {}
const keyClash = /duplicate key|violates primary key/i;
/** The message of the error a rejected row raises inside the insert (no user text in it). */
const rejectMarker = 'segmap: row rejected, taking the full path';

export interface StreamedLoad {
  readonly rowsIn: number;
  readonly rowsLoaded: number;
}

const handsBack = (error: unknown): boolean =>
  error instanceof HandBack || (error instanceof Error && !(error instanceof SegmapError) && (keyClash.test(error.message) || error.message.includes(rejectMarker)));

/**
 * Loads the file when it is clean and the table empty; `undefined` means "use the full path" (nothing
 * was written). `record` writes the import record inside the swapping transaction.
 */
export async function streamLoad(
  ws: Workspace,
  prepared: PreparedFile,
  m: ResolvedMapping,
  g: Governance,
  record: (tx: Workspace, rowsIn: number) => Promise<void>,
  progress: ProgressSink = noProgress,
): Promise<StreamedLoad | undefined> {
  const scan = prepared.scan;
  const table = m.table.name;
  // ids from row numbers need the full path's record numbers (blank lines and unparsable records keep theirs)
  const rowIds = m.fields.some((f) => f.source.kind === 'row');
  if (!scan || rowIds || table === 'survey_responses' || !(await isEmpty(ws, table))) return undefined;
  const side = await createSideTable(ws, table);
  if (!side) return undefined;
  progress({ phase: 'loading', done: 0 });
  try {
    const rowsIn = await withBulkInserts(ws, table, () => {
      const p = new Params();
      const parsed = scan.parsesTypes ? parsedColumns(m, prepared.columns) : new Map<string, string>();
      // cells as read: padded text is looked for in the side table (side-table-checks.ts)
      const rows = typedRelation(scan.relation(p, parsed), p, projectionFor(m, g.today, false, 'as-is', parsed), prepared.columns);
      const guarded = `(select * from ${rows} s where case when s._bad then error(${p.add(rejectMarker)}) else true end)`;
      return insertAll(ws, side, m, g, guarded, p);
    });
    progress({ phase: 'checking', done: 0, total: rowsIn });
    if ((await scan.readerRejects(ws)) > 0 || !(await sideTableClean(ws, side, m))) return undefined;
    await ws.transaction(async (tx) => {
      if (!(await isEmpty(tx, table))) throw new HandBack(); // filled meanwhile: the full path upserts
      await swapIn(tx, side, table);
      await record(tx, rowsIn);
    });
    return { rowsIn, rowsLoaded: rowsIn };
  } catch (error) {
    if (handsBack(error)) return undefined;
    throw error;
  } finally {
    await ws.run(`drop table if exists ${ident(side)}`);
  }
}
