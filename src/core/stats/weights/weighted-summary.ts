/**
 * A weighted one-pass summary of a numeric sample: rows, Σw, Σw², weighted mean and the weighted sum of
 * squared deviations Σw(y − mean)². Every moment-based test (ANOVA, Welch, column-mean t) works from
 * these five numbers, so a profile reads each column once.
 *
 * Why summaries: a segment's complement ("the other segments") is the combination of the other segments'
 * summaries, with no second pass over the rows.
 * Algorithm: West's weighted incremental update; Chan et al.'s parallel combination.
 * Reference: West (1979), CACM 22(9):532–535; Chan, Golub & LeVeque (1979), "Updating formulae and a
 * pairwise algorithm for computing sample variances".
 * Complexity: O(n) for `summarizeGroups`, O(1) for `combineSummaries`.
 *
 * @example
 * const [a] = summarizeGroups(Float64Array.of(1, 2, 3), Int32Array.of(0, 0, 0), 1);
 * a.mean; // 2   a.ss; // 2   a.sumW; // 3
 */
export interface WeightedSummary {
  /** Rows that entered (finite value, group in range, positive finite weight). */
  readonly count: number;
  readonly sumW: number;
  readonly sumW2: number;
  readonly mean: number;
  /** Σ w (y − mean)². */
  readonly ss: number;
}

export const emptySummary: WeightedSummary = { count: 0, sumW: 0, sumW2: 0, mean: 0, ss: 0 };

/** True when row i may enter: finite value, group in [0, k), and (if weighted) a positive finite weight. */
export function usable(value: number, group: number, k: number, weight: number): boolean {
  return Number.isFinite(value) && group >= 0 && group < k && weight > 0 && Number.isFinite(weight);
}

/** One summary per group 0..k−1; rows with group −1, a missing value (NaN) or a non-positive weight are skipped. */
export function summarizeGroups(values: Float64Array, groups: Int32Array, k: number, weights?: Float64Array): WeightedSummary[] {
  const count = new Float64Array(k);
  const sumW = new Float64Array(k);
  const sumW2 = new Float64Array(k);
  const mean = new Float64Array(k);
  const ss = new Float64Array(k);
  for (let i = 0; i < values.length; i++) {
    const y = values[i] ?? Number.NaN;
    const g = groups[i] ?? -1;
    const w = weights ? (weights[i] ?? Number.NaN) : 1;
    if (!usable(y, g, k, w)) continue;
    const previousW = sumW[g] ?? 0;
    const totalW = previousW + w;
    const delta = y - (mean[g] ?? 0);
    const shift = (delta * w) / totalW;
    mean[g] = (mean[g] ?? 0) + shift;
    ss[g] = (ss[g] ?? 0) + previousW * delta * shift;
    sumW[g] = totalW;
    sumW2[g] = (sumW2[g] ?? 0) + w * w;
    count[g] = (count[g] ?? 0) + 1;
  }
  return Array.from({ length: k }, (_, g) => ({
    count: count[g] ?? 0,
    sumW: sumW[g] ?? 0,
    sumW2: sumW2[g] ?? 0,
    mean: mean[g] ?? 0,
    ss: ss[g] ?? 0,
  }));
}

/** The summary of the union of two disjoint samples. */
export function combineSummaries(a: WeightedSummary, b: WeightedSummary): WeightedSummary {
  if (a.sumW === 0) return b;
  if (b.sumW === 0) return a;
  const sumW = a.sumW + b.sumW;
  const delta = b.mean - a.mean;
  return {
    count: a.count + b.count,
    sumW,
    sumW2: a.sumW2 + b.sumW2,
    mean: a.mean + (delta * b.sumW) / sumW,
    ss: a.ss + b.ss + (delta * delta * a.sumW * b.sumW) / sumW,
  };
}

/** The summary of every group except `except` (the "other segments" of a column test). */
export function complementSummary(summaries: readonly WeightedSummary[], except: number): WeightedSummary {
  let result = emptySummary;
  summaries.forEach((s, g) => {
    if (g !== except) result = combineSummaries(result, s);
  });
  return result;
}

/** The summary of all groups together (the Total column). */
export function totalSummary(summaries: readonly WeightedSummary[]): WeightedSummary {
  return summaries.reduce(combineSummaries, emptySummary);
}
