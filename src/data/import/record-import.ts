/**
 * Writes the record of one import (`imports`) and all its rejects (`import_rejects`), inside the import's
 * transaction, so the record exists exactly when the rows do. Rejects are copied from `_segmap_rejects`.
 */
import type { Workspace } from '../workspace.js';
import { rejectTable } from './find-rejects.js';

export interface ImportRecord {
  readonly importId: string;
  readonly table: string;
  readonly file: string;
  readonly format: string;
  readonly encoding: string | null;
  readonly source: string;
  readonly startedAt: string;
  readonly rowsIn: number;
  readonly rowsLoaded: number;
  readonly rowsRejected: number;
  readonly warnings: readonly string[];
  readonly mapping: unknown;
}

export async function recordImport(ws: Workspace, r: ImportRecord): Promise<void> {
  await ws.run(
    `insert into imports (import_id, table_name, file, format, encoding, source, started_at, finished_at, rows_in, rows_loaded, rows_rejected, status, warnings, mapping)
     values ($1, $2, $3, $4, $5, $6, $7::timestamp, now()::timestamp, $8, $9, $10, 'loaded', $11::json, $12::json)`,
    [r.importId, r.table, r.file, r.format, r.encoding, r.source, r.startedAt, r.rowsIn, r.rowsLoaded, r.rowsRejected, JSON.stringify(r.warnings), JSON.stringify(r.mapping ?? null)],
  );
  await ws.run(`insert into import_rejects select $1, _row, "column", value, reason from ${rejectTable}`, [r.importId]);
}
