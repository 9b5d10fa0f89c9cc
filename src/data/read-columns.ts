/**
 * Streams a query's result straight into typed arrays, chunk by chunk, so ten million referral edges
 * arrive as three arrays instead of ten million row objects. Columns are matched by name; SQL should cast
 * them (`::integer`, `::double`, `::boolean`). Nulls become -1 (int32), NaN (float64) or 0 (bool).
 *
 * Why here and not `ws.all`: row objects cost ~100 bytes and a hash lookup each; at network scale that is
 * seconds and gigabytes. Goes through the workspace's connection (src/data/workspace.ts), values always as
 * parameters.
 * Complexity: O(rows x columns); memory = the arrays (doubling growth, trimmed at the end).
 *
 * @example
 * const { rows, columns } = await readColumns(ws, 'select u::integer as u, w::double as w from e', [], { u: 'int32', w: 'float64' });
 */
import type { Workspace, SqlParams } from './workspace.js';
import type { DuckDBValue } from '@duckdb/node-api';

export type ColumnKind = 'int32' | 'float64' | 'bool';
type ArrayOf<K extends ColumnKind> = K extends 'int32' ? Int32Array : K extends 'float64' ? Float64Array : Uint8Array;
export type TypedColumns<S extends Record<string, ColumnKind>> = { [C in keyof S]: ArrayOf<S[C]> };

export async function readColumns<S extends Record<string, ColumnKind>>(
  ws: Workspace,
  sql: string,
  params: SqlParams,
  shape: S,
): Promise<{ rows: number; columns: TypedColumns<S> }> {
  const result = await ws.connection.stream(sql, params as DuckDBValue[] | Record<string, DuckDBValue>);
  const names = result.columnNames();
  const wanted = Object.keys(shape);
  const at = wanted.map((name) => {
    const index = names.indexOf(name);
    if (index < 0) throw new Error(`query has no column ${name}`);
    return index;
  });
  const buffers = wanted.map((name) => makeBuffer(shape[name] as ColumnKind));
  let rows = 0;
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    const n = chunk.rowCount;
    buffers.forEach((buffer, c) => {
      const vector = chunk.getColumnVector(at[c] as number);
      buffer.reserve(rows + n);
      for (let r = 0; r < n; r++) buffer.set(rows + r, vector.getItem(r));
    });
    rows += n;
  }
  const columns: Record<string, Int32Array | Float64Array | Uint8Array> = {};
  wanted.forEach((name, c) => (columns[name] = (buffers[c] as Buffer).finish(rows)));
  return { rows, columns: columns as TypedColumns<S> };
}

interface Buffer {
  reserve(size: number): void;
  set(index: number, value: DuckDBValue | null): void;
  finish(size: number): Int32Array | Float64Array | Uint8Array;
}

function makeBuffer(kind: ColumnKind): Buffer {
  let data: Int32Array | Float64Array | Uint8Array = kind === 'int32' ? new Int32Array(4096) : kind === 'float64' ? new Float64Array(4096) : new Uint8Array(4096);
  const missing = kind === 'int32' ? -1 : kind === 'float64' ? NaN : 0;
  return {
    reserve(size) {
      if (size <= data.length) return;
      let capacity = data.length;
      while (capacity < size) capacity *= 2;
      const grown = kind === 'int32' ? new Int32Array(capacity) : kind === 'float64' ? new Float64Array(capacity) : new Uint8Array(capacity);
      grown.set(data);
      data = grown;
    },
    set(index, value) {
      data[index] = value === null ? missing : typeof value === 'boolean' ? (value ? 1 : 0) : Number(value);
    },
    finish: (size) => data.slice(0, size),
  };
}
