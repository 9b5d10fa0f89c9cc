/**
 * A cell table as an XLSX workbook: one sheet with a bold, frozen, filterable header, plus an "Export"
 * sheet recording what the file is (scope, when, who, rows, changes). Text cells pass the formula guard
 * and are written as plain strings, never as formulas, so an injected `=HYPERLINK(...)` stays inert.
 *
 * Complexity: O(cells).
 */
import ExcelJS from 'exceljs';
import { neutralizeCell } from '../formula-guard.js';
import type { CellTable } from './calllist-table.js';

export interface WorkbookSheet {
  readonly name: string;
  readonly table: CellTable;
}

export async function tablesToXlsx(sheets: readonly WorkbookSheet[], about: ReadonlyArray<readonly [string, string | number]>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Segmap';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(sheet.table.header.map((h) => neutralizeCell(h)));
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.table.rows) ws.addRow(row.map((cell) => neutralizeCell(cell)));
    if (sheet.table.header.length > 0) {
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.table.header.length } };
    }
    sheet.table.header.forEach((h, i) => {
      ws.getColumn(i + 1).width = Math.min(40, Math.max(10, h.length + 2));
    });
  }
  const info = workbook.addWorksheet('Export');
  for (const [key, value] of about) info.addRow([neutralizeCell(key), neutralizeCell(value)]);
  info.getColumn(1).width = 22;
  info.getColumn(2).width = 60;
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
