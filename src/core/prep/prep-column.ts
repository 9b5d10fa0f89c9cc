/**
 * The columns preparation works on: numeric (NaN marks a missing value) or categorical (integer codes
 * into `levels`, -1 marks a missing value). The pipeline builds them from a table; preparation turns
 * them into the numeric matrix an algorithm fits, and records what it did for model.json.
 */
export interface NumericColumn {
  readonly kind: 'numeric';
  readonly name: string;
  readonly values: Float64Array;
}

export interface CategoricalColumn {
  readonly kind: 'categorical';
  readonly name: string;
  readonly codes: Int32Array;
  readonly levels: readonly string[];
}

export type PrepColumn = NumericColumn | CategoricalColumn;

export const numericColumn = (name: string, values: ArrayLike<number>): NumericColumn => ({
  kind: 'numeric', name, values: Float64Array.from(values),
});

const levelOrder = new Intl.Collator('en', { numeric: true }).compare;

/**
 * A categorical column from raw values; null, undefined and '' are missing. Levels are sorted with
 * numbers in numeric order ("2" before "10"), so an ordinal code follows the scale.
 */
export function categoricalColumn(name: string, values: readonly (string | number | null | undefined)[]): CategoricalColumn {
  const levels = [...new Set(values.filter((v) => v !== null && v !== undefined && v !== '').map(String))].sort(levelOrder);
  const index = new Map(levels.map((level, i) => [level, i]));
  const codes = Int32Array.from(values, (v) => (v === null || v === undefined || v === '' ? -1 : index.get(String(v))!));
  return { kind: 'categorical', name, codes, levels };
}

export const isMissing = (column: PrepColumn, row: number): boolean =>
  column.kind === 'numeric' ? Number.isNaN(column.values[row]!) : column.codes[row]! < 0;

export const columnLength = (column: PrepColumn): number => (column.kind === 'numeric' ? column.values.length : column.codes.length);
