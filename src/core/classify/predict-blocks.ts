/**
 * Scores many rows without materialising an n×p feature matrix: features are produced block by block
 * (`blockRows` rows at a time, feature-major so the filler writes each input column contiguously) by a
 * caller-supplied filler — which applies the model's input transforms — and each block is scored while
 * its features are still in cache. This is the in-process scorer behind `segmap score`, the typing API
 * and the projection; it adds in the same order as the compiled SQL (intercept, then features left to
 * right) and applies the same clamp before exp.
 *
 * Per block, every pass runs over the block's rows for one segment at a time (contiguous, no per-row
 * closures or allocations): linear scores four rows at a time (one coefficient load serves four rows),
 * the winner, one exp pass (./exp-non-positive.ts: the arguments are ≤ 0), then labels, the winner's
 * probability and, when asked, all probabilities into preallocated outputs.
 *
 * Reference: as ./linear-classifier.ts; blocking as in any cache-aware GEMM.
 * Complexity: O(n·k·p) time, O(block·(p + k)) extra memory.
 *
 * @example
 * const out = predictBlocks(model, n, (start, count, buffer, stride) => { ... fill count rows × p features ... });
 * out.labels[0]; out.confidence[0];
 */
import type { LinearClassifier } from './linear-classifier.js';
import { expNonPositive } from './exp-non-positive.js';
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
 * Linear scores of one block, segment-major: out[c·blockRows + r]. Two segments × four rows per pass, so
 * each feature value loaded serves two scores and each coefficient four; every row's sum runs intercept
 * first, then features in order. `buffer` is feature-major with stride blockRows.
 */
function blockScores(model: LinearClassifier, buffer: Float64Array, count: number, out: Float64Array): void {
  const { k, p, intercepts, coefficients } = model;
  const stride = blockRows; // a local: V8 reloads module bindings inside hot loops
  let c = 0;
  for (; c + 2 <= k; c += 2) {
    const w0 = c * p;
    const w1 = w0 + p;
    const b0 = intercepts[c]!;
    const b1 = intercepts[c + 1]!;
    const o0 = c * stride;
    const o1 = o0 + stride;
    let r = 0;
    for (; r + 4 <= count; r += 4) {
      let s0 = b0;
      let s1 = b0;
      let s2 = b0;
      let s3 = b0;
      let t0 = b1;
      let t1 = b1;
      let t2 = b1;
      let t3 = b1;
      for (let j = 0, at = r; j < p; j++, at += stride) {
        const f = coefficients[w0 + j]!;
        const g = coefficients[w1 + j]!;
        const x0 = buffer[at]!;
        const x1 = buffer[at + 1]!;
        const x2 = buffer[at + 2]!;
        const x3 = buffer[at + 3]!;
        s0 += f * x0;
        s1 += f * x1;
        s2 += f * x2;
        s3 += f * x3;
        t0 += g * x0;
        t1 += g * x1;
        t2 += g * x2;
        t3 += g * x3;
      }
      out[o0 + r] = s0;
      out[o0 + r + 1] = s1;
      out[o0 + r + 2] = s2;
      out[o0 + r + 3] = s3;
      out[o1 + r] = t0;
      out[o1 + r + 1] = t1;
      out[o1 + r + 2] = t2;
      out[o1 + r + 3] = t3;
    }
    for (; r < count; r++) {
      out[o0 + r] = rowScore(coefficients, w0, b0, buffer, r, p);
      out[o1 + r] = rowScore(coefficients, w1, b1, buffer, r, p);
    }
  }
  for (; c < k; c++) {
    const w = c * p;
    const b = intercepts[c]!;
    const o = c * stride;
    let r = 0;
    for (; r + 4 <= count; r += 4) {
      let s0 = b;
      let s1 = b;
      let s2 = b;
      let s3 = b;
      for (let j = 0, at = r; j < p; j++, at += stride) {
        const f = coefficients[w + j]!;
        s0 += f * buffer[at]!;
        s1 += f * buffer[at + 1]!;
        s2 += f * buffer[at + 2]!;
        s3 += f * buffer[at + 3]!;
      }
      out[o + r] = s0;
      out[o + r + 1] = s1;
      out[o + r + 2] = s2;
      out[o + r + 3] = s3;
    }
    for (; r < count; r++) out[o + r] = rowScore(coefficients, w, b, buffer, r, p);
  }
}

