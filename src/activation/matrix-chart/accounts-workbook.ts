/**
 * The prioritized accounts as an XLSX workbook: one sheet per table (accounts, health systems, referral
 * hubs) with a bold frozen filterable header and number formats per column, and a "Method" sheet with the
 * cut points, weights and data issues of the run. Every text cell passes the formula guard, so an account
 * name like `=HYPERLINK(…)` stays inert text.
 *
 * Written with exceljs's streaming writer (rows are committed as they go, inline strings, fast deflate), so
 * a market of 70,000 accounts does not build a whole workbook object tree first.
 * Complexity: O(cells).
 *
 * @example
 * const bytes = await accountsWorkbook([{ name: 'Accounts', header: ['account_id', 'score'], rows: [['A1', 81.5]] }], [['run', 'r1']]);
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutralizeCell } from '../formula-guard.js';

export type Cell = string | number | boolean | null;

export interface WorkbookTable {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Excel number format per column name, e.g. { share: '0.0%' }. */
  readonly formats?: Readonly<Record<string, string>>;
}

export async function accountsWorkbook(tables: readonly WorkbookTable[], method: ReadonlyArray<readonly [string, Cell]>): Promise<Uint8Array> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  workbook.creator = 'Segmap';
  for (const table of tables) addTable(workbook, table);
  const sheet = workbook.addWorksheet('Method');
  sheet.columns = [{ width: 36 }, { width: 70 }];
  sheet.addRow(['item', 'value']).font = { bold: true };
  for (const [key, value] of method) sheet.addRow([neutralizeCell(key), cellValue(value)]).commit();
  await workbook.commit();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}

function addTable(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: WorkbookTable): void {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  // column widths and number formats must be set before the first row is committed
  sheet.columns = table.header.map((name) => {
    const format = table.formats?.[name];
    return { width: name === 'reason' ? 60 : Math.min(28, Math.max(10, name.length + 2)), ...(format ? { style: { numFmt: format } } : {}) };
  });
  if (table.header.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  const header = sheet.addRow(table.header.map((h) => neutralizeCell(h)));
  header.font = { bold: true };
  header.commit();
  for (const row of table.rows) sheet.addRow(row.map(cellValue)).commit();
  sheet.commit();
}

/** Text guarded against formula injection; non-finite numbers become empty cells. */
function cellValue(value: Cell): Cell {
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return neutralizeCell(value);
}
