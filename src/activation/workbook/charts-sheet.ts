/**
 * The Charts sheet: the small data tables the charts read (segment shares, differentiator strengths, the
 * indices of the most distinctive rows) and the specifications of three native charts over them
 * (./native-charts.ts adds the charts after exceljs has written the file).
 */
import type ExcelJS from 'exceljs';
import type { ProfileDocument } from '../../spec/profile.js';
import { distinctiveRow } from '../report/distinctive-row.js';
import type { ChartSpec } from './native-charts.js';
import { columnName, formats, styleHeader, text } from './workbook-style.js';

export const chartsSheetName = 'Charts';
export const seriesColors = ['1F3A5F', 'E07A5F', '3D9970', 'D4A017', '81B29A', '6A4C93', '118AB2', 'EF476F', '8D99AE', '2A9D8F'] as const;
const color = (i: number): string => seriesColors[i % seriesColors.length] ?? '1F3A5F';

const ref = (column: number, from: number, to?: number): string => `'${chartsSheetName}'!$${columnName(column)}$${from}${to === undefined ? '' : `:$${columnName(column)}$${to}`}`;

export function addChartsSheet(workbook: ExcelJS.Workbook, profile: ProfileDocument, top = 10, heat = 6): { sheet: ExcelJS.Worksheet; charts: ChartSpec[] } {
  const sheet = workbook.addWorksheet(chartsSheetName);
  const k = profile.segments.length;
  const ranked = profile.variables.filter((v) => v.rank !== null && v.strength !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const strongest = ranked.slice(0, top);
  const distinct = ranked.slice(0, heat).flatMap((v) => {
    const row = distinctiveRow(v);
    return row ? [{ label: v.kind === 'numeric' ? v.label : `${v.label}: ${row.label}`, row }] : [];
  });
  const height = Math.max(k, strongest.length, distinct.length) + 1;
  const header = sheet.getRow(1);
  header.values = ['Segment', 'Share', '', 'Differentiator', 'Strength', '', 'Row', ...profile.segments.map((s) => text(s.label))];
  styleHeader(header);
  profile.segments.forEach((s, i) => {
    const row = sheet.getRow(i + 2);
    row.getCell(1).value = text(s.label);
    row.getCell(2).value = s.share;
    row.getCell(2).numFmt = formats.share;
  });
  strongest.forEach((v, i) => {
    const row = sheet.getRow(i + 2);
    row.getCell(4).value = text(v.label);
    row.getCell(5).value = v.strength;
    row.getCell(5).numFmt = formats.effect;
  });
  distinct.forEach((d, i) => {
    const row = sheet.getRow(i + 2);
    row.getCell(7).value = text(d.label);
    d.row.cells.forEach((c, g) => {
      row.getCell(8 + g).value = c.index;
      row.getCell(8 + g).numFmt = formats.index;
    });
  });
  [1, 4, 7].forEach((c) => (sheet.getColumn(c).width = 30));
  const below = height + 2;
  const charts: ChartSpec[] = [
    {
      title: 'Segment sizes (share of respondents)',
      direction: 'col',
      categoriesRef: ref(1, 2, k + 1),
      categories: profile.segments.map((s) => s.label),
      series: [{ name: 'Share', nameRef: ref(2, 1), valuesRef: ref(2, 2, k + 1), values: profile.segments.map((s) => s.share), color: color(0) }],
      valueFormat: '0%',
      anchor: { col: 0, row: below, cols: 6, rows: 18 },
    },
  ];
  if (strongest.length > 0) {
    charts.push({
      title: 'Top differentiators (eta or Cramér’s V)',
      direction: 'bar',
      categoriesRef: ref(4, 2, strongest.length + 1),
      categories: strongest.map((v) => v.label),
      series: [{ name: 'Strength', nameRef: ref(5, 1), valuesRef: ref(5, 2, strongest.length + 1), values: strongest.map((v) => v.strength ?? 0), color: color(1) }],
      valueFormat: '0.00',
      anchor: { col: 6, row: below, cols: 8, rows: 18 },
    });
  }
  if (distinct.length > 0) {
    charts.push({
      title: 'Index by segment (total = 100) on the strongest differentiators',
      direction: 'col',
      categoriesRef: ref(7, 2, distinct.length + 1),
      categories: distinct.map((d) => d.label),
      series: profile.segments.map((s, g) => ({ name: s.label, nameRef: ref(8 + g, 1), valuesRef: ref(8 + g, 2, distinct.length + 1), values: distinct.map((d) => d.row.cells[g]?.index ?? Number.NaN), color: color(g) })),
      valueFormat: '0',
      anchor: { col: 0, row: below + 19, cols: 14, rows: 22 },
    });
  }
  return { sheet, charts };
}
