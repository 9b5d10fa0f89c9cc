/**
 * Welch's heteroscedastic one-way ANOVA from group summaries: compares means without assuming equal
 * variances, the robust default for segment profiles (segments rarely have equal spreads).
 *
 * With w_g = n_g / s²_g and m* = Σ w_g m_g / Σ w_g:
 *   A = Σ w_g (m_g − m*)² / (k − 1),  τ = Σ (1 − w_g/Σw)² / (n_g − 1),
 *   F = A / (1 + 2 (k − 2) τ / (k² − 1)),  df1 = k − 1,  df2 = (k² − 1) / (3 τ).
 *
 * Reference: Welch (1951), Biometrika 38:330–336; R `oneway.test(y ~ g, var.equal = FALSE)`;
 * statsmodels.stats.oneway.anova_oneway(use_var='unequal').
 * Complexity: O(k).
 *
 * @example
 * welchAnova(summaries); // ok({ statistic, df1: k − 1, df2 (fractional), pValue })
 */
import { ok, err } from '../../../lib/result.js';
import { fSf } from '../distributions/fisher-f.js';
import type { WeightedSummary } from '../weights/weighted-summary.js';
import { testBase, testVariance, type WeightMode } from '../weights/weight-mode.js';
import type { TestResult } from './test-problem.js';

export interface WelchAnovaResult {
  readonly statistic: number;
  readonly df1: number;
  readonly df2: number;
  readonly pValue: number;
}

export function welchAnova(summaries: readonly WeightedSummary[], mode: WeightMode = 'frequency'): TestResult<WelchAnovaResult> {
  const groups = summaries.filter((s) => s.sumW > 0);
  if (groups.length === 0) return err('no-data');
  if (groups.length < 2) return err('fewer-than-two-groups');
  const bases = groups.map((s) => testBase(s, mode));
  const variances = groups.map((s) => testVariance(s, mode));
  if (variances.every((v) => v === 0) && groups.every((s) => s.mean === groups[0]?.mean)) return err('zero-variance');
  // each group needs more than one (effective) observation and a positive variance
  if (variances.some((v) => !(v > 0)) || bases.some((b) => !(b > 1))) return err('group-too-small');
  const k = groups.length;
  const precision = groups.map((_, g) => (bases[g] ?? 0) / (variances[g] ?? 1));
  const totalPrecision = precision.reduce((a, b) => a + b, 0);
  const weightedMean = groups.reduce((acc, s, g) => acc + (precision[g] ?? 0) * s.mean, 0) / totalPrecision;
  const a = groups.reduce((acc, s, g) => acc + (precision[g] ?? 0) * (s.mean - weightedMean) ** 2, 0) / (k - 1);
  const tau = groups.reduce((acc, _, g) => acc + (1 - (precision[g] ?? 0) / totalPrecision) ** 2 / ((bases[g] ?? 2) - 1), 0);
  const statistic = a / (1 + (2 * (k - 2) * tau) / (k * k - 1));
  const df1 = k - 1;
  const df2 = (k * k - 1) / (3 * tau);
  return ok({ statistic, df1, df2, pValue: fSf(statistic, df1, df2) });
}
