/**
 * The Tests sheet: one row per variable with its rank, omnibus test, statistic, degrees of freedom, raw
 * and adjusted p-value, effect size, strength, flags and notes — the audit trail behind the letters.
 */
import type ExcelJS from 'exceljs';
import type { ProfileDocument } from '../../spec/profile.js';
import { formats, styleHeader, text } from './workbook-style.js';

export function addTestsSheet(workbook: ExcelJS.Workbook, profile: ProfileDocument): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('Tests', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Rank', key: 'rank', width: 6 },
    { header: 'Variable', key: 'label', width: 36 },
    { header: 'Kind', key: 'kind', width: 12 },
    { header: 'Test', key: 'test', width: 18 },
    { header: 'Statistic', key: 'statistic', width: 11, style: { numFmt: formats.statistic } },
    { header: 'df', key: 'df', width: 7 },
    { header: 'df2', key: 'df2', width: 9, style: { numFmt: '0.0' } },
    { header: 'p', key: 'p', width: 11, style: { numFmt: formats.pValue } },
    { header: `p (${profile.adjustment.method})`, key: 'adj', width: 11, style: { numFmt: formats.pValue } },
    { header: 'Effect size', key: 'effectName', width: 15 },
    { header: 'Effect', key: 'effect', width: 9, style: { numFmt: formats.effect } },
    { header: 'Strength', key: 'strength', width: 9, style: { numFmt: formats.effect } },
    { header: 'Significant', key: 'significant', width: 11 },
    { header: 'Flags', key: 'flags', width: 28 },
    { header: 'Notes', key: 'notes', width: 80 },
  ];
  styleHeader(sheet.getRow(1));
  const ordered = [...profile.variables].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  for (const v of ordered) {
    sheet.addRow({
      rank: v.rank,
      label: text(v.label),
      kind: v.kind,
      test: v.test,
      statistic: v.statistic,
      df: v.df,
      df2: v.df2,
      p: v.pValue,
      adj: v.adjustedPValue,
      effectName: v.effectSizeName ?? '',
      effect: v.effectSize,
      strength: v.strength,
      significant: v.significant ? 'yes' : 'no',
      flags: v.flags.join(', '),
      notes: text(v.notes.join('; ')),
    });
  }
  return sheet;
}
