/**
 * Column-proportion test: compares a share in one column (segment) with the share in another column or
 * in the rest of the sample, using the pooled two-proportion z statistic
 *   z = (p1 − p2) / √(p̂ (1 − p̂) (1/n1 + 1/n2)),  p̂ = (n1 p1 + n2 p2) / (n1 + n2).
 * With weights, p is the weighted share and n the base of ../weights/weight-mode.ts (the Kish effective
 * base by default), as banner software tests weighted columns.
 *
 * Reference: statsmodels.stats.proportion.proportions_ztest([x1, x2], [n1, n2]) (pooled variance);
 * R `prop.test(c(x1, x2), c(n1, n2), correct = FALSE)` gives z² as its X-squared.
 * Complexity: O(1).
 *
 * @example
 * twoProportionZ(0.6, 100, 0.45, 200); // ok({ z: 2.4618, pValue: 0.01382, difference: 0.15 })
 */
import { ok, err } from '../../../lib/result.js';
import { normalTwoSided } from '../distributions/normal.js';
import type { TestResult } from './test-problem.js';

export interface TwoSampleResult {
  /** The test statistic (z here, t for means). */
  readonly statistic: number;
  readonly pValue: number;
  /** First minus second. */
  readonly difference: number;
  /** Degrees of freedom (Infinity for z). */
  readonly df: number;
}

export function twoProportionZ(p1: number, n1: number, p2: number, n2: number): TestResult<TwoSampleResult> {
  if (!(n1 > 0) || !(n2 > 0)) return err('fewer-than-two-groups');
  const pooled = (n1 * p1 + n2 * p2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  if (!(variance > 0)) return err('zero-variance');
  const statistic = (p1 - p2) / Math.sqrt(variance);
  return ok({ statistic, pValue: normalTwoSided(statistic), difference: p1 - p2, df: Infinity });
}
