/**
 * Prepares an SPSS/PSPP `.sav` file with `sav-reader` (reads compressed files, value labels, variable
 * labels, missing-value specs). Cases become text rows numbered from 1 (a .sav file has no header
 * row). SPSS keeps more than values, and the survey import uses it: variable labels become question text,
 * value labels become option labels, and user-missing codes (e.g. 99 = "don't know") become missing,
 * as SPSS itself treats them. Date-formatted numbers (seconds since 1582-10-14) become ISO dates.
 *
 * Complexity: O(cases × variables), one pass.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as SavReaderModule from 'sav-reader' with { 'resolution-mode': 'require' };
import type { DuckDBAppender } from '@duckdb/node-api';
import type { Workspace } from '../workspace.js';
import { InputError } from '../../lib/errors.js';
import { importMessages } from '../../lib/messages/index.js';
import { readFromStage, stagedColumns, stageTable, type PreparedFile } from './staged-file.js';

// sav-reader is CommonJS and exports only a `require` entry, so ESM loads it through createRequire
const { DateHelper, SavBufferReader } = createRequire(import.meta.url)('sav-reader') as typeof SavReaderModule;

/** SPSS print formats that hold dates or date-times (DATE, DATETIME, ADATE, JDATE, EDATE, SDATE). */
const dateFormats = new Set([20, 22, 23, 24, 38, 39]);

interface SavVariable {
  readonly name: string;
  readonly type: number;
  readonly label?: string;
  readonly missing: unknown;
  readonly printFormat?: { readonly type: number };
}

/** True when a numeric value is one of the variable's user-missing codes or ranges. */
export function isUserMissing(value: number, missing: unknown): boolean {
  if (missing === null || missing === undefined) return false;
  if (typeof missing === 'number') return value === missing;
  if (Array.isArray(missing)) return missing.includes(value);
  if (typeof missing === 'object') {
    const range = missing as { min?: number; max?: number; value?: number };
    if (range.min !== undefined && range.max !== undefined && value >= range.min && value <= range.max) return true;
    return range.value === value;
  }
  return false;
}

function cellText(variable: SavVariable, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trimEnd() === '' ? undefined : value.trimEnd();
  // SYSMIS, the system-missing value, is −DBL_MAX on disk; sav-reader passes it through as a number
  if (typeof value !== 'number' || Number.isNaN(value) || value <= -Number.MAX_VALUE) return undefined;
  if (isUserMissing(value, variable.missing)) return undefined;
  if (variable.printFormat && dateFormats.has(variable.printFormat.type)) {
    const iso = DateHelper.dateFromNumber(value).toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  return String(value);
}

export async function prepareSav(ws: Workspace, file: string): Promise<PreparedFile> {
  // the whole file as one buffer: sav-reader's file stream can stall on a short final read (seen on
  // small files); survey .sav files are small enough to hold in memory
  let sav: InstanceType<typeof SavBufferReader>;
  try {
    sav = new SavBufferReader(await readFile(file));
    await sav.open();
  } catch (error) {
    throw new InputError(importMessages.unreadable(file, error instanceof Error ? error.message : String(error)), { file });
  }
  const variables = sav.meta.sysvars as unknown as SavVariable[];
  const { columns } = stagedColumns(variables.map((v) => v.name));
  const questionText: Record<string, string> = {};
  const valueLabels: Record<string, Record<string, string>> = {};
  for (const v of variables) {
    if (v.label) questionText[v.name] = v.label;
    const labels = sav.meta.getValueLabels(v.name) ?? [];
    // labels of user-missing codes describe kinds of non-answer, not options of the scale
    const options = labels.filter((l: { val: number | string }) => typeof l.val !== 'number' || !isUserMissing(l.val, v.missing));
    if (options.length) valueLabels[v.name] = Object.fromEntries(options.map((l: { val: number | string; label: string }) => [String(typeof l.val === 'string' ? l.val.trimEnd() : l.val), l.label]));
  }
  await ws.run(`create or replace temp table ${stageTable} (_row bigint, ${columns.map((c) => `${c.sql} varchar`).join(', ')})`);
  const appender: DuckDBAppender = await ws.connection.createAppender(stageTable, 'main', 'temp');
  let rows = 0;
  try {
    for (;;) {
      const record: unknown = await sav.readNextRow(true);
      if (record === null || record === undefined) break;
      rows++;
      const values = record as Record<string, unknown>;
      appender.appendBigInt(BigInt(rows));
      for (const v of variables) {
        const text = cellText(v, values[v.name]);
        if (text === undefined) appender.appendNull();
        else appender.appendVarchar(text);
      }
      appender.endRow();
    }
  } catch (error) {
    throw new InputError(importMessages.unreadable(file, error instanceof Error ? error.message : String(error)), { file, row: rows + 1 });
  } finally {
    appender.closeSync();
  }
  return { format: 'sav', columns, warnings: [], questionText, valueLabels, read: readFromStage(columns, rows, []), dispose: async (db) => void (await db.run(`drop table if exists ${stageTable}`)) };
}
