/**
 * Prepares the first (or a named) sheet of an XLSX workbook with exceljs' streaming reader, so memory stays
 * flat, appending rows to the staging table through DuckDB's appender. The header is the first non-empty
 * row; row numbers are the sheet's own (what Excel shows). Cells become text: dates as ISO dates (or
 * timestamps when they have a time), formulas as their cached result, rich text as its plain text.
 */
import ExcelJS from 'exceljs';
import type { Workspace } from '../workspace.js';
import { InputError } from '../../lib/errors.js';
import { importMessages } from '../../lib/messages/index.js';
import type { Reject } from './import-report.js';
import { readFromStage, stagedColumns, stageTable, type PreparedFile, type StagedColumn } from './staged-file.js';
import type { DuckDBAppender } from '@duckdb/node-api';

/** A cell's value as text; undefined when empty. */
export function cellText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result);
    if ('richText' in value && Array.isArray(value.richText)) {
      return value.richText.map((part: unknown) => (typeof part === 'object' && part !== null && 'text' in part ? String(part.text) : '')).join('');
    }
    if ('text' in value) return cellText(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

function rowCells(values: unknown): (string | undefined)[] {
  // exceljs row.values is 1-based and sparse
  const cells: (string | undefined)[] = [];
  if (!Array.isArray(values)) return cells;
  for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
  return cells;
}

function matchesSheet(name: string, index: number, wanted: string | number | undefined): boolean {
  if (wanted === undefined) return index === 1;
  return typeof wanted === 'number' ? index === wanted : name === wanted;
}

export async function prepareXlsx(ws: Workspace, file: string, sheet?: string | number): Promise<PreparedFile> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit' });
  let columns: StagedColumn[] | undefined;
  let appender: DuckDBAppender | undefined;
  const rejects: Reject[] = [];
  const warnings: string[] = [];
  let rows = 0;
  let index = 0;
  let found = false;
  try {
    for await (const worksheet of reader) {
      index++;
      const name = String((worksheet as unknown as { name?: string }).name ?? '');
      if (!matchesSheet(name, index, sheet) || found) {
        // read other sheets to their end: exceljs may have spooled a sheet to a temp file, which it deletes
        // as soon as we move on; an unread sheet's file stream would then fail to open (uncaught ENOENT)
        for await (const _row of worksheet) continue;
        continue;
      }
      found = true;
      for await (const row of worksheet) {
        const cells = rowCells(row.values);
        if (cells.every((c) => c === undefined || c.trim() === '')) continue;
        if (!columns) {
          const staged = stagedColumns(cells.map((c) => c ?? ''));
          columns = staged.columns;
          if (staged.renamed.length) warnings.push(importMessages.renamedColumns(staged.renamed));
          await ws.run(`create or replace temp table ${stageTable} (_row bigint, ${columns.map((c) => `${c.sql} varchar`).join(', ')})`);
          appender = await ws.connection.createAppender(stageTable, 'main', 'temp');
          continue;
        }
        rows++;
        const width = columns.length;
        const extra = cells.slice(width).filter((c) => c !== undefined && c.trim() !== '');
        if (extra.length) {
          rejects.push({ row: row.number, column: '', value: cells.map((c) => c ?? '').join(',').slice(0, 200), reason: importMessages.ragged(width + extra.length, width) });
          continue;
        }
        appender?.appendBigInt(BigInt(row.number));
        for (let i = 0; i < width; i++) {
          const cell = cells[i];
          if (cell === undefined) appender?.appendNull();
          else appender?.appendVarchar(cell);
        }
        appender?.endRow();
      }
    }
  } catch (error) {
    throw new InputError(importMessages.unreadable(file, error instanceof Error ? error.message : String(error)), { file });
  } finally {
    appender?.closeSync();
  }
  if (!found) throw new InputError(importMessages.noSheet(file, String(sheet ?? 1)), { file });
  if (!columns) throw new InputError(importMessages.noHeader(file), { file });
  return { format: 'xlsx', columns, warnings, read: readFromStage(columns, rows, rejects), dispose: async (db) => void (await db.run(`drop table if exists ${stageTable}`)) };
}
