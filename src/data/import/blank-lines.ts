/**
 * Record numbers of blank lines in a UTF-8 CSV file. DuckDB's reader skips blank lines but still counts
 * them in its reject line numbers, so the importer needs them to give every good row the record number a
 * spreadsheet shows (header = row 1). A fast native search for `\n\n`, `\n\r\n` and `\r\r` rules blank
 * lines out for almost every file; only when one is found (outside trailing whitespace) does a quote-aware
 * byte scan list them.
 *
 * Complexity: O(bytes); the slow path runs only for files that have a blank line.
 * @example await blankLineRecords('a.csv') // → [] or e.g. [3, 9] (1-based record numbers)
 */
import { open } from 'node:fs/promises';

const chunkSize = 8 << 20;
const patterns = [Buffer.from('\n\n'), Buffer.from('\n\r\n'), Buffer.from('\r\r')];

async function* chunks(file: string, overlap: number): AsyncGenerator<{ buffer: Buffer; fresh: number }> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(chunkSize + overlap);
    let kept = 0;
    let position = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, kept, chunkSize, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      const length = kept + bytesRead;
      yield { buffer: buffer.subarray(0, length), fresh: bytesRead };
      kept = Math.min(overlap, length);
      buffer.copy(buffer, 0, length - kept, length);
    }
  } finally {
    await handle.close();
  }
}

function onlyWhitespaceAfter(buffer: Buffer, from: number): boolean {
  for (let i = from; i < buffer.length; i++) {
    const b = buffer[i];
    if (b !== 0x0a && b !== 0x0d && b !== 0x20 && b !== 0x09) return false;
  }
  return true;
}

/** True when the file may contain a blank line before its last record. */
export async function mayHaveBlankLines(file: string): Promise<boolean> {
  let suspicious = false;
  for await (const { buffer } of chunks(file, 2)) {
    if (suspicious && !onlyWhitespaceAfter(buffer, 0)) return true;
    suspicious = false;
    for (const pattern of patterns) {
      const at = buffer.indexOf(pattern);
      if (at >= 0) {
        if (!onlyWhitespaceAfter(buffer, at)) return true;
        suspicious = true; // maybe trailing whitespace: decided by the next chunk
      }
    }
  }
  return false;
}

/** 1-based record numbers (quotes respected) of empty records in the file. */
export async function blankLineRecords(file: string, skipBytes = 0): Promise<number[]> {
  if (!(await mayHaveBlankLines(file))) return [];
  const blanks: number[] = [];
  let record = 1;
  let recordLength = 0;
  let inQuotes = false;
  let previous = -1;
  let skip = skipBytes;
  for await (const { buffer, fresh } of chunks(file, 0)) {
    for (let i = buffer.length - fresh; i < buffer.length; i++) {
      if (skip > 0) {
        skip--;
        continue;
      }
      const b = buffer[i] ?? 0;
      if (b === 0x22) inQuotes = !inQuotes;
      if (!inQuotes && (b === 0x0a || b === 0x0d)) {
        if (b === 0x0a && previous === 0x0d) {
          previous = b;
          continue; // CRLF already ended the record at CR
        }
        if (recordLength === 0) blanks.push(record);
        record++;
        recordLength = 0;
      } else recordLength++;
      previous = b;
    }
  }
  return blanks;
}
