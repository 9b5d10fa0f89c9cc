/**
 * Kruskal–Wallis rank test of equal distributions across groups, with epsilon² effect size; rows may be
 * weighted (a weight counts as that many tied copies of the row, so integer weights equal R on the
 * expanded data).
 *
 * Midranks with weights: a block of tied values with total weight W_b that starts after cumulative
 * weight c gets rank c + (W_b + 1)/2. Then
 *   H = [12 / (N(N+1)) Σ R_g² / W_g − 3(N + 1)] / [1 − Σ (W_b³ − W_b) / (N³ − N)],  df = k − 1,
 *   ε² = H / (N − 1)  (= H (N + 1) / (N² − 1)).
 *
 * Reference: Kruskal & Wallis (1952), JASA 47:583–621; R `kruskal.test(y ~ g)`; scipy.stats.kruskal;
 * Tomczak & Tomczak (2014), Trends in Sport Sciences 21:19–25 (ε²).
 * Complexity: O(n log n) for the sort.
 *
 * @example
 * kruskalWallis(Float64Array.of(1, 2, 3, 4, 5, 6), Int32Array.of(0, 0, 0, 1, 1, 1), 2);
 * // ok({ statistic: 3.857, df: 1, pValue: 0.0495, epsilonSquared: 0.771 })
 */
import { ok, err } from '../../../lib/result.js';
import { chiSquareSf } from '../distributions/chi-square.js';
import type { TestResult } from './test-problem.js';

export interface KruskalWallisResult {
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number;
  readonly epsilonSquared: number;
}

/** Indices of the usable rows sorted by value. */
function sortedRows(values: Float64Array, groups: Int32Array, k: number, weights: Float64Array | undefined): Uint32Array {
  const keep: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const g = groups[i] ?? -1;
    const w = weights ? (weights[i] ?? 0) : 1;
    if (Number.isFinite(values[i]) && g >= 0 && g < k && w > 0 && Number.isFinite(w)) keep.push(i);
  }
  const order = Uint32Array.from(keep);
  order.sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0));
  return order;
}

/** Rank sums per group and the tie term Σ (W_b³ − W_b), walking tie blocks of the sorted rows. */
function rankSums(order: Uint32Array, values: Float64Array, groups: Int32Array, k: number, weights: Float64Array | undefined) {
  const sums = new Float64Array(k);
  const groupWeight = new Float64Array(k);
  let cumulative = 0;
  let ties = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    let blockWeight = 0;
    const value = values[order[start] ?? 0];
    while (end < order.length && values[order[end] ?? 0] === value) {
      blockWeight += weights ? (weights[order[end] ?? 0] ?? 0) : 1;
      end++;
    }
    const rank = cumulative + (blockWeight + 1) / 2;
    for (let j = start; j < end; j++) {
      const i = order[j] ?? 0;
      const g = groups[i] ?? 0;
      const w = weights ? (weights[i] ?? 0) : 1;
      sums[g] = (sums[g] ?? 0) + w * rank;
      groupWeight[g] = (groupWeight[g] ?? 0) + w;
    }
    ties += blockWeight ** 3 - blockWeight;
    cumulative += blockWeight;
    start = end;
  }
  return { sums, groupWeight, total: cumulative, ties };
}

export function kruskalWallis(values: Float64Array, groups: Int32Array, k: number, weights?: Float64Array): TestResult<KruskalWallisResult> {
  const order = sortedRows(values, groups, k, weights);
  if (order.length === 0) return err('no-data');
  const { sums, groupWeight, total: n, ties } = rankSums(order, values, groups, k, weights);
  const present = Array.from(groupWeight).filter((w) => w > 0).length;
  if (present < 2) return err('fewer-than-two-groups');
  const correction = 1 - ties / (n ** 3 - n);
  if (!(correction > 1e-12)) return err('zero-variance');
  let sumTerm = 0;
  for (let g = 0; g < k; g++) {
    const w = groupWeight[g] ?? 0;
    if (w > 0) sumTerm += (sums[g] ?? 0) ** 2 / w;
  }
  const statistic = Math.max(0, ((12 / (n * (n + 1))) * sumTerm - 3 * (n + 1)) / correction);
  const df = present - 1;
  return ok({ statistic, df, pValue: chiSquareSf(statistic, df), epsilonSquared: n > 1 ? Math.min(1, statistic / (n - 1)) : 0 });
}
