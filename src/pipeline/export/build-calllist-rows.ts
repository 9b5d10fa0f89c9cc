/**
 * The whole call list as a DuckDB temp table `calllist_rows`, without one JavaScript object per row:
 * the scope's columns stay in DuckDB; JavaScript derives only the columns that need Segmap's choices
 * (`deriveCallListFields`, the same function as the object path) from columnar inputs, streams them to a
 * file as small integers (each distinct text once, in a dictionary file), and DuckDB reads both back,
 * joins them to the scope and builds each row's audit JSON (`json`, as `JSON.stringify` writes it) and
 * its SHA-1 (`hash`). Writers then run on the table in export order (`callListOrderSql`): CSV by COPY,
 * XLSX and deltas from the few rows they need.
 *
 * Complexity: O(rows + tags) in JavaScript (a small object per row, no strings per base column), the
 * join and sort in DuckDB.
 * @example await buildCallListRows(ws, scope, { fileTags, headlines, asOf, maxAgeDays, signalsSince })  // then select … from calllist_rows
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Workspace } from '../../data/workspace.js';
import type { CallListScope } from '../../data/calllist-source.js';
import { csvField } from '../../activation/formula-guard.js';
import { callListColumns } from '../../activation/calllist/calllist-row.js';
import { callListJsonObjectSql } from '../../activation/calllist/calllist-sql.js';
import { callListIds, createCallListScope, dropCallListInputs, loadColumnarCallList, type ColumnarCallList } from './calllist-inputs.js';
import { deriveCallListFields, isoDayOfMs, staleCutoff, type DeriveContext, type DeriveTag, type RowFacts } from './derive-calllist-fields.js';
import type { FileTag } from './out-file-tags.js';
import type { Headlines } from './segment-headlines.js';

export interface BuildOptions {
  readonly fileTags: readonly FileTag[];
  readonly headlines: Headlines;
  readonly asOf: string;
  readonly maxAgeDays: number;
  readonly signalsSince: Date;
}

const toTag = (f: FileTag): DeriveTag => ({ kind: f.kind, segmentation: f.segmentation, segment: f.segment, confidence: f.confidence, lastVerifiedMs: f.lastVerified.getTime() });

/**
 * D/out file tags added where the workspace recorded no tag of that kind at that level (recorded runs win),
 * after the recorded ones: stakeholder-level extras per row, account-level ones appended to the account's list.
 */
async function mergeFileTags(ws: Workspace, input: ColumnarCallList, fileTags: readonly FileTag[]): Promise<Map<number, DeriveTag[]>> {
  const extra = new Map<number, DeriveTag[]>();
  if (fileTags.length === 0) return extra;
  const { rowsOf, accountNumberOf } = await callListIds(ws);
  const recordedKinds = (tags: readonly DeriveTag[] | undefined): Set<string> => new Set((tags ?? []).map((t) => t.kind));
  const accountKinds = input.accountTags.map((tags) => recordedKinds(tags));
  for (const f of fileTags) {
    if (f.entityKind === 'account') {
      const a = accountNumberOf.get(f.entityId);
      if (a === undefined || accountKinds[a]?.has(f.kind)) continue;
      (input.accountTags[a] ??= []).push(toTag(f));
      continue;
    }
    for (const n of rowsOf.get(f.entityId) ?? []) {
      const own = input.stakeholderTags.slice(input.tagStart[n], input.tagStart[n + 1]);
      if (own.some((t) => t.kind === f.kind)) continue;
      const list = extra.get(n) ?? [];
      list.push(toTag(f));
      extra.set(n, list);
    }
  }
  return extra;
}

/** Streams lines to a file in 1 MiB-ish batches (no giant string, no per-line syscall). */
function lineSink(path: string): { write: (line: string) => void; close: () => void } {
  const fd = openSync(path, 'w');
  let batch: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (batch.length) writeSync(fd, `${batch.join('\n')}\n`);
    batch = [];
    size = 0;
  };
  return {
    write: (line) => {
      batch.push(line);
      size += line.length;
      if (size > 1 << 20) flush();
    },
    close: () => {
      flush();
      closeSync(fd);
    },
  };
}

/**
 * Writes lines of non-negative integers ("1,0,17\n") straight into a byte buffer flushed to the file:
 * a million rows without a million line strings for the garbage collector.
 */
