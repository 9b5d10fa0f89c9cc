/**
 * The Sizes sheet: one row per segment with its letter, label, rows, weighted size, Kish effective size
 * and weighted share, and a Total row; the first thing a researcher checks before reading a banner.
 */
import type ExcelJS from 'exceljs';
import type { ProfileDocument } from '../../spec/profile.js';
import { formats, styleHeader, text } from './workbook-style.js';

export function addSizesSheet(workbook: ExcelJS.Workbook, profile: ProfileDocument): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('Sizes', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Segment', key: 'id', width: 14 },
    { header: 'Letter', key: 'letter', width: 8 },
    { header: 'Label', key: 'label', width: 40 },
    { header: 'Rows', key: 'count', width: 10, style: { numFmt: formats.count } },
    { header: 'Weighted', key: 'weighted', width: 12, style: { numFmt: formats.weighted } },
    { header: 'Effective n', key: 'effective', width: 12, style: { numFmt: formats.weighted } },
    { header: 'Share', key: 'share', width: 10, style: { numFmt: formats.share } },
  ];
  styleHeader(sheet.getRow(1));
  for (const s of profile.segments) {
    sheet.addRow({ id: text(s.id), letter: s.letter, label: text(s.label), count: s.count, weighted: s.weighted, effective: s.effective, share: s.share });
  }
  const total = sheet.addRow({ id: 'Total', letter: '', label: '', count: profile.n, weighted: profile.weightedN, effective: profile.effectiveN, share: 1 });
  total.font = { bold: true };
  return sheet;
}
