/**
 * The Profile sheet: indices (segment / total × 100) for every variable row and segment, with a native
 * Excel three-colour scale (red below 100, white at 100, green above) so over- and under-indexing jumps
 * out, and ▲/▼ marks where the difference from the other segments is significant. Ordered by
 * differentiator rank, so the top of the sheet is what sets the segments apart.
 */
import type ExcelJS from 'exceljs';
import type { ProfileDocument } from '../../spec/profile.js';
import { columnName, formats, labelWithLetter, palette, styleHeader, text } from './workbook-style.js';

const mark = (significance: string): string => (significance === 'higher' ? '▲' : significance === 'lower' ? '▼' : '');

export function addProfileSheet(workbook: ExcelJS.Workbook, profile: ProfileDocument): ExcelJS.Worksheet {
  const k = profile.segments.length;
  const sheet = workbook.addWorksheet('Profile', { views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }] });
  const header = sheet.addRow(['Rank', 'Variable', 'Row', 'Total', ...profile.segments.map((s) => text(labelWithLetter(s.label, s.letter))), ...profile.segments.map((s) => `sig ${s.letter}`)]);
  styleHeader(header);
  header.height = 42;
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 36;
  sheet.getColumn(3).width = 22;
  sheet.getColumn(4).width = 10;
  for (let c = 5; c < 5 + k; c++) sheet.getColumn(c).width = 12;
  for (let c = 5 + k; c < 5 + 2 * k; c++) sheet.getColumn(c).width = 6;
  const ordered = [...profile.variables].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  for (const v of ordered) {
    for (const row of v.rows) {
      const added = sheet.addRow([v.rank, text(v.label), text(v.kind === 'numeric' ? 'mean' : row.label), row.total, ...row.cells.map((c) => c.index), ...row.cells.map((c) => mark(c.significance))]);
      added.getCell(4).numFmt = v.kind === 'numeric' ? formats.mean : formats.share;
      for (let c = 5; c < 5 + k; c++) added.getCell(c).numFmt = formats.index;
      for (let c = 5 + k; c < 5 + 2 * k; c++) {
        const cell = added.getCell(c);
        cell.alignment = { horizontal: 'center' };
        cell.font = { color: { argb: cell.value === '▲' ? palette.higherText : palette.lowerText } };
      }
    }
  }
  if (sheet.rowCount > 1 && k > 0) {
    sheet.addConditionalFormatting({
      ref: `E2:${columnName(4 + k)}${sheet.rowCount}`,
      rules: [
        {
          type: 'colorScale',
          priority: 1,
          cfvo: [
            { type: 'num', value: 50 },
            { type: 'num', value: 100 },
            { type: 'num', value: 150 },
          ],
          color: [{ argb: palette.scaleLow }, { argb: palette.scaleMid }, { argb: palette.scaleHigh }],
        },
      ],
    });
  }
  return sheet;
}