class IntLineWriter {
  private readonly buffer = Buffer.allocUnsafe(1 << 20);
  private at = 0;
  private first = true;
  constructor(private readonly fd: number) {}
  int(value: number): void {
    if (this.at > this.buffer.length - 32) this.flush();
    if (!this.first) this.buffer[this.at++] = 44; // ','
    this.first = false;
    if (value === 0) {
      this.buffer[this.at++] = 48;
      return;
    }
    let digits = 0;
    for (let v = value; v > 0; v = Math.floor(v / 10)) digits++;
    for (let i = this.at + digits - 1, v = value; i >= this.at; i--, v = Math.floor(v / 10)) this.buffer[i] = 48 + (v % 10);
    this.at += digits;
  }
  endLine(): void {
    if (this.at > this.buffer.length - 1) this.flush();
    this.buffer[this.at++] = 10; // '\n'
    this.first = true;
  }
  flush(): void {
    let written = 0;
    while (written < this.at) written += writeSync(this.fd, this.buffer, written, this.at - written);
    this.at = 0;
  }
}

/** The derived columns as they cross to DuckDB, in CSV order: integer ids into the word list (0 = null). */
const derivedIds = ['segment', 'segment_source', 'segment_confidence', 'segment_confidence_json', 'tier', 'quadrant', 'tags', 'message_pillar', 'next_step', 'last_verified', 'stale_reason'] as const;
/** The call-list columns JavaScript derives; in `callListColumns` they follow the nine columns taken from the workspace. */
const derivedCsvOrder = ['segment', 'segment_source', 'segment_confidence', 'tier', 'quadrant', 'tags', 'message_pillar', 'next_step', 'last_verified', 'stale', 'stale_reason'] as const;
export const scopeColumns = callListColumns.slice(0, callListColumns.length - derivedCsvOrder.length);

/**
 * Distinct words numbered from 1 (0 stands for null), each with its finished CSV cell, so a row crosses to
 * DuckDB as a line of small integers and the derived cells are formatted once per distinct value, by
 * `csvField` itself. Numbers (the confidence) are kept apart: their cell is the number, never guarded.
 */
class WordList {
  private readonly lines: string[] = [];
  private readonly texts = new Map<string, number>();
  private readonly numbers = new Map<number, number>();
  text(value: string | null): number {
    if (value === null) return 0;
    let id = this.texts.get(value);
    if (id === undefined) this.texts.set(value, (id = this.add(value, csvField(value))));
    return id;
  }
  number(value: number | null): number {
    if (value === null) return 0;
    let id = this.numbers.get(value);
    if (id === undefined) this.numbers.set(value, (id = this.add(String(value), String(value))));
    return id;
  }
  private add(value: string, csv: string): number {
    this.lines.push(JSON.stringify({ id: this.lines.length + 1, v: value, csv }));
    return this.lines.length;
  }
  write(path: string): void {
    const sink = lineSink(path);
    try {
      for (const line of this.lines) sink.write(line);
    } finally {
      sink.close();
    }
  }
}

type MutableFacts = { -readonly [K in keyof RowFacts]: RowFacts[K] };

/** A memoised ISO day of an epoch day or instant: a few hundred distinct days serve a million rows. */
function dayFormatter(scale: number): (value: number) => string {
  const cache = new Map<number, string>();
  return (value) => {
    let day = cache.get(value);
    if (day === undefined) cache.set(value, (day = isoDayOfMs(value * scale)));
    return day;
  };
}

