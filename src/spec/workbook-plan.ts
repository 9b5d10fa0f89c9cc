/**
 * A workbook described as plain data — sheets, cells holding a value or a formula, input validations —
 * so compile/ can produce Excel formulas without an xlsx library and activation/ can write any plan with
 * one writer. It lives in spec/ because it is the contract between those two layers. Formulas are A1-style without the leading '='.
 *
 * @example
 * const plan: WorkbookPlan = { sheets: [{ name: 'Model', cells: [{ ref: 'A1', value: 0.5 }], validations: [] }] };
 */
export type CellStyle = 'title' | 'note' | 'header' | 'input' | 'output' | 'number' | 'percent' | 'label';

export interface CellPlan {
  readonly ref: string;
  readonly value?: string | number;
  /** Formula text without '='. */
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
  /** Column widths by letter. */
  readonly widths?: Readonly<Record<string, number>>;
  /** Columns to hide (helper calculations). */
  readonly hiddenColumns?: readonly string[];
  /** Lock every cell but the inputs. */
  readonly protect?: boolean;
  readonly hidden?: boolean;
}

export interface WorkbookPlan {
  readonly title: string;
  readonly sheets: readonly SheetPlan[];
}
