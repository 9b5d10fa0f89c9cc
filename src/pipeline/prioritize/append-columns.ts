/**
 * Appends rows to a workspace table column-wise: each column is a type and an accessor by row index, so
 * a million stakeholder scores go in through DuckDB's appender without building a million row objects.
 * Non-finite doubles and undefined/null values are written as NULL.
 *
 * Complexity: O(rows x columns).
 */
import type { Workspace } from '../../data/workspace.js';

export type ColumnValue = string | number | boolean | null | undefined;

export interface AppendColumn {
  readonly kind: 'varchar' | 'double' | 'integer' | 'boolean';
  readonly get: (row: number) => ColumnValue;
}

export async function appendColumns(ws: Workspace, table: string, rows: number, columns: readonly AppendColumn[]): Promise<void> {
  const appender = await ws.connection.createAppender(table);
  try {
    for (let r = 0; r < rows; r++) {
      for (const column of columns) {
        const value = column.get(r);
        if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) appender.appendNull();
        else if (column.kind === 'varchar') appender.appendVarchar(String(value));
        else if (column.kind === 'double') appender.appendDouble(Number(value));
        else if (column.kind === 'integer') appender.appendInteger(Math.round(Number(value)));
        else appender.appendBoolean(Boolean(value));
      }
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
