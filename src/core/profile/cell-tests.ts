/**
 * Significance of the cells of one banner row: each segment against the other segments (higher / lower),
 * and each pair of segments (significance letters), with the p-values of each family adjusted together.
 *
 * Families: the k "segment vs rest" tests of a row form one family; the k(k−1)/2 pairwise tests of a row
 * form another. This is the convention of banner software (letters per row) and is stated in profile.json.
 * A cell gets the letter of segment h when its value is higher and the adjusted pairwise p < alpha.
 * Reference: Holm (1979) / Benjamini & Hochberg (1995) via ../stats/adjust; banner letter convention as in
 * SPSS Custom Tables "compare column proportions/means" (APA-style subscripts).
 * Complexity: O(k²) tests per row.
 *
 * @example
 * rowCellTests(row, ['A', 'B'], 0.05, 'holm'); // [{ significance: 'higher', letters: 'B', … }, { significance: 'lower', letters: '' }]
 */
import { adjustPValues, type AdjustmentMethod } from '../stats/adjust/p-adjust.js';
import type { TestResult } from '../stats/tests/test-problem.js';
import type { TwoSampleResult } from '../stats/tests/two-proportion-z.js';
import type { Significance } from './profile-types.js';

export interface RowComparisons {
  readonly k: number;
  /** Segment g against the union of the other segments. */
  vsRest(g: number): TestResult<TwoSampleResult>;
  /** Segment g against segment h (difference = g − h). */
  pair(g: number, h: number): TestResult<TwoSampleResult>;
}

export interface CellTest {
  readonly statistic: number | null;
  readonly pValue: number | null;
  readonly adjustedPValue: number | null;
  readonly significance: Significance;
  readonly letters: string;
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

export function rowCellTests(row: RowComparisons, letters: readonly string[], alpha: number, adjustment: AdjustmentMethod): CellTest[] {
  const rest = Array.from({ length: row.k }, (_, g) => row.vsRest(g));
  const restAdjusted = adjustPValues(rest.map((r) => (r.ok ? r.value.pValue : null)), adjustment);
  const pairs: { g: number; h: number; result: TestResult<TwoSampleResult> }[] = [];
  for (let g = 0; g < row.k; g++) for (let h = g + 1; h < row.k; h++) pairs.push({ g, h, result: row.pair(g, h) });
  const pairAdjusted = adjustPValues(pairs.map((p) => (p.result.ok ? p.result.value.pValue : null)), adjustment);
  const higherThan: string[][] = Array.from({ length: row.k }, () => []);
  pairs.forEach(({ g, h, result }, i) => {
    const adjusted = pairAdjusted[i];
    if (!result.ok || adjusted === null || adjusted === undefined || adjusted >= alpha) return;
    if (result.value.difference > 0) higherThan[g]?.push(letters[h] ?? '?');
    else if (result.value.difference < 0) higherThan[h]?.push(letters[g] ?? '?');
  });
  return rest.map((result, g) => {
    const adjusted = restAdjusted[g] ?? null;
    if (!result.ok) return { statistic: null, pValue: null, adjustedPValue: null, significance: 'untested', letters: (higherThan[g] ?? []).sort().join('') };
    const significant = adjusted !== null && adjusted < alpha;
    const direction: Significance = !significant ? 'none' : result.value.difference > 0 ? 'higher' : 'lower';
    return {
      statistic: finite(result.value.statistic),
      pValue: result.value.pValue,
      adjustedPValue: adjusted,
      significance: direction,
      letters: (higherThan[g] ?? []).sort().join(''),
    };
  });
}
