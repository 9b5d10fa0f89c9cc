/**
 * In-process scoring of a table with a scoring model: the reference the compiled SQL is tested against
 * (same segment, probability within 1e-9) and the engine of `segmap score` and of the universe
 * projection.
 *
 * Complexity: O(n·k·p).
 *
 * @example
 * const scored = scoreTable(model, table);
 * scored.segments[0];      // 'Pragmatists' (or 'unassigned' below model.unassignedBelow)
 * scored.probability[0];   // 0.83
 * @throws {InputError} naming every model input the table lacks
 */
import { predictBlocks } from '../../core/classify/predict-blocks.js';
import { unassignedSegment, type ScoringModel } from '../../spec/scoring-model.js';
import type { InputTable } from './input-table.js';
import { featureFiller, linearClassifier } from './model-features.js';

export interface ScoredTable {
  /** Winning segment index per row (−1 = unassigned). */
  readonly labels: Int32Array;
  /** Segment name per row ("unassigned" below the threshold), built on first use. */
  readonly segments: readonly string[];
  /** Probability of the winning segment per row. */
  readonly probability: Float64Array;
  /** All segment probabilities, n×k, when asked for. */
  readonly probabilities?: Float64Array;
}

export function scoreTable(model: ScoringModel, table: InputTable, options: { probabilities?: boolean } = {}): ScoredTable {
  const prediction = predictBlocks(linearClassifier(model), table.rows, featureFiller(model, table), options);
  const threshold = model.unassignedBelow;
  const labels = threshold === undefined ? prediction.labels : prediction.labels.map((label, i) => (prediction.confidence[i]! < threshold ? -1 : label));
  let segments: string[] | undefined;
  return {
    labels,
    // a million strings cost as much as the scoring; build them only for callers that want names
    get segments(): readonly string[] {
      segments ??= Array.from(labels, (label) => (label < 0 ? unassignedSegment : model.segments[label]!));
      return segments;
    },
    probability: prediction.confidence,
    ...(prediction.probabilities ? { probabilities: prediction.probabilities } : {}),
  };
}
