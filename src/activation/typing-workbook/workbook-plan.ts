/**
 * The workbook shape this writer accepts: sheets of cells holding a value or a formula (A1 text without
 * '='), input validations, widths, hidden columns, protection. compile/excel produces plans of this
 * shape (activation/ may not import compile/, so the writer declares what it consumes and TypeScript
 * checks the two agree where pipeline/ hands one to the other).
 */
export type CellStyle = 'title' | 'note' | 'header' | 'input' | 'output' | 'number' | 'percent' | 'label';

export interface CellPlan {
  readonly ref: string;
  readonly value?: string | number;
  readonly formula?: string;
  readonly style?: CellStyle;
}

export type ValidationPlan =
  | { readonly ref: string; readonly type: 'list'; readonly values: readonly number[]; readonly prompt: string }
  | { readonly ref: string; readonly type: 'decimal'; readonly min: number; readonly max: number; readonly prompt: string };

export interface SheetPlan {
  readonly name: string;
  readonly cells: readonly CellPlan[];
  readonly validations: readonly ValidationPlan[];
  readonly widths?: Readonly<Record<string, number>>;
  readonly hiddenColumns?: readonly string[];
  readonly protect?: boolean;
  readonly hidden?: boolean;
}

export interface WorkbookPlan {
  readonly title: string;
  readonly sheets: readonly SheetPlan[];
}
