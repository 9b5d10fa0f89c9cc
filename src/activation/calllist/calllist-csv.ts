/**
 * A cell table as CSV (RFC 4180, CRLF line ends, UTF-8). Every text cell passes the formula-injection
 * guard (`csvField`), so a name such as `=HYPERLINK("http://x","y")` is written as `'=HYPERLINK(...)`
 * and opens as text in Excel, LibreOffice and Google Sheets.
 *
 * Complexity: O(cells).
 * @example tableToCsv({ header: ['name'], rows: [['=1+1']] })   // "name\r\n'=1+1\r\n"
 */
import { csvField } from '../formula-guard.js';
import type { CellTable } from './calllist-table.js';

export function tableToCsv(table: CellTable): string {
  const lines = [table.header.map((h) => csvField(h)).join(',')];
  for (const row of table.rows) lines.push(row.map((cell) => csvField(cell)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
