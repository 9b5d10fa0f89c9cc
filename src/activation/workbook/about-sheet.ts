/**
 * The About sheet: how to read the workbook and the methods behind it (weighting, tests, adjustment),
 * so a workbook forwarded without its author still explains itself.
 */
import type ExcelJS from 'exceljs';
import type { ProfileDocument } from '../../spec/profile.js';
import { text } from './workbook-style.js';

export function methodNotes(profile: ProfileDocument): string[] {
  const weighting =
    profile.weightMode === 'effective'
      ? `Weighted by \`${profile.source.weightColumn ?? ''}\`; tests use each segment's Kish effective base (n_eff = (Σw)²/Σw²).`
      : profile.weightMode === 'frequency'
        ? 'Weights are counts of identical rows.'
        : 'Unweighted.';
  return [
    `Segments from \`${profile.source.segmentColumn}\`${profile.source.file ? ` in ${profile.source.file}` : ''}; ${profile.n} rows.`,
    weighting,
    "Numeric variables: Welch's ANOVA (classical ANOVA when undefined) with ω²; Kruskal–Wallis alongside. Cells: Welch t test against the other segments.",
    "Categorical variables: Pearson χ² with Cramér's V; when an expected count is under 5, Fisher's exact test (Monte-Carlo for large tables). Cells: pooled two-proportion z test.",
    `Multiple comparisons: ${profile.adjustment.method}; ${profile.adjustment.families}. Significance level ${profile.alpha}.`,
    'Index = segment value / total value × 100. Strength = eta (numeric) or Cramér\'s V (categorical); differentiators are ranked significant first, then by strength.',
  ];
}

export function addAboutSheet(workbook: ExcelJS.Workbook, profile: ProfileDocument): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('About');
  sheet.getColumn(1).width = 140;
  sheet.addRow(['Segment profile — how to read this workbook']).font = { bold: true, size: 14 };
  for (const line of methodNotes(profile)) sheet.addRow([text(line)]).alignment = { wrapText: true };
  for (const w of profile.warnings) sheet.addRow([text(`Note: ${w.message}`)]).font = { italic: true };
  return sheet;
}
