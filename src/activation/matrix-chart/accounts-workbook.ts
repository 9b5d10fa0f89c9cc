/**
 * The prioritized accounts as an XLSX workbook: one sheet per table (accounts, health systems, referral
 * hubs) with a bold frozen filterable header and number formats per column, and a "Method" sheet with the
 * cut points, weights and data issues of the run. Every text cell passes the formula guard, so an account
 * name like `=HYPERLINK(…)` stays inert text.
 *
 * Complexity: O(cells).
 *
 * @example
 * const bytes = await accountsWorkbook([{ name: 'Accounts', header: ['account_id', 'score'], rows: [['A1', 81.5]] }], [['run', 'r1']]);
 */
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
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Segmap';
  for (const table of tables) addTable(workbook, table);
  const sheet = workbook.addWorksheet('Method');
  sheet.addRow(['item', 'value']).font = { bold: true };
  for (const [key, value] of method) sheet.addRow([neutralizeCell(key), cellValue(value)]);
  sheet.getColumn(1).width = 36;
  sheet.getColumn(2).width = 70;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function addTable(workbook: ExcelJS.Workbook, table: WorkbookTable): void {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.header.map((h) => neutralizeCell(h))).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map(cellValue));
  if (table.header.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  table.header.forEach((name, c) => {
    const column = sheet.getColumn(c + 1);
    column.width = name === 'reason' ? 60 : Math.min(28, Math.max(10, name.length + 2));
    const format = table.formats?.[name];
    if (format) column.numFmt = format;
  });
}

/** Text guarded against formula injection; non-finite numbers become empty cells. */
function cellValue(value: Cell): Cell {
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return neutralizeCell(value);
}
