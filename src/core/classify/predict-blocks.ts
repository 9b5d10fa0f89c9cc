/**
 * Scores many rows without materialising an n×p feature matrix: features are produced block by block
 * (`blockRows` rows at a time, feature-major so the filler writes each input column contiguously) by a
 * caller-supplied filler — which applies the model's input transforms — and each row's k linear scores,
 * softmax, winner and winning probability are computed while its features are still in cache. This is the in-process scorer behind `segmap score` and the projection; it adds
 * in the same order as the compiled SQL (intercept, then features left to right).
 *
 * Reference: as ./linear-classifier.ts; blocking as in any cache-aware GEMV.
 * Complexity: O(n·k·p) time, O(block·p + k) extra memory.
 *
 * @example
 * const out = predictBlocks(model, n, (start, count, buffer) => { ... fill count×p features ... });
 * out.labels[0]; out.confidence[0];
 */
import type { LinearClassifier } from './linear-classifier.js';
import { minExponent } from './softmax.js';

/**
 * Writes features of rows [start, start+count) into `out`, feature-major: feature j of the block's row r
 * goes to out[j * stride + r].
 */
export type FeatureFiller = (start: number, count: number, out: Float64Array, stride: number) => void;

export interface BlockPrediction {
  readonly labels: Int32Array;
  readonly confidence: Float64Array;
  /** n×k probabilities, only when asked for. */
  readonly probabilities?: Float64Array;
}

/** Rows per block: 128 rows × p features stay in L1/L2 cache while they are scored. */
export const blockRows = 128;

/**
 * Linear scores of one block, four segments per pass over each row's features (each feature value is
 * loaded once per four scores). `buffer` is feature-major with stride blockRows; `out` is row-major count×k.
 */
function blockScores(model: LinearClassifier, buffer: Float64Array, count: number, out: Float64Array): void {
  const { k, p, intercepts, coefficients } = model;
  const stride = blockRows; // a local: V8 reloads module bindings inside hot loops
  let c = 0;
  for (; c + 4 <= k; c += 4) {
    const w0 = c * p;
    const w1 = w0 + p;
    const w2 = w1 + p;
    const w3 = w2 + p;
    for (let r = 0; r < count; r++) {
      let s0 = intercepts[c]!;
      let s1 = intercepts[c + 1]!;
      let s2 = intercepts[c + 2]!;
      let s3 = intercepts[c + 3]!;
      for (let j = 0, at = r; j < p; j++, at += stride) {
        const f = buffer[at]!;
        s0 += coefficients[w0 + j]! * f;
        s1 += coefficients[w1 + j]! * f;
        s2 += coefficients[w2 + j]! * f;
        s3 += coefficients[w3 + j]! * f;
      }
      const o = r * k + c;
      out[o] = s0;
      out[o + 1] = s1;
      out[o + 2] = s2;
      out[o + 3] = s3;
    }
  }
  for (; c < k; c++) {
    const w = c * p;
    for (let r = 0; r < count; r++) {
      let s = intercepts[c]!;
      for (let j = 0, at = r; j < p; j++, at += stride) s += coefficients[w + j]! * buffer[at]!;
      out[r * k + c] = s;
    }
  }
}

export function predictBlocks(model: LinearClassifier, n: number, fill: FeatureFiller, options: { probabilities?: boolean } = {}): BlockPrediction {
  const { k, p } = model;
  const labels = new Int32Array(n);
  const confidence = new Float64Array(n);
  const probabilities = options.probabilities ? new Float64Array(n * k) : undefined;
  const buffer = new Float64Array(blockRows * p);
  const scores = new Float64Array(blockRows * k);
  const floor = minExponent;
  for (let start = 0; start < n; start += blockRows) {
    const count = Math.min(blockRows, n - start);
    fill(start, count, buffer, blockRows);
    blockScores(model, buffer, count, scores);
    for (let r = 0; r < count; r++) {
      const o = r * k;
      let best = 0;
      let max = scores[o]!;
      for (let c = 1; c < k; c++) {
        const v = scores[o + c]!;
        // written as selects, not a branch: which segment wins is unpredictable row to row
        const higher = v > max;
        best = higher ? c : best;
        max = higher ? v : max;
      }
      let sum = 0;
      for (let c = 0; c < k; c++) {
        const e = Math.exp(Math.max(scores[o + c]! - max, floor));
        scores[o + c] = e;
        sum += e;
      }
      const i = start + r;
      labels[i] = best;
      confidence[i] = scores[o + best]! / sum;
      if (probabilities) for (let c = 0; c < k; c++) probabilities[i * k + c] = scores[o + c]! / sum;
    }
  }
  return probabilities ? { labels, confidence, probabilities } : { labels, confidence };
}
