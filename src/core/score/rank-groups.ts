/**
 * Splits scores into `groups` equal-count groups by rank, best first: group 1 holds the top n/groups
 * scores. Deciles are `rankGroups(scores, 10)`; quantile tiers are `rankGroups(scores, 3)`. Tied scores
 * share the group of the best-ranked among them, so two accounts with the same score never land in
 * different tiers.
 *
 * Complexity: O(n log n).
 *
 * @example
 * rankGroups(Float64Array.of(5, 9, 1, 9), 2); // Int32Array [2, 1, 2, 1]
 */
export function rankGroups(scores: Float64Array, groups: number): Int32Array {
  if (!Number.isInteger(groups) || groups < 1) throw new RangeError(`groups is ${groups}; it must be a whole number >= 1`);
  const n = scores.length;
  const order = descendingOrder(scores);
  const out = new Int32Array(n);
  let tieStart = 0;
  for (let r = 0; r < n; r++) {
    const i = order[r] as number;
    if (r > 0 && scores[i] !== scores[order[r - 1] as number]) tieStart = r;
    out[i] = Math.floor((tieStart * groups) / n) + 1;
  }
  return out;
}

/** Indices sorted by score descending, ties by index (deterministic). */
export function descendingOrder(scores: Float64Array): Int32Array {
  const order = Int32Array.from({ length: scores.length }, (_, i) => i);
  order.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  return order;
}
