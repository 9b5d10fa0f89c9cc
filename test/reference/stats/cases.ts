/**
 * Builds the typed-array inputs of the reference cases (test/reference/stats/make.py) from the real data:
 * the same rows, groups, categories and weights SciPy/statsmodels/R saw. Test-only helper.
 */
import { readNumericCsv, surveyWeight, countWeight, type CaseRef } from './fixtures.js';

export interface CaseInput {
  readonly values: Float64Array;
  readonly groups: Int32Array;
  readonly k: number;
  /** Category codes (categorical cases), −1 when missing. */
  readonly codes: Int32Array;
  readonly levels: number;
  readonly survey: Float64Array;
  readonly counts: Float64Array;
}

export function caseInput(path: string, ref: CaseRef, derive?: (columns: Map<string, Float64Array>) => void): CaseInput {
  const columns = readNumericCsv(path);
  derive?.(columns);
  const y = columns.get(ref.variable) ?? new Float64Array(0);
  const g = columns.get(ref.group) ?? new Float64Array(0);
  const n = y.length;
  const groups = new Int32Array(n);
  const codes = new Int32Array(n);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ok = Number.isFinite(y[i]) && Number.isFinite(g[i]);
    groups[i] = ok ? ref.levels.indexOf(g[i] ?? Number.NaN) : -1;
    values[i] = ok ? (y[i] ?? Number.NaN) : Number.NaN;
    codes[i] = ok && ref.categories ? ref.categories.indexOf(y[i] ?? Number.NaN) : -1;
  }
  return {
    values,
    groups,
    k: ref.levels.length,
    codes,
    levels: ref.categories?.length ?? 0,
    survey: Float64Array.from({ length: n }, (_, i) => surveyWeight(i)),
    counts: Float64Array.from({ length: n }, (_, i) => countWeight(i)),
  };
}

/** The anxiety data's grouping column of make.py: cell = age * 2 + gender. */
export function deriveAnxietyCell(columns: Map<string, Float64Array>): void {
  const age = columns.get('age') ?? new Float64Array(0);
  const gender = columns.get('gender') ?? new Float64Array(0);
  columns.set('cell', Float64Array.from(age, (a, i) => a * 2 + (gender[i] ?? Number.NaN)));
}
