/**
 * Writes a call list, or its delta against the previous export, as CSV or XLSX (chosen by the file's
 * extension), atomically (temp file + rename): a CRM job polling the folder never reads half a file.
 * Returns what the audit record needs: format, size and the SHA-256 of the bytes written.
 *
 * @example
 *   await writeCallList('out/calllist.xlsx', rows, { crm: 'veeva', about: [['scope', 'territory T01']] })
 *   // → { format: 'xlsx', bytes: 18234, sha256: '…' }
 * @throws UsageError when the extension is neither .csv nor .xlsx
 */
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { UsageError } from '../../lib/errors.js';
import { rulesMessages } from '../../lib/messages/rules.js';
import { atomicWrite } from '../atomic-write.js';
import { tableToCsv } from './calllist-csv.js';
import type { CallListDelta } from './calllist-delta.js';
import type { CallListRow } from './calllist-row.js';
import { callListTable, deltaTable, type CellTable } from './calllist-table.js';
import { tablesToXlsx } from './calllist-xlsx.js';
import type { CrmProfile } from './crm-headers.js';

export type CallListFormat = 'csv' | 'xlsx';

export function callListFormatOf(file: string): CallListFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  throw new UsageError(rulesMessages.callListExtension(file));
}

export interface WriteCallListOptions {
  readonly crm: CrmProfile;
  /** Key/value lines for the XLSX "Export" sheet (ignored for CSV, which has no room for them). */
  readonly about?: ReadonlyArray<readonly [string, string | number]>;
}

export interface WrittenFile {
  readonly file: string;
  readonly format: CallListFormat;
  readonly bytes: number;
  readonly sha256: string;
}

async function writeTable(file: string, sheetName: string, table: CellTable, options: WriteCallListOptions): Promise<WrittenFile> {
  const format = callListFormatOf(file);
  const content = format === 'csv' ? Buffer.from(tableToCsv(table), 'utf8') : await tablesToXlsx([{ name: sheetName, table }], options.about ?? []);
  await atomicWrite(file, content);
  return { file, format, bytes: content.byteLength, sha256: createHash('sha256').update(content).digest('hex') };
}

export function writeCallList(file: string, rows: readonly CallListRow[], options: WriteCallListOptions): Promise<WrittenFile> {
  return writeTable(file, 'Call list', callListTable(rows, options.crm), options);
}

export function writeCallListDelta(file: string, delta: CallListDelta, options: WriteCallListOptions): Promise<WrittenFile> {
  return writeTable(file, 'Changes', deltaTable(delta, options.crm), options);
}
