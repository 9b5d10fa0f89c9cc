/**
 * The streaming load of a clean file into an empty table, in ONE scan and ONE transaction: the file is
 * read, typed and checked (every per-cell check and the references at import) on its way into the table;
 * no temporary table of typed rows, no second pass over the file.
 *   1. INSERT … SELECT from the file; a row that would be rejected raises a marked error (`error()` in a
 *      CASE, evaluated for that row only), which aborts and rolls back the insert
 *   2. inside the same transaction: the reader's unparsable records (store_rejects) and a duplicate-key
 *      probe of the table (it was empty, so every row is this file's); any of these also rolls back
 *   3. the import record; commit
 * Any reject hands the file to the full path (typed table, reject reasons and row numbers), so the
 * workspace never sees a partial import. Rows in = rows loaded by construction: every scanned row was
 * either inserted or aborted the statement.
 *
 * Why: for a 10M-row file the typed table is most of the memory (about 1.9 GB) and a third of the time;
 * clean files — the usual bulk load — skip it. A dirty file pays at most one partial scan.
 * Complexity: one streaming scan of the file, hash joins per reference, one hash aggregate over the keys.
 */
import type { Workspace } from '../workspace.js';
import { ident, Params } from '../sql.js';
import { SegmapError } from '../../lib/errors.js';
import { noProgress, type ProgressSink } from '../../lib/progress.js';
import type { ResolvedMapping } from './resolve-mapping.js';
import { insertAll, isEmpty, withBulkInserts, type Governance } from './load-staged.js';
import { trimmedCell } from './field-sql.js';
import { typedRelation, type PreparedFile, type StagedColumn } from './staged-file.js';
import { projectionFor, sourcedFields } from './type-staged.js';

/**
 * A boolean over alias `s`: the row names a missing row of a table its references must hit at import.
 * References of one field that depend on a kind (volumes.entity_id → stakeholders or accounts by
 * entity_kind) are probed as ONE anti join against the tagged union of their targets: a single hash
 * probe per row instead of one per target (about 1 s of CPU less per 10M volume rows).
 */
function danglingExpr(m: ResolvedMapping, p: Params): string {
  const sourced = new Set(sourcedFields(m).map((f) => f.field.name));
  const refs = m.table.references.filter((r) => r.enforce === 'import' && sourced.has(r.field) && (!r.when || sourced.has(r.when.field)));
  const arms: string[] = [];
  for (const fieldName of new Set(refs.map((r) => r.field))) {
    const group = refs.filter((r) => r.field === fieldName);
    const field = `s.${ident(fieldName)}`;
    const kinds = group.map((r) => r.when).filter((w): w is NonNullable<typeof w> => w !== undefined);
    const kindField = kinds[0]?.field;
    if (kindField !== undefined && kinds.length === group.length && kinds.every((w) => w.field === kindField)) {
      const kind = `s.${ident(kindField)}`;
      const targets = group.map((r) => `select ${p.add(r.when?.equals ?? '')}::varchar as k, ${ident(r.column)}::varchar as id from ${ident(r.table)}`).join(' union all ');
      arms.push(`coalesce(${field} is not null and ${kind} in ${p.list(kinds.map((w) => w.equals))} and not exists (select 1 from (${targets}) r where r.k = ${kind} and r.id = ${field}), false)`);
      continue;
    }
    for (const ref of group) {
      const when = ref.when ? ` and s.${ident(ref.when.field)} = ${p.add(ref.when.equals)}` : '';
      arms.push(`coalesce(${field} is not null${when} and not exists (select 1 from ${ident(ref.table)} r where r.${ident(ref.column)} = ${field}), false)`);
    }
  }
  return arms.length ? `(${arms.join(' or ')})` : 'false';
}

/** The scan's cells, each column trimmed once here rather than in every expression that reads it. */
function trimmedCells(relation: string, columns: readonly StagedColumn[]): string {
  return `(select _row${columns.map((c) => `, ${trimmedCell(c.sql)} as ${c.sql}`).join('')} from ${relation})`;
}

/** Thrown inside the transaction to roll the insert back and hand the file to the full path. */
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
 * was written). `record` writes the import record inside the transaction.
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
  // ids from row numbers need the full path's record numbers (blank lines and unparsable records keep theirs)
  const rowIds = m.fields.some((f) => f.source.kind === 'row');
  if (!scan || rowIds || m.table.name === 'survey_responses' || !(await isEmpty(ws, m.table.name))) return undefined;
  progress({ phase: 'loading', done: 0 });
  const keys = m.table.key.map(ident).join(', ');
  const keyed = m.table.key.length > 0 && m.table.key.every((k) => sourcedFields(m).some((f) => f.field.name === k));
  try {
    return await withBulkInserts(ws, m.table.name, () =>
      ws.transaction(async (tx) => {
        const p = new Params();
        const cells = trimmedCells(scan.relation(p), prepared.columns);
        const rows = typedRelation(cells, p, projectionFor(m, g.today, false, 'trimmed'), prepared.columns);
        const guarded = `(select * from ${rows} s where case when s._bad or ${danglingExpr(m, p)} then error(${p.add(rejectMarker)}) else true end)`;
        const rowsIn = await insertAll(tx, m, g, guarded, p);
        if ((await scan.readerRejects(tx)) > 0) throw new HandBack();
        if (keyed && !m.table.primaryKey) {
          // exact: equal keys have equal hashes, which sort next to each other, so no hash equal to its
          // predecessor means no duplicates (a sort of 10M integers costs about 30% less than a distinct count)
          const [probe] = await tx.all<{ extra: number }>(
            `select count(*)::bigint as extra from (select h, lag(h) over (order by h) as prev from (select hash(${keys}) as h from ${ident(m.table.name)})) where h = prev`,
          );
          if (Number(probe?.extra ?? 0) > 0) throw new HandBack();
        }
        await record(tx, rowsIn);
        return { rowsIn, rowsLoaded: rowsIn };
      }),
    );
  } catch (error) {
    if (handsBack(error)) return undefined;
    throw error;
  }
}
