/**
 * The look of Segmap's analyst workbook, in one place: fonts, fills, number formats, and the text guard
 * every cell of user-supplied text goes through (formula-injection neutralized).
 */
import type ExcelJS from 'exceljs';
import { neutralizeFormula } from '../formula-guard.js';

export const palette = {
  header: 'FF1F3A5F',
  headerText: 'FFFFFFFF',
  band: 'FFF2F5F9',
  higher: 'FFC6EFCE',
  higherText: 'FF006100',
  lower: 'FFFFC7CE',
  lowerText: 'FF9C0006',
  muted: 'FF7F7F7F',
  scaleLow: 'FFF8696B',
  scaleMid: 'FFFFFFFF',
  scaleHigh: 'FF63BE7B',
} as const;

export const formats = {
  share: '0.0%',
  mean: '0.00',
  count: '#,##0',
  weighted: '#,##0.0',
  index: '0',
  pValue: '0.0000',
  statistic: '0.00',
  effect: '0.000',
} as const;

/** Text from data (labels, levels, card text) as a safe cell value. */
export const text = (value: string): string => neutralizeFormula(value);

export function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true, color: { argb: palette.headerText } };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: palette.header } };
  row.alignment = { vertical: 'middle', wrapText: true };
}

export function fill(cell: ExcelJS.Cell, argb: string, fontArgb?: string): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
  if (fontArgb) cell.font = { ...cell.font, color: { argb: fontArgb } };
}

/** Excel column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnName(column: number): string {
  let n = column;
  let name = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** A sheet name Excel accepts: no []:*?/\ characters, at most 31 characters. */
export const sheetName = (name: string): string => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/** "Label (A)": a segment's label with its letter, once (deduplicated labels already end with it). */
export const labelWithLetter = (label: string, letter: string): string => (label.endsWith(`(${letter})`) ? label : `${label} (${letter})`);
