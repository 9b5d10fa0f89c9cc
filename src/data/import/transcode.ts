/**
 * Rewrites a non-UTF-8 text file (Windows-1252/Latin-1, UTF-16 LE/BE) as UTF-8 in a temporary folder, so
 * DuckDB's reader, which reads UTF-8, sees the right characters. Streaming: memory stays flat for any size.
 *
 * @example const { path, cleanup } = await transcodeToUtf8('latin1.csv', 'windows-1252', 0)
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { TextEncoding } from './detect-encoding.js';

export interface TempFile {
  readonly path: string;
  cleanup(): Promise<void>;
}

export async function transcodeToUtf8(file: string, encoding: TextEncoding, bomBytes: number): Promise<TempFile> {
  const dir = await mkdtemp(join(tmpdir(), 'segmap-import-'));
  const path = join(dir, 'utf8.csv');
  const decoder = new TextDecoder(encoding === 'windows-1252' ? 'windows-1252' : encoding);
  const toUtf8 = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8'));
    },
    flush(done) {
      done(null, Buffer.from(decoder.decode(), 'utf8'));
    },
  });
  try {
    await pipeline(createReadStream(file, { start: bomBytes }), toUtf8, createWriteStream(path));
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return { path, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
