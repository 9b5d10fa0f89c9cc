/**
 * Ranks the variables of a profile by how strongly they differentiate the segments, after adjusting the
 * omnibus p-values across all variables (one family: the profile).
 *
 * Strength is eta (√eta², the correlation ratio) for numeric variables and Cramér's V for categorical
 * ones: both lie in [0, 1] and coincide for a binary variable (X²/N = eta² of its 0/1 indicator), so a
 * rating and a role mix are ranked on one scale. Significant variables come first, then by strength.
 * Reference: Cramér (1946) §21.9; Pearson's correlation ratio (Kelley 1935).
 * Complexity: O(m log m) for m variables.
 *
 * @example
 * rankDifferentiators(variables, 'holm', 0.05)[0].rank; // 1 for the strongest significant variable
 */
import { adjustPValues, type AdjustmentMethod } from '../stats/adjust/p-adjust.js';
import type { VariableResult } from './profile-types.js';

export function rankDifferentiators(variables: readonly VariableResult[], adjustment: AdjustmentMethod, alpha: number): VariableResult[] {
  const adjusted = adjustPValues(variables.map((v) => v.pValue), adjustment);
  const withP = variables.map((v, i) => {
    const adjustedPValue = adjusted[i] ?? null;
    return { ...v, adjustedPValue, significant: adjustedPValue !== null && adjustedPValue < alpha };
  });
  const order = withP
    .map((v, i) => ({ v, i }))
    .filter(({ v }) => v.strength !== null && v.pValue !== null)
    .sort((a, b) => Number(b.v.significant) - Number(a.v.significant) || (b.v.strength ?? 0) - (a.v.strength ?? 0) || a.v.name.localeCompare(b.v.name));
  const ranks = new Map(order.map(({ i }, position) => [i, position + 1]));
  return withP.map((v, i) => ({ ...v, rank: ranks.get(i) ?? null }));
}
