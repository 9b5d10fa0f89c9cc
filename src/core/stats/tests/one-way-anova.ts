/**
 * Classical one-way analysis of variance (equal variances) from group summaries, with eta² and omega².
 *
 * F = [Σ n_g (m_g − M)² / (k − 1)] / [Σ SS_g / (N − k)], p = P(F_{k−1, N−k} > F).
 * eta² = SSB / SST (share of variance explained); omega² = (SSB − (k − 1) MSW) / (SST + MSW), the less
 * biased estimate of the population share, floored at 0 (a negative estimate means "no effect").
 * Weights follow ../weights/weight-mode.ts: 'frequency' equals R on the expanded rows, 'effective'
 * measures each group in its Kish effective base.
 *
 * Reference: R `oneway.test(y ~ g, var.equal = TRUE)`, `summary(aov(y ~ g))`; scipy.stats.f_oneway;
 * Olejnik & Algina (2003), Psychological Methods 8:434–447 (omega²).
 * Complexity: O(k).
 *
 * @example
 * oneWayAnova(summarizeGroups(Float64Array.of(1, 2, 3, 4, 5, 6), Int32Array.of(0, 0, 0, 1, 1, 1), 2));
 * // ok({ statistic: 13.5, df1: 1, df2: 4, pValue: 0.02131, etaSquared: 0.7714, ... })
 */
import { ok, err } from '../../../lib/result.js';
import { fSf } from '../distributions/fisher-f.js';
import type { WeightedSummary } from '../weights/weighted-summary.js';
import { testBase, testSumOfSquares, type WeightMode } from '../weights/weight-mode.js';
import type { TestResult } from './test-problem.js';

export interface AnovaResult {
  readonly statistic: number;
  readonly df1: number;
  readonly df2: number;
  readonly pValue: number;
  readonly etaSquared: number;
  readonly omegaSquared: number;
  readonly ssBetween: number;
  readonly ssWithin: number;
}

export function oneWayAnova(summaries: readonly WeightedSummary[], mode: WeightMode = 'frequency'): TestResult<AnovaResult> {
  const groups = summaries.filter((s) => s.sumW > 0);
  if (groups.length === 0) return err('no-data');
  if (groups.length < 2) return err('fewer-than-two-groups');
  const bases = groups.map((s) => testBase(s, mode));
  const n = bases.reduce((a, b) => a + b, 0);
  const grand = groups.reduce((acc, s, g) => acc + (bases[g] ?? 0) * s.mean, 0) / n;
  const ssBetween = groups.reduce((acc, s, g) => acc + (bases[g] ?? 0) * (s.mean - grand) ** 2, 0);
  const ssWithin = groups.reduce((acc, s) => acc + testSumOfSquares(s, mode), 0);
  const df1 = groups.length - 1;
  const df2 = n - groups.length;
  const ssTotal = ssBetween + ssWithin;
  if (!(ssTotal > 0)) return err('zero-variance');
  if (!(df2 > 0)) return err('group-too-small');
  const msWithin = ssWithin / df2;
  const etaSquared = ssBetween / ssTotal;
  const omegaSquared = Math.max(0, (ssBetween - df1 * msWithin) / (ssTotal + msWithin));
  if (msWithin === 0) {
    // groups differ but nothing varies inside them: a perfect separation, F = ∞
    return ok({ statistic: Infinity, df1, df2, pValue: 0, etaSquared, omegaSquared, ssBetween, ssWithin });
  }
  const statistic = ssBetween / df1 / msWithin;
  return ok({ statistic, df1, df2, pValue: fSf(statistic, df1, df2), etaSquared, omegaSquared, ssBetween, ssWithin });
}
