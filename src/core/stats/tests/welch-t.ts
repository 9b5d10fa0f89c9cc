/**
 * Column-mean test: Welch's unequal-variance two-sample t test between two summaries (a segment against
 * another segment or against the rest of the sample), with the Welch–Satterthwaite degrees of freedom.
 *   t = (m1 − m2) / √(s1²/n1 + s2²/n2),  df = (s1²/n1 + s2²/n2)² / [(s1²/n1)²/(n1 − 1) + (s2²/n2)²/(n2 − 1)]
 * With weights, means are weighted and n, s² follow ../weights/weight-mode.ts.
 *
 * Reference: Welch (1947), Biometrika 34:28–35; scipy.stats.ttest_ind(a, b, equal_var=False);
 * statsmodels.stats.weightstats.ttest_ind(a, b, usevar='unequal', weights=(wa, wb)) for weights.
 * Complexity: O(1).
 *
 * @example
 * welchT(summaryA, summaryB); // ok({ statistic: t, df, pValue, difference: mA − mB })
 */
import { ok, err } from '../../../lib/result.js';
import { tTwoSided } from '../distributions/student-t.js';
import type { WeightedSummary } from '../weights/weighted-summary.js';
import { testBase, testVariance, type WeightMode } from '../weights/weight-mode.js';
import type { TestResult } from './test-problem.js';
import type { TwoSampleResult } from './two-proportion-z.js';

export function welchT(a: WeightedSummary, b: WeightedSummary, mode: WeightMode = 'frequency'): TestResult<TwoSampleResult> {
  if (a.sumW === 0 || b.sumW === 0) return err('fewer-than-two-groups');
  const n1 = testBase(a, mode);
  const n2 = testBase(b, mode);
  if (!(n1 > 1) || !(n2 > 1)) return err('group-too-small');
  const v1 = (testVariance(a, mode) || 0) / n1;
  const v2 = (testVariance(b, mode) || 0) / n2;
  const difference = a.mean - b.mean;
  const se2 = v1 + v2;
  if (!(se2 > 0)) return difference === 0 ? err('zero-variance') : ok({ statistic: Math.sign(difference) * Infinity, pValue: 0, difference, df: n1 + n2 - 2 });
  const statistic = difference / Math.sqrt(se2);
  const df = (se2 * se2) / ((v1 * v1) / (n1 - 1) + (v2 * v2) / (n2 - 1));
  return ok({ statistic, pValue: tTwoSided(statistic, df), difference, df });
}
