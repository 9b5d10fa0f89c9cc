/**
 * Sums a per-item value into its group (stakeholders into accounts, sites into health systems); items
 * with group -1 are skipped. The roll-up behind system scores and account KOL presence.
 *
 * Complexity: O(n).
 *
 * @example
 * sumByGroup(Float64Array.of(1, 2, 4), Int32Array.of(0, -1, 0), 2); // Float64Array [5, 0]
 */
export function sumByGroup(values: Float64Array, group: Int32Array, groupCount: number): Float64Array {
  const out = new Float64Array(groupCount);
  for (let i = 0; i < values.length; i++) {
    const g = group[i] as number;
    if (g >= 0) out[g] = (out[g] as number) + (values[i] as number);
  }
  return out;
}

/** How many items of each group satisfy `keep` (all when omitted). */
export function countByGroup(group: Int32Array, groupCount: number, keep?: (i: number) => boolean): Int32Array {
  const out = new Int32Array(groupCount);
  for (let i = 0; i < group.length; i++) {
    const g = group[i] as number;
    if (g >= 0 && (!keep || keep(i))) out[g] = (out[g] as number) + 1;
  }
  return out;
}
