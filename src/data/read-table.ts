/**
 * Reads the columns of a CSV file that `segmap cluster` (and other analyses of a flat file) needs, through
 * DuckDB's CSV reader: numbers into Float64Array (NaN = missing), text as strings (null = missing).
 * Empty cells and the spellings NA, N/A, null, NULL are missing. A column asked for as numbers that holds
 * text fails with the first offending row and value; NaN or Infinity in the file fail the same way (they
 * would poison every mean). 'auto' columns are numeric when every present value parses as a number.
 * The path and all values travel as parameters; column names are checked against the file's header
 * before they are quoted into SQL.
 *
 * Fast path: DuckDB sniffs the column types and reads typed values in one scan. A numeric request whose
 * column sniffs as text, or a conversion error past the sniffing sample, falls back to reading every cell
 * as text and casting it here, which finds the offending row. Rows are numbered as lines of the file (the
 * header is line 1), like the import reject report.
 * Complexity: one scan (two or three on the fallback path), O(n × columns) memory for the result.
 *
 * @example
 * const t = await readTable('survey.csv', [{ name: 'q1', as: 'number' }, { name: 'id', as: 'text' }]);
 * t.numbers.get('q1'); // Float64Array
 * @throws NotFoundError (no file), InputError (empty or unreadable file, unknown column, text in a numeric
 *   column, NaN/Infinity)
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError, NotFoundError } from '../lib/errors.js';
import { clusterMessages, commonMessages } from '../lib/messages/index.js';
import { ident } from './sql.js';
import { memoryWorkspace, type Workspace } from './workspace.js';

export interface ColumnRequest {
  readonly name: string;
  readonly as: 'number' | 'text' | 'auto';
}

export interface TableData {
  readonly file: string;
  readonly rows: number;
  /** Every column of the file, in order. */
  readonly header: readonly string[];
  readonly numbers: ReadonlyMap<string, Float64Array>;
  readonly texts: ReadonlyMap<string, readonly (string | null)[]>;
}

const missingSpellings = ['NA', 'N/A', 'null', 'NULL'];
const source = 'read_csv($1, header = true, all_varchar = true)';
const typedSource = `read_csv($1, header = true, nullstr = ['', ${missingSpellings.map((m) => `'${m}'`).join(', ')}])`;
const numericTypes = /^(DOUBLE|FLOAT|REAL|DECIMAL.*|BIGINT|INTEGER|SMALLINT|TINYINT|HUGEINT|UBIGINT|UINTEGER|USMALLINT|UTINYINT)$/;
/** The cell as text, or NULL when it is one of the missing spellings. */
const cell = (name: string): string => `nullif(nullif(nullif(nullif(nullif(trim(${ident(name)}), ''), $2), $3), $4), $5)`;

export async function readTable(file: string, requests: readonly ColumnRequest[] | 'all'): Promise<TableData> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new NotFoundError(commonMessages.fileNotFound(file));
  const ws = await memoryWorkspace();
  try {
    const path = resolve(file);
    const header = await readHeader(ws, path, file);
    const wanted = requests === 'all' ? header.map((name): ColumnRequest => ({ name, as: 'auto' })) : requests;
    for (const r of wanted) if (!header.includes(r.name)) throw new InputError(clusterMessages.unknownColumn(r.name, header), { file, column: r.name });
    const fast = await readTyped(ws, path, wanted, file, header);
    if (fast !== undefined) return fast;
    const params = [path, ...missingSpellings];
    const types = await resolveTypes(ws, wanted, params, file);
    return await readColumns(ws, types, params, file, header, types.map((r, i) => (r.as === 'number' ? `try_cast(${cell(r.name)} as double) as c${i}` : `${cell(r.name)} as c${i}`)), source);
  } finally {
    ws.close();
  }
}

async function readHeader(ws: Workspace, path: string, file: string): Promise<string[]> {
  if (statSync(path).size === 0) throw new InputError(clusterMessages.emptyFile(file), { file });
  try {
    const rows = await ws.all<{ column_name: string }>(`describe select * from ${source}`, [path]);
    return rows.map((r) => r.column_name);
  } catch (error) {
    throw new InputError(clusterMessages.unreadableFile(file, error instanceof Error ? firstLine(error.message) : String(error)), { file });
  }
}

const firstLine = (message: string): string => message.split('\n')[0]!.slice(0, 200);

