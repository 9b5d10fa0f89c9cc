/**
 * How well predicted segments match true ones: confusion matrix, accuracy, per-segment recall and
 * precision, and a reliability (calibration) table of the winning probability. Used for the typing
 * tool's accuracy-by-questions table and the projection report.
 *
 * Reference: Sokolova & Lapalme (2009), "A systematic analysis of performance measures for
 * classification tasks", Inf. Process. Manage. 45:427; DeGroot & Fienberg (1983) for reliability tables.
 * Complexity: O(n + k²).
 *
 * @example
 * const m = confusionMatrix(Int32Array.of(0, 1, 1), Int32Array.of(0, 1, 0), 2);   // [[1, 0], [1, 1]]
 * recall(m, 2);   // [1, 0.5]
 */

/** Counts, row-major k×k: row = true segment, column = predicted segment. */
export function confusionMatrix(truth: Int32Array, predicted: Int32Array, k: number): Int32Array {
  const m = new Int32Array(k * k);
  for (let i = 0; i < truth.length; i++) m[truth[i]! * k + predicted[i]!]! += 1;
  return m;
}

export function accuracy(m: Int32Array, k: number): number {
  let hit = 0;
  let all = 0;
  for (let a = 0; a < k; a++) {
    hit += m[a * k + a]!;
    for (let b = 0; b < k; b++) all += m[a * k + b]!;
  }
  return all === 0 ? 0 : hit / all;
}

/** Share of each true segment predicted as itself (NaN for a segment with no rows). */
export function recall(m: Int32Array, k: number): Float64Array {
  return Float64Array.from({ length: k }, (_, a) => {
    let row = 0;
    for (let b = 0; b < k; b++) row += m[a * k + b]!;
    return row === 0 ? Number.NaN : m[a * k + a]! / row;
  });
}

/** Share of each predicted segment that is truly that segment (NaN when never predicted). */
export function precision(m: Int32Array, k: number): Float64Array {
  return Float64Array.from({ length: k }, (_, b) => {
    let column = 0;
    for (let a = 0; a < k; a++) column += m[a * k + b]!;
    return column === 0 ? Number.NaN : m[b * k + b]! / column;
  });
}

export interface CalibrationBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
  /** Mean winning probability in the bin. */
  readonly meanProbability: number;
  /** Share of the bin's rows whose winner was right. */
  readonly observedAccuracy: number;
}

/**
 * Reliability table of the winning probability in `bins` equal-width bins over [1/k, 1] (the winner's
 * probability cannot be lower), plus the expected calibration error (count-weighted |gap|).
 */
export function calibration(confidence: Float64Array, correct: Uint8Array, k: number, bins = 10): { bins: CalibrationBin[]; expectedError: number } {
  const low = 1 / k;
  const width = (1 - low) / bins;
  const count = new Float64Array(bins);
  const sumP = new Float64Array(bins);
  const hits = new Float64Array(bins);
  for (let i = 0; i < confidence.length; i++) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor((confidence[i]! - low) / width)));
    count[b]! += 1;
    sumP[b]! += confidence[i]!;
    hits[b]! += correct[i]!;
  }
  let error = 0;
  const out: CalibrationBin[] = [];
  for (let b = 0; b < bins; b++) {
    const n = count[b]!;
    const meanProbability = n ? sumP[b]! / n : Number.NaN;
    const observedAccuracy = n ? hits[b]! / n : Number.NaN;
    if (n) error += (n / confidence.length) * Math.abs(meanProbability - observedAccuracy);
    out.push({ from: low + b * width, to: low + (b + 1) * width, count: n, meanProbability, observedAccuracy });
  }
  return { bins: out, expectedError: error };
}
