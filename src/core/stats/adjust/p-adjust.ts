/**
 * Multiple-comparison control by name, so a profile states its method once ("holm" or "bh") and applies
 * it to every family of tests (../../profile).
 *
 * Reference: R `p.adjust(p, method = c("holm", "BH", "none"))`.
 * Complexity: O(m log m).
 *
 * @example
 * adjustPValues([0.01, null, 0.04], 'holm'); // [0.02, null, 0.04]
 */
import { assertNever } from '../../../lib/assert-never.js';
import { benjaminiHochberg } from './benjamini-hochberg.js';
import { holm } from './holm.js';

export const adjustmentMethods = ['holm', 'bh', 'none'] as const;
export type AdjustmentMethod = (typeof adjustmentMethods)[number];

export function adjustPValues(pValues: readonly (number | null)[], method: AdjustmentMethod): (number | null)[] {
  switch (method) {
    case 'holm':
      return holm(pValues);
    case 'bh':
      return benjaminiHochberg(pValues);
    case 'none':
      return [...pValues];
    default:
      return assertNever(method, 'adjustment method');
  }
}
