/**
 * Prepares a CSV file: detect the encoding (transcoding to UTF-8 when needed), sniff delimiter, header and
 * Qualtrics rows in Node — all before any row is read, so a mapping is checked against the header first.
 * Reading then lets DuckDB's parallel reader load every field as text with `store_rejects` (ragged or
 * undecodable rows become rejects with their row numbers instead of failing the import) and computes the
 * caller's typed fields and checks in the same pass.
 *
 * Row numbers: the reader is run with header=false, so the header is record 1 and `row_number() over ()`
 * (order-preserving in DuckDB) numbers the records it kept. Records it dropped — rejects, which DuckDB
 * reports by record number, and blank lines, which it skips silently — are gaps; a kept record's number is
 * its ordinal plus the gaps before it (an ASOF join, only when there are gaps).
 *
 * Encoding: the first 8 MB settle it for most files; when they are valid UTF-8 and more follows, a streaming
 * load relies on DuckDB's own UTF-8 validation (an invalid byte hands the file to the full path), and the
 * full path scans the whole file before it reads.
 *
 * Complexity: the full path, two native byte scans (encoding, blank lines) plus one DuckDB parse of the
 * file; a streaming load, one DuckDB parse.
 */
import { open, stat } from 'node:fs/promises';
import type { Workspace } from '../workspace.js';
import { Params } from '../sql.js';
import { InputError } from '../../lib/errors.js';
import { importMessages } from '../../lib/messages/index.js';
import { blankLineRecords } from './blank-lines.js';
import { detectEncoding, detectHeadEncoding, type HeadEncoding, type TextEncoding } from './detect-encoding.js';
import type { Reject } from './import-report.js';
import { sniffCsv } from './sniff-csv.js';
import { createTyped, stagedColumns, typedTable, type FileRead, type PreparedFile, type Projection, type StagedColumn } from './staged-file.js';
import { transcodeToUtf8, type TempFile } from './transcode.js';

export interface CsvOptions {
  readonly delimiter?: string;
  readonly encoding?: TextEncoding | 'latin-1';
}

const sampleBytes = 1 << 20;
/** Longest record DuckDB will read (a 10 MB free-text field must pass). */
const maxLineSize = 256 << 20;

async function readSample(file: string, skip: number): Promise<{ text: string; whole: boolean }> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(sampleBytes);
    const { bytesRead } = await handle.read(buffer, 0, sampleBytes, skip);
    const whole = bytesRead < sampleBytes;
    return { text: new TextDecoder('utf-8').decode(buffer.subarray(0, bytesRead), { stream: !whole }), whole };
  } finally {
    await handle.close();
  }
}

function rejectReason(type: string, message: string, expected: number): string {
  const found = /Found: (\d+)/.exec(message)?.[1];
  switch (type) {
    case 'TOO MANY COLUMNS':
    case 'MISSING COLUMNS':
      return importMessages.ragged(Number(found ?? 0), expected);
    case 'UNQUOTED VALUE':
      return importMessages.unquoted();
    case 'INVALID UNICODE':
    case 'INVALID ENCODING':
      return importMessages.badBytes();
    case 'LINE SIZE OVER MAXIMUM':
      return importMessages.lineTooLong();
    default:
      return importMessages.unparsable(type.toLowerCase());
  }
}

/** The encoding, settled unless only the first chunk was read (then UTF-8 so far: see `readCsv`'s caller). */
async function resolveEncoding(file: string, forced: CsvOptions['encoding']): Promise<HeadEncoding> {
  if (forced === undefined) return detectHeadEncoding(file);
  const detected = await detectEncoding(file);
  const encoding: TextEncoding = forced === 'latin-1' ? 'windows-1252' : forced;
  return { encoding, bomBytes: detected.encoding === encoding ? detected.bomBytes : 0, settled: true };
}

