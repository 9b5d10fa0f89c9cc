/**
 * Sniffs a CSV sample: the delimiter (comma, semicolon, tab or pipe: the one that splits the header into the
 * most columns while keeping every sampled record at the header's width), the header names, and whether it
 * is a Qualtrics export (two more header rows: the question text, then `{"ImportId":"QID1"}` cells) whose
 * extra rows must be skipped.
 *
 * Complexity: O(sample × candidates).
 * @example sniffCsv('id;name\n1;a\n', true) // → { delimiter: ';', header: ['id','name'], extraHeaderRows: 0, ... }
 */
import { parseCsvHead } from './parse-csv-head.js';

export interface CsvSniff {
  readonly delimiter: string;
  /** Names as written in the header (trimmed). */
  readonly header: string[];
  /** Header rows after the first one to skip (2 for Qualtrics). */
  readonly extraHeaderRows: number;
  readonly qualtrics: boolean;
  /** Qualtrics' question texts per column (row 2), when present. */
  readonly questionText?: string[];
  /** Qualtrics' ImportId per column (row 3): `QID…` for questions, e.g. `_recordId` for metadata. */
  readonly importIds?: string[];
}

/** The ImportId in a Qualtrics row-3 cell such as {"ImportId":"QID4_1"}. */
export function importIdOf(cell: string): string {
  try {
    const parsed: unknown = JSON.parse(cell);
    return typeof parsed === 'object' && parsed !== null && 'ImportId' in parsed ? String(parsed.ImportId) : '';
  } catch {
    return '';
  }
}

const candidates = [',', ';', '\t', '|'] as const;
const sampleRecords = 200;

function score(records: string[][]): number {
  const width = records[0]?.length ?? 0;
  if (width <= 1) return 0;
  const body = records.slice(1);
  if (body.length === 0) return width;
  const consistent = body.filter((r) => r.length === width).length / body.length;
  return consistent * width;
}

export function sniffCsv(sample: string, sampleIsWholeFile: boolean, forced?: string): CsvSniff {
  let best: { delimiter: string; records: string[][]; score: number } | undefined;
  for (const delimiter of forced ? [forced] : candidates) {
    const { records } = parseCsvHead(sample, delimiter, sampleRecords, sampleIsWholeFile);
    const s = score(records);
    if (!best || s > best.score) best = { delimiter, records, score: s };
  }
  const records = best?.records ?? [];
  const header = (records[0] ?? []).map((name) => name.trim());
  const third = records[2] ?? [];
  const qualtrics = third.length > 0 && third.filter((cell) => /^\{\s*"ImportId"\s*:/.test(cell)).length >= Math.max(1, third.length / 2);
  return {
    delimiter: best?.delimiter ?? ',',
    header,
    extraHeaderRows: qualtrics ? 2 : 0,
    qualtrics,
    ...(qualtrics ? { questionText: records[1] ?? [], importIds: third.map(importIdOf) } : {}),
  };
}
