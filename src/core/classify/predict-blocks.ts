/**
 * Scores many rows without materialising an n×p feature matrix: features are produced block by block
 * (`blockRows` rows at a time, feature-major so the filler writes each input column contiguously) by a
 * caller-supplied filler — which applies the model's input transforms — straight into WebAssembly memory,
 * and each block is scored there while its features are still in cache (assembly/score.ts: linear
 * scores, winner, softmax and outputs, two rows per SIMD operation; ./score-memory.ts holds the arrays).
 * This is the in-process scorer behind `segmap score`, the typing API and the projection; it adds in the
 * same order as the compiled SQL (intercept, then features left to right) and applies the same clamp
 * before exp, so the SQL's numbers agree with it to an ulp or two (the equivalence tests require 1e-9).
 *
 * Reference: as ./linear-classifier.ts; blocking as in any cache-aware GEMM.
 * Complexity: O(n·k·p) time, O(n·k) memory for the outputs plus O(blockRows·(p + k)) scratch.
 *
 * @example
 * const out = predictBlocks(model, n, (start, count, buffer, stride) => { ... fill count rows × p features ... });
 * out.labels[0]; out.confidence[0];
 */
import type { LinearClassifier } from './linear-classifier.js';
import { blockRows, chunkRows, scoreMemory, type ScoreMemory } from './score-memory.js';

export { blockRows };

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

/** Scores rows for one model, reusing one wasm memory across calls (the typing endpoint keeps one per model). */
export interface Scorer {
  readonly model: LinearClassifier;
  predict(n: number, fill: FeatureFiller, options?: { probabilities?: boolean }): BlockPrediction;
}

export function createScorer(model: LinearClassifier): Scorer {
  let memory: ScoreMemory | undefined;
  let busy = false;
  return {
    model,
    predict: (n, fill, options = {}) => {
      // a filler that scores with this same scorer gets a memory of its own rather than overwriting ours
      if (busy) return predictInto(model, scoreMemory(model), n, fill, options);
      busy = true;
      try {
        memory ??= scoreMemory(model);
        return predictInto(model, memory, n, fill, options);
      } finally {
        busy = false;
      }
    },
  };
}

/** One-off scoring (a fresh memory, about 90 µs); use `createScorer` to score many times. */
export function predictBlocks(model: LinearClassifier, n: number, fill: FeatureFiller, options: { probabilities?: boolean } = {}): BlockPrediction {
  return predictInto(model, scoreMemory(model), n, fill, options);
}

function predictInto(model: LinearClassifier, memory: ScoreMemory, n: number, fill: FeatureFiller, options: { probabilities?: boolean }): BlockPrediction {
  const k = model.k;
  const labels = new Int32Array(n);
  const confidence = new Float64Array(n);
  const probabilities = options.probabilities ? new Float64Array(n * k) : undefined;
  const out = memory.arrays;
  for (let start = 0; start < n; start += chunkRows) {
    const count = Math.min(chunkRows, n - start);
    scoreChunk(model, memory, fill, start, count, probabilities !== undefined);
    labels.set(out.labels.subarray(0, count), start);
    confidence.set(out.confidence.subarray(0, count), start);
    probabilities?.set(out.probabilities.subarray(0, count * k), start * k);
  }
  return probabilities ? { labels, confidence, probabilities } : { labels, confidence };
}

/** Rows [first, first + count) into the memory's outputs from slot 0, one block at a time. */
function scoreChunk(model: LinearClassifier, memory: ScoreMemory, fill: FeatureFiller, first: number, count: number, withProbabilities: boolean): void {
  const { k, p } = model;
  const { block, scores, coefficients, intercepts, labels, confidence, probabilities } = memory.arrays;
  const scoreBlock = memory.call.scoreBlock;
  const flag = withProbabilities ? 1 : 0;
  for (let done = 0; done < count; done += blockRows) {
    const rows = Math.min(blockRows, count - done);
    fill(first + done, rows, block, blockRows);
    scoreBlock(
      block.byteOffset, blockRows, rows, k, p, coefficients.byteOffset, intercepts.byteOffset, scores.byteOffset,
      labels.byteOffset + 4 * done, confidence.byteOffset + 8 * done, probabilities.byteOffset + 8 * k * done, flag,
    );
  }
}
