/**
 * Tells CSV, Parquet, XLSX and SPSS .sav apart by their first bytes (`PAR1`, a ZIP header, `$FL2`/`$FL3`),
 * falling back on the extension; anything else is read as delimited text. Old binary .xls files are
 * refused with a clear message rather than parsed as garbage text.
 *
 * @example await detectFormat('survey.sav') // → 'sav'
 * @throws InputError for a missing file or an old .xls workbook
 */
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError } from '../../lib/errors.js';
import { commonMessages, importMessages } from '../../lib/messages/index.js';
import type { FileFormat } from './staged-file.js';

export function formatFromMagic(head: Uint8Array, file: string): FileFormat | 'xls' | undefined {
  const text = Buffer.from(head.subarray(0, 4)).toString('latin1');
  if (text === 'PAR1') return 'parquet';
  if (text === '$FL2' || text === '$FL3') return 'sav';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'xls';
  const ext = extname(file).toLowerCase();
  if (ext === '.parquet') return 'parquet';
  if (ext === '.sav') return 'sav';
  if (ext === '.xlsx') return 'xlsx';
  return undefined;
}

export async function detectFormat(file: string): Promise<FileFormat> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    throw new InputError(commonMessages.fileNotFound(file), { file });
  }
  try {
    const head = Buffer.alloc(8);
    await handle.read(head, 0, 8, 0);
    const format = formatFromMagic(head, file);
    if (format === 'xls') throw new InputError(importMessages.unsupportedFormat(file), { file });
    return format ?? 'csv';
  } finally {
    await handle.close();
  }
}
