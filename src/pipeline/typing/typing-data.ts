/**
 * The respondents a typing tool is built from: segment labels as indices into sorted segment names,
 * item answers as a matrix, and each item's answer options — from an InputTable. Rows without a segment
 * or with more than half the items unanswered are dropped; other missing answers take the item's median
 * (surveys lose a few percent of answers at random, and with 30 items listwise deletion would drop most
 * respondents). Both counts are warned about.
 *
 * @example
 * const data = typingData(table, 'segment', ['q1', 'q2'], logger);
 * data.segments;   // ['1', '2', '3'];  data.x: n×2;  data.options[0]: [1, 2, 3, 4, 5]
 * @throws {InputError} for a missing segment or item column, or fewer than 2 segments
 */
import { InputError } from '../../lib/errors.js';
import type { Logger } from '../../lib/logger.js';
import { typingMessages } from '../../lib/messages/typing.js';
import { matrix, type Matrix } from '../../core/matrix/matrix.js';
import { numericColumn, textColumn, type InputTable } from '../score/input-table.js';

/** Items with at most this many distinct answers are asked as options; others as a number in a range. */
export const maxOptions = 15;

export interface TypingData {
  readonly segments: readonly string[];
  readonly y: Int32Array;
  /** n×items answers. */
  readonly x: Matrix;
  readonly items: readonly string[];
  /** Sorted distinct answers per item (empty when the item has more than maxOptions). */
  readonly options: readonly number[][];
  readonly ranges: readonly { min: number; max: number }[];
  /** Row indices of the table kept. */
  readonly kept: Int32Array;
}

/** Replaces missing answers of kept rows by the item's median among kept rows; returns how many. */
function imputeMedians(columns: Float64Array[], kept: readonly number[]): number {
  let count = 0;
  for (const column of columns) {
    const present = kept.map((i) => column[i]!).filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
    const median = present.length ? present[Math.floor((present.length - 1) / 2)]! : 0;
    for (const i of kept) {
      if (Number.isNaN(column[i]!)) {
        column[i] = median;
        count++;
      }
    }
  }
  return count;
}

/** Natural order: numerically when every name is a number, else alphabetically. */
export function sortSegments(names: Iterable<string>): string[] {
  const list = [...new Set(names)];
  const numeric = list.every((s) => s.trim() !== '' && Number.isFinite(Number(s)));
  return list.sort((a, b) => (numeric ? Number(a) - Number(b) : a.localeCompare(b)));
}

export function typingData(table: InputTable, segmentColumn: string, items: readonly string[], logger: Logger): TypingData {
  if (items.length === 0) throw new InputError(typingMessages.itemsRequired);
  if (!table.columns.has(segmentColumn)) throw new InputError(typingMessages.segmentColumnMissing(segmentColumn), { column: segmentColumn });
  const missing = items.filter((i) => !table.columns.has(i));
  if (missing.length) throw new InputError(typingMessages.itemsMissing(missing), { column: missing.join(', ') });
  const labels = textColumn(table, segmentColumn);
  const columns = items.map((item) => Float64Array.from(numericColumn(table, item))); // copies: imputation must not touch the table
  const kept: number[] = [];
  for (let i = 0; i < table.rows; i++) {
    const answered = columns.filter((c) => !Number.isNaN(c[i]!)).length;
    if (labels[i] !== null && labels[i] !== '' && answered * 2 >= columns.length) kept.push(i);
  }
  if (kept.length < table.rows) logger.warn('typing_rows_dropped', typingMessages.rowsDropped(table.rows - kept.length, table.rows));
  const imputed = imputeMedians(columns, kept);
  if (imputed > 0) logger.warn('typing_answers_imputed', typingMessages.answersImputed(imputed));
  const segments = sortSegments(kept.map((i) => labels[i]!));
  if (segments.length < 2) throw new InputError(typingMessages.segmentsTooFew(segments.length));
  const index = new Map(segments.map((s, c) => [s, c]));
  const y = Int32Array.from(kept, (i) => index.get(labels[i]!)!);
  const p = items.length;
  const x = matrix(kept.length, p);
  kept.forEach((row, r) => columns.forEach((c, j) => (x.data[r * p + j] = c[row]!)));
  const options = columns.map((_, j) => [...new Set(kept.map((_, r) => x.data[r * p + j]!))].sort((a, b) => a - b));
  const ranges = options.map((o) => ({ min: o[0] ?? 0, max: o[o.length - 1] ?? 0 }));
  options.forEach((o, j) => {
    if (o.length > maxOptions) logger.warn('typing_numeric_item', typingMessages.tooManyOptions(items[j]!, o.length));
  });
  return { segments, y, x, items, options: options.map((o) => (o.length > maxOptions ? [] : o)), ranges, kept: Int32Array.from(kept) };
}