/** One row's score for the segment whose coefficients start at w (the block's last rows). */
function rowScore(coefficients: Float64Array, w: number, intercept: number, buffer: Float64Array, r: number, p: number): number {
  let s = intercept;
  for (let j = 0, at = r; j < p; j++, at += blockRows) s += coefficients[w + j]! * buffer[at]!;
  return s;
}

/** Winner (first maximum), exp pass and outputs of one scored block; `scores` becomes the exps. */
function blockSoftmax(k: number, scores: Float64Array, count: number, start: number, work: BlockWork, out: Outputs): void {
  const stride = blockRows;
  const floor = minExponent;
  const { max, sum, best } = work;
  for (let r = 0; r < count; r++) {
    max[r] = scores[r]!;
    best[r] = 0;
    sum[r] = 0;
  }
  for (let c = 1; c < k; c++) {
    const o = c * stride;
    for (let r = 0; r < count; r++) {
      const v = scores[o + r]!;
      if (v > max[r]!) {
        max[r] = v;
        best[r] = c;
      }
    }
  }
  for (let c = 0; c < k; c++) {
    const o = c * stride;
    for (let r = 0; r < count; r++) {
      // the SQL's exp(greatest(z − m, −700)); the winner's term is exp(0) = 1 exactly
      const e = expNonPositive(Math.max(scores[o + r]! - max[r]!, floor));
      scores[o + r] = e;
      sum[r] = sum[r]! + e;
    }
  }
  const { labels, confidence, probabilities } = out;
  for (let r = 0; r < count; r++) {
    // the winner's probability is the SQL's 1 / Σ exp(…) exactly; the others are within an ulp of e / Σ
    const inverse = 1 / sum[r]!;
    sum[r] = inverse;
    labels[start + r] = best[r]!;
    confidence[start + r] = inverse;
  }
  if (!probabilities) return;
  // row by row, so the n×k output is written contiguously
  for (let r = 0, at = start * k; r < count; r++) {
    const inverse = sum[r]!;
    for (let c = 0, o = r; c < k; c++, o += stride, at++) probabilities[at] = scores[o]! * inverse;
  }
}

interface BlockWork {
  readonly max: Float64Array;
  readonly sum: Float64Array;
  readonly best: Int32Array;
}

interface Outputs {
  readonly labels: Int32Array;
  readonly confidence: Float64Array;
  readonly probabilities: Float64Array | undefined;
}

export function predictBlocks(model: LinearClassifier, n: number, fill: FeatureFiller, options: { probabilities?: boolean } = {}): BlockPrediction {
  const { k, p } = model;
  const out: Outputs = { labels: new Int32Array(n), confidence: new Float64Array(n), probabilities: options.probabilities ? new Float64Array(n * k) : undefined };
  const buffer = new Float64Array(blockRows * p);
  const scores = new Float64Array(blockRows * k);
  const work: BlockWork = { max: new Float64Array(blockRows), sum: new Float64Array(blockRows), best: new Int32Array(blockRows) };
  for (let start = 0; start < n; start += blockRows) {
    const count = Math.min(blockRows, n - start);
    fill(start, count, buffer, blockRows);
    blockScores(model, buffer, count, scores);
    blockSoftmax(k, scores, count, start, work, out);
  }
  const { labels, confidence, probabilities } = out;
  return probabilities ? { labels, confidence, probabilities } : { labels, confidence };
}
