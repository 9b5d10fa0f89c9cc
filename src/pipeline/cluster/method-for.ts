/**
 * Picks the prepared input of a method: k-means and Gaussian mixtures share the matrix preparation,
 * k-prototypes keeps categories as codes, latent class analysis takes every column as an item.
 */
import type { PrepColumn } from '../../core/prep/prep-column.js';
import { assertNever } from '../../lib/assert-never.js';
import type { Logger } from '../../lib/logger.js';
import type { ClusterMethod, QualityReport } from '../../spec/cluster-model.js';
import { gmmInput } from './method-gmm.js';
import type { MethodInput } from './method-input.js';
import { kmeansInput } from './method-kmeans.js';
import { kprototypesInput } from './method-kprototypes.js';
import { lcaInput } from './method-lca.js';

export interface MethodPrepareOptions {
  readonly weights?: Float64Array | undefined;
  readonly weightsColumn?: string | null;
  /** Survey-quality weight multiplier per row (0 excludes). */
  readonly multiplier?: Float64Array | undefined;
  readonly quality?: QualityReport | undefined;
  readonly logger?: Logger;
}

export function methodFor(method: ClusterMethod, columns: readonly PrepColumn[], options: MethodPrepareOptions = {}): MethodInput {
  const prep = { weights: options.weights, multiplier: options.multiplier, ...(options.logger ? { logger: options.logger } : {}) };
  const weightsColumn = options.weightsColumn ?? null;
  switch (method) {
    case 'kmeans': return kmeansInput(columns, prep, weightsColumn, options.quality);
    case 'gmm': return gmmInput(columns, prep, weightsColumn, options.quality);
    case 'kprototypes': return kprototypesInput(columns, prep, weightsColumn, options.quality);
    case 'lca': return lcaInput(columns, prep, weightsColumn, options.quality);
    default: return assertNever(method, 'method');
  }
}