/** Derives every row's columns in JavaScript; writes them as integer lines (rowsFile) plus the word list. */
function writeDerived(rowsFile: string, wordsFile: string, input: ColumnarCallList, extra: Map<number, DeriveTag[]>, options: BuildOptions): void {
  const epochDay = dayFormatter(86_400_000);
  const context: DeriveContext = {
    headlines: options.headlines,
    cutoff: staleCutoff(options.asOf, options.maxAgeDays),
    ruleOrder: [...options.headlines.rules.keys()],
    isoDayOfMs: dayFormatter(1),
  };
  const words = new WordList();
  const noTags: DeriveTag[] = [];
  // one facts object, refilled per row: nothing per row survives the iteration
  const facts: MutableFacts = { stakeholderTags: noTags, accountTags: noTags, signal: null, consentCall: null, lastVerified: null, hasAccount: false, accountLastVerified: null };
  const fd = openSync(rowsFile, 'w');
  const out = new IntLineWriter(fd);
  try {
    for (let n = 0; n < input.count; n++) {
      const start = input.tagStart[n] ?? 0;
      const end = input.tagStart[n + 1] ?? 0;
      const recorded = start === end ? noTags : input.stakeholderTags.slice(start, end);
      const more = extra.get(n);
      const account = input.accountOf[n] ?? -1;
      const signal = input.signals.get(n);
      const lv = input.lastVerifiedDay[n];
      const alv = input.accountLastVerifiedDay[n];
      facts.stakeholderTags = more ? recorded.concat(more) : recorded;
      facts.accountTags = account >= 0 ? (input.accountTags[account] ?? noTags) : noTags;
      facts.signal = signal ? { type: signal.type, day: context.isoDayOfMs(signal.ms) } : null;
      facts.consentCall = input.consentCall[n] ?? null;
      facts.lastVerified = lv === null || lv === undefined ? null : epochDay(lv);
      facts.hasAccount = account >= 0;
      facts.accountLastVerified = alv === null || alv === undefined ? null : epochDay(alv);
      const d = deriveCallListFields(facts, context);
      const c = d.segment_confidence;
      // String(number) is what csvField and JSON.stringify print; a non-finite number is null in JSON
      const confidence = words.number(c);
      out.int(n);
      out.int(words.text(d.segment));
      out.int(words.text(d.segment_source));
      out.int(confidence);
      out.int(c !== null && Number.isFinite(c) ? confidence : 0);
      out.int(words.text(d.tier));
      out.int(words.text(d.quadrant));
      out.int(words.text(d.tags));
      out.int(words.text(d.message_pillar));
      out.int(words.text(d.next_step));
      out.int(words.text(d.last_verified));
      out.int(words.text(d.stale_reason));
      out.int(d.stale ? 1 : 0);
      out.endLine();
    }
    out.flush();
  } finally {
    closeSync(fd);
  }
  words.write(wordsFile);
}

const derivedColumns = `{n: 'INTEGER', ${derivedIds.map((c) => `${c}: 'INTEGER'`).join(', ')}, stale: 'INTEGER'}`;
const wordAlias = (c: string): string => `w_${c}`;
const wordJoins = derivedIds.map((c) => `left join calllist_words ${wordAlias(c)} on ${wordAlias(c)}.id = d.${c}`).join('\n');
const derivedValues = derivedIds.map((c) => `${wordAlias(c)}.v as ${c}`).join(', ');
/** The derived cells, finished: the word's CSV cell, '' for null, true/false for stale. */
const derivedCsv = derivedCsvOrder.map((c) => (c === 'stale' ? `(case when d.stale = 1 then 'true' else 'false' end)` : `coalesce(${wordAlias(c)}.csv, '')`)).join(` || ',' || `);

export async function buildCallListRows(ws: Workspace, scope: CallListScope, options: BuildOptions): Promise<number> {
  const tmp = mkdtempSync(join(tmpdir(), 'segmap-calllist-'));
  try {
    await createCallListScope(ws, scope);
    const input = await loadColumnarCallList(ws, options.signalsSince);
    const extra = await mergeFileTags(ws, input, options.fileTags);
    const rowsFile = join(tmp, 'derived.csv');
    const wordsFile = join(tmp, 'words.jsonl');
    writeDerived(rowsFile, wordsFile, input, extra, options);
    await ws.run(
      `create or replace temp table calllist_words as
       select * from read_json($1, format = 'newline_delimited', columns = {id: 'INTEGER', v: 'VARCHAR', csv: 'VARCHAR'})`,
      [wordsFile],
    );
    await ws.run(
      `create or replace temp table calllist_rows as
       select *, sha1(json) as hash from (
         select *, cast(${callListJsonObjectSql()} as varchar) as json
         from (select s.stakeholder_id, s.npi, s.name, s.role, s.specialty, s.account_id, s.account_name, s.territory_id, s.rep,
                 ${derivedValues}, d.stale = 1 as stale, ${derivedCsv} as derived_csv
               from calllist_scope s
               join read_csv($1, header = false, auto_detect = false, columns = ${derivedColumns}) d on d.n = s.n
               ${wordJoins}))`,
      [rowsFile],
    );
    return input.count;
  } finally {
    await dropCallListInputs(ws);
    await ws.run('drop table if exists calllist_words');
    rmSync(tmp, { recursive: true, force: true });
  }
}

export async function dropCallListRows(ws: Workspace): Promise<void> {
  await ws.run('drop table if exists calllist_rows');
}
