/**
 * The response patterns of a latent class regression regrouped by answers alone (its patterns
 * also split rows by covariate values). poLCA's G² and X² compare observed and expected counts of
 * answer patterns, the expected ones from the class shares P, so they are computed on this view.
 *
 * Complexity: O(P · J).
 *
 * @example
 * const view = regroupByItems(data);
 * view.patterns <= data.patterns;   // true
 */
import { compressPatterns } from './compress-patterns.js';
import type { LcaData } from './lca-data.js';
import { patternCellLists } from './lca-data.js';

export function regroupByItems(data: LcaData): LcaData {
  if (data.patternCovariates === null) return data;
  const all = new Uint8Array(data.patterns).fill(1);
  const grouped = compressPatterns(data.patternCodes, data.items, all, data.patternWeight);
  const cells = patternCellLists(grouped.codes, grouped.count, data.items, data.cellOffset);
  return {
    ...data,
    patterns: grouped.count,
    patternCodes: grouped.codes,
    ...cells,
    patternWeight: grouped.weight,
    covariateColumns: 1,
    patternCovariates: null,
  };
}
