/**
 * Streams a query's result into an InputTable in one pass: named numeric columns into Float64Arrays
 * (null → NaN), named text columns into string arrays (null stays null). For the projection's 100,000 ×
 * 40 input table this is one ordered scan instead of one per kind of column, and no row objects.
 * Goes through the workspace's connection (src/data/workspace.ts); the SQL is the caller's, values as
 * parameters.
 *
 * Complexity: O(rows × columns).
 *
 * @example
 * const table = await readInputTable(ws, 'select id, role, beds from t order by id', [], ['beds'], ['id', 'role']);
 */
import type { DuckDBValue } from '@duckdb/node-api';
import type { Workspace } from '../../data/workspace.js';
import type { ColumnValues, InputTable } from '../score/input-table.js';

export async function readInputTable(ws: Workspace, sql: string, params: DuckDBValue[], numeric: readonly string[], text: readonly string[]): Promise<InputTable> {
  const result = await ws.connection.stream(sql, params);
  const names = result.columnNames();
  const position = (name: string): number => {
    const at = names.indexOf(name);
    if (at < 0) throw new Error(`query has no column ${name}`);
    return at;
  };
  const numericAt = numeric.map(position);
  const textAt = text.map(position);
  let capacity = 4096;
  let numbers = numeric.map(() => new Float64Array(capacity));
  const strings = text.map((): (string | null)[] => []);
  let rows = 0;
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    const n = chunk.rowCount;
    const columns = chunk.getColumns();
    if (rows + n > capacity) {
      while (capacity < rows + n) capacity *= 2;
      numbers = numbers.map((old) => {
        const grown = new Float64Array(capacity);
        grown.set(old.subarray(0, rows));
        return grown;
      });
    }
    numericAt.forEach((at, j) => {
      const source = columns[at]!;
      const target = numbers[j]!;
      for (let r = 0; r < n; r++) {
        const v = source[r];
        target[rows + r] = v === null || v === undefined ? Number.NaN : Number(v);
      }
    });
    textAt.forEach((at, j) => {
      const source = columns[at]!;
      const target = strings[j]!;
      for (let r = 0; r < n; r++) {
        const v = source[r];
        target.push(v === null || v === undefined ? null : String(v));
      }
    });
    rows += n;
  }
  const table = new Map<string, ColumnValues>();
  text.forEach((name, j) => table.set(name, { kind: 'text', values: strings[j]! }));
  numeric.forEach((name, j) => table.set(name, { kind: 'numeric', values: numbers[j]!.slice(0, rows) }));
  return { rows, columns: table };
}
