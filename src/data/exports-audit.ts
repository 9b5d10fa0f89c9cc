/**
 * The audit trail of exports (migration 51): one record per file that left Segmap — who, when, what
 * (kind, scope, file, format, parameters), how many rows, and what changed since the previous export of
 * the same kind and scope — plus the rows it contained, so the next export can compute its delta against
 * exactly what the CRM last received, not against a re-computation.
 *
 * @example
 *   await recordExport(ws, { exportId, kind: 'calllist', scope: 'territory:T01', … }, rows);
 *   const last = await latestExport(ws, 'calllist', 'territory:T01');
 */
import type { Workspace } from './workspace.js';

export interface ExportRecord {
  readonly exportId: string;
  readonly kind: string;
  /** What the export covered: `all`, `territory:T01`, `rep:Jane Doe`. */
  readonly scope: string;
  readonly file: string;
  readonly format: string;
  readonly exportedBy: string;
  readonly exportedAt: Date;
  readonly rowCount: number;
  readonly added: number | null;
  readonly removed: number | null;
  readonly changed: number | null;
  readonly previousExportId: string | null;
  readonly contentSha256: string | null;
  readonly params: Readonly<Record<string, unknown>>;
}

/** One exported row: its key (the CRM id), a hash of its cells and the cells as JSON. */
export interface ExportedRow {
  readonly key: string;
  readonly hash: string;
  readonly json: string;
}

const columns = `export_id as "exportId", kind, scope, file, format, exported_by as "exportedBy", exported_at as "exportedAt",
  row_count as "rowCount", added, removed, changed, previous_export_id as "previousExportId",
  content_sha256 as "contentSha256", cast(params as varchar) as params`;

type RawRecord = Omit<ExportRecord, 'params'> & { params: string | null } & Record<string, unknown>;

const toRecord = (r: RawRecord): ExportRecord => ({ ...r, params: r.params ? (JSON.parse(r.params) as Record<string, unknown>) : {} });

/** Records an export and its rows in one transaction. */
export async function recordExport(ws: Workspace, record: ExportRecord, rows: Iterable<ExportedRow>): Promise<void> {
  await ws.transaction(async (tx) => {
    await tx.run(
      `insert into exports (export_id, kind, scope, file, format, exported_by, exported_at, row_count, added, removed, changed,
         previous_export_id, content_sha256, params)
       values ($1, $2, $3, $4, $5, $6, cast($7 as timestamp), $8, $9, $10, $11, $12, $13, cast($14 as json))`,
      [
        record.exportId, record.kind, record.scope, record.file, record.format, record.exportedBy, record.exportedAt.toISOString(),
        record.rowCount, record.added, record.removed, record.changed, record.previousExportId, record.contentSha256,
        JSON.stringify(record.params),
      ],
    );
    const appender = await tx.connection.createAppender('export_rows');
    try {
      for (const row of rows) {
        appender.appendVarchar(record.exportId);
        appender.appendVarchar(row.key);
        appender.appendVarchar(row.hash);
        appender.appendVarchar(row.json);
        appender.endRow();
      }
    } finally {
      appender.closeSync();
    }
  });
}

/** The most recent export of a kind and scope, or undefined when there is none. */
export async function latestExport(ws: Workspace, kind: string, scope: string): Promise<ExportRecord | undefined> {
  const [row] = await ws.all<RawRecord>(
    `select ${columns} from exports where kind = $1 and scope = $2 order by exported_at desc, export_id desc limit 1`,
    [kind, scope],
  );
  return row ? toRecord(row) : undefined;
}

/** The rows an export contained, in key order. */
export async function exportedRows(ws: Workspace, exportId: string): Promise<ExportedRow[]> {
  return ws.all<ExportedRow & Record<string, unknown>>(
    'select row_key as key, row_hash as hash, cast(row_json as varchar) as json from export_rows where export_id = $1 order by row_key',
    [exportId],
  );
}

/** Export records, newest first. */
export async function listExports(ws: Workspace, filter: { kind?: string; limit?: number } = {}): Promise<ExportRecord[]> {
  const rows = await ws.all<RawRecord>(
    `select ${columns} from exports where ($1 is null or kind = $1) order by exported_at desc, export_id desc limit $2`,
    [filter.kind ?? null, filter.limit ?? 100],
  );
  return rows.map(toRecord);
}
