/**
 * Finds a text file's encoding by scanning its bytes: a byte-order mark decides at once (UTF-8, UTF-16
 * LE/BE); NUL bytes at every other position mean UTF-16 without a BOM; otherwise the whole file is checked
 * for valid UTF-8 with Node's native validator (`buffer.isUtf8`, several GB/s), chunk by chunk. A file that
 * is not valid UTF-8 is read as Windows-1252, the superset of Latin-1 that Excel on Windows writes.
 *
 * Why the whole file and not a sample: a Latin-1 export often has its first accented name deep in the file;
 * guessing from the first megabyte would reject those rows instead of decoding them. (A streaming load
 * starts from the first chunk alone, `detectHeadEncoding`: DuckDB's reader then rejects an invalid byte
 * anywhere, and the full path scans the whole file before it reads.)
 *
 * Complexity: O(bytes), one sequential read.
 * @example await detectEncoding('hcp.csv') // → { encoding: 'utf-8', bomBytes: 3 }
 */
import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DetectedEncoding {
  readonly encoding: TextEncoding;
  /** Length of the byte-order mark to skip (0 when none). */
  readonly bomBytes: number;
}

const chunkSize = 8 << 20;

export function encodingFromBom(head: Uint8Array): DetectedEncoding | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomBytes: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  return undefined;
}

/** UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte. */
export function utf16WithoutBom(head: Uint8Array): TextEncoding | undefined {
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Bytes at the end of `chunk` that start a UTF-8 sequence not yet complete (0–3). */
export function incompleteTail(chunk: Uint8Array, length: number): number {
  for (let back = 1; back <= Math.min(3, length); back++) {
    const byte = chunk[length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

export async function detectEncoding(file: string): Promise<DetectedEncoding> {
  const detected = await scanEncoding(file, Infinity);
  return { encoding: detected.encoding, bomBytes: detected.bomBytes };
}

/** What the first chunk says; `settled` is false when it is valid UTF-8 and more of the file is unread. */
export interface HeadEncoding extends DetectedEncoding {
  readonly settled: boolean;
}

/**
 * The encoding as far as the first chunk (8 MB) tells. For a streaming load, which reads the file with
 * DuckDB's own UTF-8 validation (an invalid byte is a reader reject that hands the file to the full path),
 * so the whole-file scan runs only when the full path needs it (about 0.05 s per 357 MB).
 */
export async function detectHeadEncoding(file: string): Promise<HeadEncoding> {
  return scanEncoding(file, 1);
}

async function scanEncoding(file: string, maxChunks: number): Promise<HeadEncoding> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(chunkSize + 4);
    let carry = 0;
    let position = 0;
    for (let chunk = 0; ; chunk++) {
      if (chunk === maxChunks) return { encoding: 'utf-8', bomBytes: 0, settled: false };
      const { bytesRead } = await handle.read(buffer, carry, chunkSize, position);
      if (chunk === 0) {
        const head = buffer.subarray(0, bytesRead);
        const byBom = encodingFromBom(head);
        if (byBom) return { ...byBom, settled: true };
        const utf16 = utf16WithoutBom(head);
        if (utf16) return { encoding: utf16, bomBytes: 0, settled: true };
      }
      position += bytesRead;
      const length = carry + bytesRead;
      const atEnd = bytesRead < chunkSize; // a regular file returns less only at its end
      const tail = atEnd ? 0 : incompleteTail(buffer, length);
      if (!isUtf8(buffer.subarray(0, length - tail))) return { encoding: 'windows-1252', bomBytes: 0, settled: true };
      if (atEnd) return { encoding: 'utf-8', bomBytes: 0, settled: true };
      buffer.copy(buffer, 0, length - tail, length);
      carry = tail;
    }
  } finally {
    await handle.close();
  }
}
