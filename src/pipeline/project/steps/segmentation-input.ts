/**
 * Prepares columns for one clustering method with the project's missing-value handling: k-means,
 * Gaussian mixtures and k-prototypes share the matrix preparation (listwise deletion or the weighted
 * mean), latent class analysis takes the columns as items and handles missing answers itself. The same
 * preparations `segmap cluster` and the demo use (pipeline/cluster/method-*.ts).
 *
 * @example const input = segmentationInput('kmeans', columns, { missing: 'mean', weightsColumn: null });
 */
import type { PrepColumn } from '../../../core/prep/prep-column.js';
import { assertNever } from '../../../lib/assert-never.js';
import type { Logger } from '../../../lib/logger.js';
import type { ClusterMethod, QualityReport } from '../../../spec/cluster-model.js';
import { gmmInput } from '../../cluster/method-gmm.js';
import type { MethodInput } from '../../cluster/method-input.js';
import { kmeansInput } from '../../cluster/method-kmeans.js';
import { kprototypesInput } from '../../cluster/method-kprototypes.js';
import { lcaInput } from '../../cluster/method-lca.js';

export interface SegmentationInputOptions {
  readonly missing: 'listwise' | 'mean';
  readonly weights?: Float64Array | undefined;
  readonly weightsColumn: string | null;
  /** Survey-quality multiplier per row (0 excludes). */
  readonly multiplier?: Float64Array | undefined;
  readonly quality?: QualityReport | undefined;
  readonly logger?: Logger;
}

export function segmentationInput(method: ClusterMethod, columns: readonly PrepColumn[], o: SegmentationInputOptions): MethodInput {
  const prep = { missing: o.missing, weights: o.weights, multiplier: o.multiplier, ...(o.logger ? { logger: o.logger } : {}) };
  switch (method) {
    case 'kmeans': return kmeansInput(columns, prep, o.weightsColumn, o.quality);
    case 'gmm': return gmmInput(columns, prep, o.weightsColumn, o.quality);
    case 'kprototypes': return kprototypesInput(columns, prep, o.weightsColumn, o.quality);
    case 'lca': return lcaInput(columns, { weights: o.weights, multiplier: o.multiplier, ...(o.logger ? { logger: o.logger } : {}) }, o.weightsColumn, o.quality);
    default: return assertNever(method, 'method');
  }
}
