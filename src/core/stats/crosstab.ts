/**
 * Weighted crosstab of a categorical variable by group: a row-major Float64Array of k groups × L levels,
 * plus each group's Σw and Σw² over the rows that answered (for shares and Kish effective bases).
 *
 * Why one pass: a banner needs the table, the shares and the effective bases of the same rows; reading
 * the column once keeps a million-row profile linear.
 * Complexity: O(n + k·L).
 *
 * @example
 * crosstab(Int32Array.of(0, 1, 1), 2, Int32Array.of(0, 0, 1), 2).table; // Float64Array [1, 1, 0, 1]
 */
export interface Crosstab {
  /** table[g * levels + j] = Σw of rows in group g with level j. */
  readonly table: Float64Array;
  readonly k: number;
  readonly levels: number;
  /** Per group: Σw and Σw² of the rows with a level (a missing answer, code −1, is left out). */
  readonly sumW: Float64Array;
  readonly sumW2: Float64Array;
  /** Per group: rows with a level. */
  readonly count: Float64Array;
}

export function crosstab(codes: Int32Array, levels: number, groups: Int32Array, k: number, weights?: Float64Array): Crosstab {
  const table = new Float64Array(k * levels);
  const sumW = new Float64Array(k);
  const sumW2 = new Float64Array(k);
  const count = new Float64Array(k);
  for (let i = 0; i < codes.length; i++) {
    const level = codes[i] ?? -1;
    const g = groups[i] ?? -1;
    const w = weights ? (weights[i] ?? 0) : 1;
    if (level < 0 || level >= levels || g < 0 || g >= k || !(w > 0) || !Number.isFinite(w)) continue;
    const cell = g * levels + level;
    table[cell] = (table[cell] ?? 0) + w;
    sumW[g] = (sumW[g] ?? 0) + w;
    sumW2[g] = (sumW2[g] ?? 0) + w * w;
    count[g] = (count[g] ?? 0) + 1;
  }
  return { table, k, levels, sumW, sumW2, count };
}
