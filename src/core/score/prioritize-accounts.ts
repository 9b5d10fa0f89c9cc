/**
 * Account prioritization in one call: opportunity and position from the visible parts, the matrix
 * placement (cut points fitted on accounts with volume on file), tiers, deciles, call frequency and a
 * plain reason per account. The same call scores sites and, on rolled-up parts, health systems.
 *
 * Phases: 1 score parts → 2 place on the matrix → 3 explain.
 * Complexity: O(k n log n).
 *
 * @example
 * const result = prioritizeAccounts(parts, facts, options);
 * result.placement.counts; // { low_priority: 120, expansion: 61, maintain_monitor: 58, growth: 77 }
 */
import type { AccountParts, ReasonFacts } from './account-parts.js';
import { explainPlacements } from './explain-placement.js';
import { placeOnMatrix, type MatrixOptions, type MatrixPlacement } from './opportunity-matrix.js';
import { scoreAccounts, type AccountScores, type OpportunityWeights, type PositionWeights } from './score-accounts.js';

export interface PrioritizeOptions extends Omit<MatrixOptions, 'fitMask'> {
  readonly weights: OpportunityWeights;
  readonly positionWeights: PositionWeights;
}

export interface Prioritized {
  readonly scores: AccountScores;
  readonly placement: MatrixPlacement;
  readonly reasons: string[];
}

export function prioritizeAccounts(parts: AccountParts, facts: ReasonFacts, options: PrioritizeOptions): Prioritized {
  const withVolume = parts.hasVolume.reduce((s, v) => s + v, 0);
  const fitMask = withVolume > 1 ? parts.hasVolume : undefined;
  const scores = scoreAccounts(parts, options.weights, options.positionWeights, fitMask);
  const placement = placeOnMatrix(scores.opportunity, scores.position, { ...options, ...(fitMask ? { fitMask } : {}) });
  const reasons = explainPlacements(parts, facts, scores, placement.quadrant);
  return { scores, placement, reasons };
}
