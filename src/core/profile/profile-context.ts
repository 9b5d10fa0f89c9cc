/**
 * What every per-variable profiler shares: the segments, the weights and how they enter the tests, the
 * significance settings, the column letters, and where warnings go. Resolved once by `profile()`.
 */
import type { Logger } from '../../lib/logger.js';
import type { Rng } from '../random/rng.js';
import type { AdjustmentMethod } from '../stats/adjust/p-adjust.js';
import type { WeightMode } from '../stats/weights/weight-mode.js';

export interface ProfileContext {
  readonly segments: Int32Array;
  readonly k: number;
  readonly names: readonly string[];
  readonly letters: readonly string[];
  /** The weights the tests use (undefined when unweighted). */
  readonly weights: Float64Array | undefined;
  readonly mode: WeightMode;
  readonly alpha: number;
  readonly adjustment: AdjustmentMethod;
  readonly rng: Rng;
  readonly replicates: number;
  readonly exactBudget: number;
  readonly logger: Logger;
  /** Rows with a segment (and a positive weight), to count missing answers per variable. */
  readonly segmentedRows: number;
  /** Rows per segment (0 for an empty segment). */
  readonly segmentCounts: readonly number[];
}

/** x when finite, otherwise null: results never carry NaN or ±Infinity. */
export const finiteOrNull = (x: number | null | undefined): number | null => (x !== null && x !== undefined && Number.isFinite(x) ? x : null);