/** 'auto' → 'number' when every present value parses; 'number' columns holding text fail here. */
async function resolveTypes(ws: Workspace, wanted: readonly ColumnRequest[], params: string[], file: string): Promise<ColumnRequest[]> {
  const checked = wanted.filter((r) => r.as !== 'text');
  if (checked.length === 0) return [...wanted];
  const bad = (name: string): string => `count(*) filter (where ${cell(name)} is not null and try_cast(${cell(name)} as double) is null)`;
  const present = (name: string): string => `count(${cell(name)})`;
  const counts = (await ws.all<Record<string, number>>(
    `select count(*) as _rows, ${checked.map((r, i) => `${bad(r.name)} as b${i}, ${present(r.name)} as p${i}`).join(', ')} from ${source}`, params,
  ))[0]!;
  if (Number(counts._rows) === 0) throw new InputError(clusterMessages.emptyFile(file), { file });
  const resolved: ColumnRequest[] = [];
  for (const r of wanted) {
    const i = checked.indexOf(r);
    if (i < 0) {
      resolved.push(r);
      continue;
    }
    const text = Number(counts[`b${i}`]);
    const mostlyNumbers = text * 2 < Number(counts[`p${i}`]);
    if (text > 0 && (r.as === 'number' || mostlyNumbers)) await failOnText(ws, r.name, params, file);
    resolved.push({ name: r.name, as: text > 0 ? 'text' : 'number' });
  }
  return resolved;
}

async function failOnText(ws: Workspace, name: string, params: string[], file: string): Promise<never> {
  const [first] = await ws.all<{ line: number; value: string }>(
    `select line, value from (select row_number() over () + 1 as line, ${cell(name)} as value from ${source})
     where value is not null and try_cast(value as double) is null limit 1`, params,
  );
  throw new InputError(clusterMessages.textInNumericColumn(name), { file, row: first?.line, column: name, value: first?.value });
}

/**
 * The one-scan path on DuckDB's sniffed types; undefined when a numeric request sniffed as text or a
 * value past the sniffing sample does not convert (the caller then takes the text path).
 */
async function readTyped(ws: Workspace, path: string, wanted: readonly ColumnRequest[], file: string, header: readonly string[]): Promise<TableData | undefined> {
  let sniffed: Map<string, string>;
  try {
    const rows = await ws.all<{ column_name: string; column_type: string }>(`describe select * from ${typedSource}`, [path]);
    sniffed = new Map(rows.map((r) => [r.column_name, r.column_type]));
  } catch {
    return undefined;
  }
  const types = wanted.map((r): ColumnRequest => {
    const numeric = numericTypes.test(sniffed.get(r.name) ?? '');
    return { name: r.name, as: r.as === 'auto' ? (numeric ? 'number' : 'text') : r.as };
  });
  // text in a numeric request, or an 'auto' column that is not plainly numeric, needs the careful path
  if (wanted.some((r) => r.as !== 'text' && !numericTypes.test(sniffed.get(r.name) ?? ''))) return undefined;
  const select = types.map((r, i) => (r.as === 'number' ? `cast(${ident(r.name)} as double) as c${i}` : `cast(${ident(r.name)} as varchar) as c${i}`));
  try {
    return await readColumns(ws, types, [path], file, header, select, typedSource);
  } catch (error) {
    if (error instanceof InputError) throw error;
    return undefined;
  }
}

async function readColumns(
  ws: Workspace, types: readonly ColumnRequest[], params: string[], file: string, header: readonly string[], select: readonly string[], from: string,
): Promise<TableData> {
  const result = await ws.connection.stream(`select ${select.length ? select.join(', ') : '1'} from ${from}`, params);
  const numbers = types.map((r) => (r.as === 'number' ? [] as Float64Array[] : undefined));
  const texts = types.map((r) => (r.as === 'number' ? undefined : [] as (string | null)[]));
  let rows = 0;
  for (let chunk = await result.fetchChunk(); chunk !== null && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    const count = chunk.rowCount;
    types.forEach((r, j) => {
      const vector = chunk.getColumnVector(j);
      if (r.as === 'number') {
        const part = new Float64Array(count);
        for (let i = 0; i < count; i++) {
          const v = vector.getItem(i);
          const value = v === null ? NaN : Number(v);
          if (v !== null && !Number.isFinite(value)) {
            throw new InputError(clusterMessages.nonFiniteCell(r.name), { file, row: rows + i + 2, column: r.name, value: String(v) });
          }
          part[i] = value;
        }
        numbers[j]!.push(part);
      } else {
        for (let i = 0; i < count; i++) {
          const v = vector.getItem(i);
          texts[j]!.push(v === null ? null : String(v));
        }
      }
    });
    rows += count;
  }
  if (rows === 0) throw new InputError(clusterMessages.emptyFile(file), { file });
  const numberMap = new Map<string, Float64Array>();
  const textMap = new Map<string, (string | null)[]>();
  types.forEach((r, j) => {
    if (r.as === 'number') numberMap.set(r.name, concat(numbers[j]!, rows));
    else textMap.set(r.name, texts[j]!);
  });
  return { file, rows, header, numbers: numberMap, texts: textMap };
}

function concat(parts: readonly Float64Array[], total: number): Float64Array {
  const out = new Float64Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