export async function prepareCsv(file: string, options: CsvOptions = {}): Promise<PreparedFile> {
  if ((await stat(file)).size === 0) throw new InputError(importMessages.emptyFile(file), { file });
  const warnings: string[] = [];
  const head = await resolveEncoding(file, options.encoding);
  let encoding = head.encoding;
  const temps: TempFile[] = [];
  try {
    if (encoding !== 'utf-8') {
      warnings.push(importMessages.notUtf8(encoding));
      temps.push(await transcodeToUtf8(file, encoding, head.bomBytes));
    }
    const path = temps[0]?.path ?? file;
    const skip = temps.length ? 0 : head.bomBytes;
    const sample = await readSample(path, skip);
    if (sample.text.trim() === '') throw new InputError(importMessages.noHeader(file), { file });
    const sniff = sniffCsv(sample.text, sample.whole, options.delimiter);
    if (sniff.qualtrics) warnings.push(importMessages.qualtrics());
    const { columns, renamed } = stagedColumns(sniff.header);
    if (renamed.length) warnings.push(importMessages.renamedColumns(renamed));
    const questionText = sniff.questionText
      ? Object.fromEntries(columns.map((c, i) => [c.name, sniff.questionText?.[i] ?? ''] as const).filter(([, t]) => t !== ''))
      : undefined;
    const layout: CsvLayout = { path, skip, delimiter: sniff.delimiter, columns, headerRecords: 1 + sniff.extraHeaderRows };
    /**
     * The full path reads the whole file's encoding first when only its head was checked. Invalid UTF-8
     * further on means Windows-1252 (see detect-encoding.ts): the rows are read from a transcoded copy,
     * with the columns found in the head (the header's delimiters and quotes are ASCII, so the fields
     * split the same way).
     */
    let settling: Promise<CsvLayout> | undefined; // once, however often the rows are read
    const settle = async (): Promise<CsvLayout> => {
      if (head.settled) return layout;
      const whole = await detectEncoding(file);
      if (whole.encoding === 'utf-8') return layout;
      encoding = whole.encoding;
      warnings.unshift(importMessages.notUtf8(encoding));
      const copy = await transcodeToUtf8(file, encoding, whole.bomBytes);
      temps.push(copy);
      return { ...layout, path: copy.path, skip: 0 };
    };
    return {
      format: 'csv',
      get encoding() {
        return encoding;
      },
      columns,
      warnings,
      ...(questionText ? { questionText } : {}),
      ...(sniff.importIds ? { questionColumns: columns.filter((_, i) => /^QID/i.test(sniff.importIds?.[i] ?? '')).map((c) => c.name) } : {}),
      read: async (ws, projection) => readCsv(ws, await (settling ??= settle()), projection),
      scan: csvScan(layout),
      dispose: async (ws) => {
        for (const t of temps) await t.cleanup();
        await ws.run(dropTables);
      },
    };
  } catch (error) {
    for (const t of temps) await t.cleanup();
    throw error;
  }
}

interface CsvLayout {
  readonly path: string;
  readonly skip: number;
  readonly delimiter: string;
  readonly columns: readonly StagedColumn[];
  readonly headerRecords: number;
}

/** Every record as text (c1..cn) with its ordinal `_row`, header records dropped; unparsable records go to `<prefix>_rejects`. */
function csvRelation(csv: CsvLayout, p: Params, prefix: string): string {
  const types = `{${csv.columns.map((c) => `'${c.sql}': 'VARCHAR'`).join(', ')}}`;
  return `(select * from (
      select row_number() over () as _row, * from read_csv(${p.add(csv.path)}, header = false, auto_detect = false, columns = ${types},
        delim = ${p.add(csv.delimiter)}, quote = '"', escape = '"', store_rejects = true, rejects_table = '${prefix}_rejects',
        rejects_scan = '${prefix}_scans', max_line_size = ${maxLineSize}, strict_mode = true)
    ) where _row > ${csv.headerRecords})`;
}

/**
 * The fast relation for a clean file's single-scan load: no `row_number()` window (it serializes the scan)
 * and DuckDB's default line-size limit (a larger one forces a buffer that size, again one thread). `_row`
 * is NULL. A record over the limit becomes a reader reject, which hands the file to the full path.
 */
function csvFastRelation(csv: CsvLayout, p: Params, prefix: string, parsed: ReadonlyMap<string, string>): string {
  // type names come from the data model (DOUBLE, an ENUM type's name), never from the file
  const types = `{${csv.columns.map((c) => `'${c.sql}': '${parsed.get(c.sql) ?? 'VARCHAR'}'`).join(', ')}}`;
  return `(select NULL::bigint as _row, * from read_csv(${p.add(csv.path)}, header = true, auto_detect = false, columns = ${types},
      delim = ${p.add(csv.delimiter)}, quote = '"', escape = '"', store_rejects = true, rejects_table = '${prefix}_rejects',
      rejects_scan = '${prefix}_scans', strict_mode = true))`;
}

