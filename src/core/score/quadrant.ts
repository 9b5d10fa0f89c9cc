/**
 * The four quadrants of the opportunity matrix: opportunity (vertical) against current position — share
 * and relationship — (horizontal).
 *
 *                      low position          high position
 *   high opportunity   growth                expansion
 *                      (high risk, reward)   (leverage relationships)
 *   low opportunity    low_priority          maintain_monitor
 *                                            (high share to defend)
 *
 * Ids are those of the demo's planted truth and of the `quadrant` memberships rules can refer to.
 * Complexity: O(n).
 *
 * @example
 * placeQuadrants(Float64Array.of(80, 10), Float64Array.of(0.1, 0.9), 50, 0.5); // Int8Array [3, 2]: growth, maintain_monitor
 */
export const quadrantIds = ['low_priority', 'expansion', 'maintain_monitor', 'growth'] as const;
export type QuadrantId = (typeof quadrantIds)[number];

/** Human labels, for charts and reasons. */
export const quadrantLabels: Readonly<Record<QuadrantId, string>> = {
  low_priority: 'low priority',
  expansion: 'expansion',
  maintain_monitor: 'maintain / monitor',
  growth: 'growth',
};

export const quadrantOf = (highOpportunity: boolean, highPosition: boolean): QuadrantId =>
  highOpportunity ? (highPosition ? 'expansion' : 'growth') : highPosition ? 'maintain_monitor' : 'low_priority';

/** Index into `quadrantIds` per account; high means strictly above the threshold. */
export function placeQuadrants(opportunity: Float64Array, position: Float64Array, opportunityCut: number, positionCut: number): Int8Array {
  const out = new Int8Array(opportunity.length);
  for (let i = 0; i < opportunity.length; i++) {
    const q = quadrantOf((opportunity[i] as number) > opportunityCut, (position[i] as number) > positionCut);
    out[i] = quadrantIds.indexOf(q);
  }
  return out;
}
