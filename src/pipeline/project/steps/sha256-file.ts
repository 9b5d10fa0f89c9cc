/**
 * SHA-256 of a file's bytes, hex: how the run record fingerprints source files and deliverables.
 *
 * @example await sha256File('out/accounts.csv') // 'e3b0c442…'
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