/**
 * A scan for the streaming load of a clean file: its own reject tables, so `readCsv`'s stay untouched.
 * Several header records (Qualtrics) are skipped by record number, through the numbered relation.
 */
function csvScan(csv: CsvLayout): NonNullable<PreparedFile['scan']> {
  return {
    relation: (p, types) => (csv.headerRecords !== 1 ? csvRelation(csv, p, scanPrefix) : csvFastRelation(csv, p, scanPrefix, types)),
    parsesTypes: csv.headerRecords === 1,
    readerRejects: async (ws) => {
      const exists = await ws.all(`select 1 from duckdb_tables() where table_name = '${scanPrefix}_rejects'`);
      if (exists.length === 0) return 0;
      // any reject at all (even on a header record) hands the file to the full path, which sorts it out
      const [row] = await ws.all<{ n: number }>(`select count(distinct line)::bigint as n from ${scanPrefix}_rejects`);
      return Number(row?.n ?? 0);
    },
  };
}

const scanPrefix = '_segmap_scan';
const dropTables = `drop table if exists _segmap_csv_rejects; drop table if exists _segmap_csv_scans; drop table if exists ${scanPrefix}_rejects; drop table if exists ${scanPrefix}_scans`;

async function readCsv(ws: Workspace, csv: CsvLayout, projection: Projection): Promise<FileRead> {
  const p = new Params();
  await ws.run(dropTables);
  // ids built from record numbers need them final before typing: the text rows wait in a table of their own
  const numbered = projection.usesRecordNumbers ? '_segmap_numbered' : typedTable;
  if (projection.usesRecordNumbers) await ws.run(`create or replace temp table ${numbered} as select * from ${csvRelation(csv, p, '_segmap_csv')}`, p.values);
  else await createTyped(ws, csvRelation(csv, p, '_segmap_csv'), p, projection, csv.columns);
  const bad = await ws.all<{ line: number; error_type: string; error_message: string; csv_line: string | null }>(
    `select line, first(error_type order by column_idx) as error_type, first(error_message order by column_idx) as error_message,
            first(csv_line) as csv_line
       from _segmap_csv_rejects group by line order by line`,
  );
  await renumber(ws, numbered, [...bad.map((b) => Number(b.line)), ...(await blankLineRecords(csv.path, csv.skip))]);
  if (projection.usesRecordNumbers) {
    await createTyped(ws, numbered, new Params(), projection, csv.columns);
    await ws.run(`drop table ${numbered}`);
  }
  const rowRejects: Reject[] = bad
    .filter((b) => Number(b.line) > csv.headerRecords)
    .map((b) => ({ row: Number(b.line), column: '', value: (b.csv_line ?? '').slice(0, 200), reason: rejectReason(b.error_type, b.error_message, csv.columns.length) }));
  const [count] = await ws.all<{ n: number }>(`select count(*)::bigint as n from ${typedTable}`);
  return { rowsIn: Number(count?.n ?? 0) + rowRejects.length, rowRejects };
}

/**
 * Turns ordinals into record numbers when the reader dropped records: for the kept record with ordinal i,
 * the number is i + #{j : gap_j − j < i} over the sorted gaps (1-based j).
 */
async function renumber(ws: Workspace, table: string, gapRecords: readonly number[]): Promise<void> {
  const gaps = [...new Set(gapRecords)].sort((a, b) => a - b);
  if (gaps.length === 0) return;
  await ws.run('create or replace temp table _segmap_gaps (k bigint, before bigint)');
  const appender = await ws.connection.createAppender('_segmap_gaps', 'main', 'temp');
  gaps.forEach((gap, j) => {
    appender.appendBigInt(BigInt(gap - (j + 1)));
    appender.appendBigInt(BigInt(j + 1));
    appender.endRow();
  });
  appender.closeSync();
  await ws.run(
    `update ${table} s set _row = s._row + g.before
       from (select s2._row as ord, g2.before from ${table} s2
             asof join (select k, max(before) as before from _segmap_gaps group by k) g2 on s2._row > g2.k) g
      where s._row = g.ord`,
  );
  await ws.run(`drop table _segmap_gaps`);
}

