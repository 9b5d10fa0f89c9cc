/**
 * Scores many rows without materialising an n×p feature matrix: features are produced block by block
 * (4,096 rows at a time) by a caller-supplied filler — which applies the model's input transforms — and
 * each row's k linear scores, softmax, winner and winning probability are computed while its features
 * are still in cache. This is the in-process scorer behind `segmap score` and the projection; it adds
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

/** Writes features of rows [start, start+count) into `out` (row-major count×p). */
export type FeatureFiller = (start: number, count: number, out: Float64Array) => void;

export interface BlockPrediction {
  readonly labels: Int32Array;
  readonly confidence: Float64Array;
  /** n×k probabilities, only when asked for. */
  readonly probabilities?: Float64Array;
}

/** Rows per block: 512 rows × p features stay in L2 cache while they are scored. */
export const blockRows = 512;

export function predictBlocks(model: LinearClassifier, n: number, fill: FeatureFiller, options: { probabilities?: boolean } = {}): BlockPrediction {
  const { k, p, intercepts, coefficients } = model;
  const labels = new Int32Array(n);
  const confidence = new Float64Array(n);
  const probabilities = options.probabilities ? new Float64Array(n * k) : undefined;
  const buffer = new Float64Array(blockRows * p);
  const z = new Float64Array(k);
  for (let start = 0; start < n; start += blockRows) {
    const count = Math.min(blockRows, n - start);
    fill(start, count, buffer);
    for (let r = 0; r < count; r++) {
      const row = r * p;
      // four classes per pass over the features: each feature value is loaded once per four scores
      let c = 0;
      for (; c + 4 <= k; c += 4) {
        const w0 = c * p;
        const w1 = w0 + p;
        const w2 = w1 + p;
        const w3 = w2 + p;
        let s0 = intercepts[c]!;
        let s1 = intercepts[c + 1]!;
        let s2 = intercepts[c + 2]!;
        let s3 = intercepts[c + 3]!;
        for (let j = 0; j < p; j++) {
          const f = buffer[row + j]!;
          s0 += coefficients[w0 + j]! * f;
          s1 += coefficients[w1 + j]! * f;
          s2 += coefficients[w2 + j]! * f;
          s3 += coefficients[w3 + j]! * f;
        }
        z[c] = s0;
        z[c + 1] = s1;
        z[c + 2] = s2;
        z[c + 3] = s3;
      }
      for (; c < k; c++) {
        const w = c * p;
        let s = intercepts[c]!;
        for (let j = 0; j < p; j++) s += coefficients[w + j]! * buffer[row + j]!;
        z[c] = s;
      }
      let best = 0;
      let max = z[0]!;
      for (let c2 = 1; c2 < k; c2++) {
        if (z[c2]! > max) {
          max = z[c2]!;
          best = c2;
        }
      }
      let sum = 0;
      for (let c = 0; c < k; c++) {
        const e = Math.exp(Math.max(z[c]! - max, minExponent));
        z[c] = e;
        sum += e;
      }
      const i = start + r;
      labels[i] = best;
      confidence[i] = 1 / sum;
      if (probabilities) for (let c = 0; c < k; c++) probabilities[i * k + c] = z[c]! / sum;
    }
  }
  return probabilities ? { labels, confidence, probabilities } : { labels, confidence };
}
