/**
 * Writes a columnar table as a CSV file, chunk by chunk, atomically (a temporary sibling renamed over the
 * target, so a killed demo never leaves half a file), and returns the SHA-256 of the bytes so the demo
 * can record a data hash and tests can compare runs byte for byte.
 *
 * No fsync: demo files are regenerated from the seed, so durability across a power cut buys nothing and
 * would cost seconds on 100 MB.
 *
 * Complexity: O(bytes).
 *
 * @example
 * const { rows, sha256 } = await writeCsv(table, 'D/data/accounts.csv');
 */
import { createHash } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { csvBytes } from './market/csv-bytes.js';
import type { Table } from './market/table.js';

export interface WrittenFile {
  readonly table: string;
  readonly file: string;
  readonly rows: number;
  readonly bytes: number;
  readonly sha256: string;
}

export async function writeCsv(table: Table, file: string): Promise<WrittenFile> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    const handle = await open(temp, 'w');
    try {
      for (const chunk of csvBytes(table)) {
        hash.update(chunk);
        bytes += chunk.length;
        await handle.write(chunk);
      }
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return { table: table.name, file, rows: table.rows, bytes, sha256: hash.digest('hex') };
}
