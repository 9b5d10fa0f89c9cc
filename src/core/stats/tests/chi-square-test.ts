/**
 * Pearson's chi-square test of independence on an r × c table of (possibly weighted) counts, with
 * Cramér's V and the expected-count diagnostics a banner needs.
 *
 * X² = Σ (O − E)² / E with E = row total × column total / N, df = (r − 1)(c − 1) after dropping empty
 * rows and columns; V = √(X² / (N · min(r − 1, c − 1))). No continuity correction (R's default Yates
 * correction applies to 2 × 2 only and is not what banner tables report).
 * `lowExpected` is true when any expected count is below 5: then the approximation is doubtful and the
 * profile adds an exact (./fisher-exact.ts) or Monte-Carlo (./monte-carlo-fisher.ts) p-value.
 *
 * Reference: R `chisq.test(t, correct = FALSE)`; scipy.stats.chi2_contingency(t, correction=False);
 * Cramér (1946), Mathematical Methods of Statistics, §21.9; Cochran (1954), Biometrics 10:417–451.
 * Complexity: O(r · c).
 *
 * @example
 * chiSquareTest(Float64Array.of(10, 20, 30, 40), 2, 2);
 * // ok({ statistic: 0.7937, df: 1, pValue: 0.373, cramersV: 0.0891, minExpected: 12, cellsBelow5: 0, ... })
 */
import { ok, err } from '../../../lib/result.js';
import { chiSquareSf } from '../distributions/chi-square.js';
import type { TestResult } from './test-problem.js';

export interface ChiSquareResult {
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number;
  readonly cramersV: number;
  readonly n: number;
  readonly minExpected: number;
  /** Cells (of the non-empty rows and columns) whose expected count is below 5. */
  readonly cellsBelow5: number;
  readonly cells: number;
  readonly lowExpected: boolean;
  /** Rows and columns that entered (non-zero totals). */
  readonly rows: number;
  readonly cols: number;
}

/** Row and column totals of a row-major table. */
export function margins(table: ArrayLike<number>, rows: number, cols: number): { rowTotals: Float64Array; colTotals: Float64Array; n: number } {
  const rowTotals = new Float64Array(rows);
  const colTotals = new Float64Array(cols);
  let n = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const v = table[i * cols + j] ?? 0;
      rowTotals[i] = (rowTotals[i] ?? 0) + v;
      colTotals[j] = (colTotals[j] ?? 0) + v;
      n += v;
    }
  }
  return { rowTotals, colTotals, n };
}

export function chiSquareTest(table: ArrayLike<number>, rows: number, cols: number): TestResult<ChiSquareResult> {
  const { rowTotals, colTotals, n } = margins(table, rows, cols);
  if (!(n > 0)) return err('no-data');
  const liveRows = Array.from(rowTotals.keys()).filter((i) => (rowTotals[i] ?? 0) > 0);
  const liveCols = Array.from(colTotals.keys()).filter((j) => (colTotals[j] ?? 0) > 0);
  if (liveRows.length < 2) return err('fewer-than-two-groups');
  if (liveCols.length < 2) return err('single-category');
  let statistic = 0;
  let minExpected = Infinity;
  let cellsBelow5 = 0;
  for (const i of liveRows) {
    for (const j of liveCols) {
      const expected = ((rowTotals[i] ?? 0) * (colTotals[j] ?? 0)) / n;
      const observed = table[i * cols + j] ?? 0;
      statistic += (observed - expected) ** 2 / expected;
      minExpected = Math.min(minExpected, expected);
      if (expected < 5) cellsBelow5++;
    }
  }
  const df = (liveRows.length - 1) * (liveCols.length - 1);
  const smaller = Math.min(liveRows.length, liveCols.length) - 1;
  return ok({
    statistic,
    df,
    pValue: chiSquareSf(statistic, df),
    cramersV: Math.min(1, Math.sqrt(statistic / (n * smaller))),
    n,
    minExpected,
    cellsBelow5,
    cells: liveRows.length * liveCols.length,
    lowExpected: cellsBelow5 > 0,
    rows: liveRows.length,
    cols: liveCols.length,
  });
}
