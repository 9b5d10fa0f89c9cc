/**
 * The Banner sheet: a crosstab as researchers know it. Columns: Total, then one per segment headed by its
 * label, letter and base. Per variable: a title row with the omnibus test, then one row per level (shares)
 * or the mean, with the significance letters of each cell in the row beneath (a letter B under segment
 * A means A is significantly higher than B, adjusted per row). Cells significantly higher or lower than
 * the other segments are shaded green or red.
 */
import type ExcelJS from 'exceljs';
import type { ProfileDocument, ProfileVariable } from '../../spec/profile.js';
import { describeTest } from './describe-test.js';
import { fill, formats, palette, styleHeader, text } from './workbook-style.js';

function headerRows(sheet: ExcelJS.Worksheet, profile: ProfileDocument): void {
  const labels = sheet.addRow(['', 'Total', ...profile.segments.map((s) => text(s.label))]);
  styleHeader(labels);
  labels.height = 42;
  const letters = sheet.addRow(['', '', ...profile.segments.map((s) => `(${s.letter})`)]);
  styleHeader(letters);
  const base = sheet.addRow(['Base (rows)', profile.n, ...profile.segments.map((s) => s.count)]);
  base.font = { italic: true };
  if (profile.weightMode !== 'unweighted') {
    const effective = sheet.addRow(['Effective base', profile.effectiveN, ...profile.segments.map((s) => s.effective)]);
    effective.font = { italic: true };
    effective.eachCell((c) => (c.numFmt = formats.weighted));
  }
}

function addVariable(sheet: ExcelJS.Worksheet, variable: ProfileVariable): void {
  const title = sheet.addRow([text(variable.label), text(describeTest(variable))]);
  title.font = { bold: true };
  title.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: palette.band } };
  const numberFormat = variable.kind === 'numeric' ? formats.mean : formats.share;
  for (const row of variable.rows) {
    const values = sheet.addRow([text(variable.kind === 'numeric' ? 'Mean' : row.label), row.total, ...row.cells.map((c) => c.value)]);
    values.eachCell((cell, column) => {
      if (column > 1) cell.numFmt = numberFormat;
    });
    row.cells.forEach((c, i) => {
      const cell = values.getCell(i + 3);
      if (c.significance === 'higher') fill(cell, palette.higher, palette.higherText);
      if (c.significance === 'lower') fill(cell, palette.lower, palette.lowerText);
    });
    const letters = sheet.addRow(['', '', ...row.cells.map((c) => c.letters)]);
    letters.font = { size: 8, color: { argb: palette.muted } };
  }
  sheet.addRow([]);
}

export function addBannerSheet(workbook: ExcelJS.Workbook, profile: ProfileDocument): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('Banner', { views: [{ state: 'frozen', xSplit: 1, ySplit: 3 }] });
  sheet.getColumn(1).width = 44;
  for (let c = 2; c <= profile.segments.length + 2; c++) sheet.getColumn(c).width = 14;
  headerRows(sheet, profile);
  const ordered = [...profile.variables].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  for (const variable of ordered) addVariable(sheet, variable);
  const note = sheet.addRow([
    text(`Letters: the segment is significantly higher than the lettered segments (alpha ${profile.alpha}, ${profile.adjustment.method} adjustment per row). Green/red: higher/lower than the other segments.`),
  ]);
  note.font = { italic: true, color: { argb: palette.muted } };
  return sheet;
}
