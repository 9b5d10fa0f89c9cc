/**
 * Writes a workbook plan (compile/excel/workbook-plan.ts) as .xlsx with exceljs: values, formulas (no
 * cached results, so Excel and LibreOffice compute them on open), styles, drop-down or range validation
 * on input cells, hidden helper columns and sheets, and protection that leaves only inputs editable (no
 * password: it guards against slips, not people). Text values pass the formula-injection guard.
 * Written atomically.
 *
 * @example
 * await writeWorkbookPlan(typingWorkbookPlan(model), 'out/typing.xlsx');
 */
import ExcelJS from 'exceljs';
import { atomicWrite } from '../atomic-write.js';
import { neutralizeFormula } from '../formula-guard.js';
import type { CellPlan, CellStyle, SheetPlan, WorkbookPlan } from '../../spec/workbook-plan.js';

const fills: Partial<Record<CellStyle, string>> = { header: 'FFE8EEF7', input: 'FFFFF7D6', output: 'FFDFF3E4' };

function styleCell(cell: ExcelJS.Cell, style: CellStyle | undefined): void {
  if (!style) return;
  if (style === 'title') cell.font = { bold: true, size: 14 };
  if (style === 'header' || style === 'output' || style === 'label') cell.font = { bold: style !== 'label' };
  if (style === 'note') cell.font = { italic: true, color: { argb: 'FF555555' } };
  if (style === 'percent') cell.numFmt = '0.0%';
  if (style === 'number') cell.numFmt = '0.000000';
  const fill = fills[style];
  if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  if (style === 'input') cell.protection = { locked: false };
}

function writeCell(sheet: ExcelJS.Worksheet, plan: CellPlan): void {
  const cell = sheet.getCell(plan.ref);
  if (plan.formula !== undefined) cell.value = { formula: plan.formula };
  else if (typeof plan.value === 'string') cell.value = neutralizeFormula(plan.value);
  else if (plan.value !== undefined) cell.value = plan.value;
  styleCell(cell, plan.style);
}

function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): void {
  const sheet = workbook.addWorksheet(plan.name, plan.hidden ? { state: 'hidden' } : {});
  for (const [column, width] of Object.entries(plan.widths ?? {})) sheet.getColumn(column).width = width;
  for (const cell of plan.cells) writeCell(sheet, cell);
  for (const v of plan.validations) {
    const common = { allowBlank: true, showErrorMessage: true, showInputMessage: true, promptTitle: 'answer', prompt: v.prompt, errorTitle: 'not an allowed answer' };
    sheet.getCell(v.ref).dataValidation =
      v.type === 'list'
        ? { ...common, type: 'list', formulae: [`"${v.values.join(',')}"`], error: `choose one of ${v.values.join(', ')}` }
        : { ...common, type: 'decimal', operator: 'between', formulae: [v.min, v.max], error: `type a number from ${v.min} to ${v.max}` };
  }
  for (const column of plan.hiddenColumns ?? []) sheet.getColumn(column).hidden = true;
  if (plan.protect) void sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
}

export async function workbookBuffer(plan: WorkbookPlan): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'segmap';
  workbook.title = plan.title;
  // recalculate everything on open: formulas carry no cached results
  workbook.calcProperties = { fullCalcOnLoad: true };
  for (const sheet of plan.sheets) writeSheet(workbook, sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function writeWorkbookPlan(plan: WorkbookPlan, file: string): Promise<void> {
  await atomicWrite(file, await workbookBuffer(plan));
}
