/**
 * The working memory of block scoring (assembly/score.ts): a model's coefficients, one feature block and
 * its scores, and the outputs (labels, winner's probability, all probabilities) of one chunk of
 * `chunkRows` rows, all inside one WebAssembly instance's memory. Scoring copies each chunk's outputs out
 * (about 3 % of the time at 1M rows), so the memory is small, the same for any n, and reusable.
 *
 * A memory is made for one model and reused for every call of its `Scorer` (./predict-blocks.ts): a
 * new instance costs about 90 µs (V8 reserves address space for every wasm memory), ten times the whole
 * scoring of one row, and the typing endpoint scores one row per request.
 *
 * Complexity: O(k·p + blockRows·(p + k) + chunkRows·(k + 2)) memory.
 *
 * @example
 * const memory = scoreMemory(model);   // coefficients loaded; memory.arrays.block is the feature block
 */
import type { LinearClassifier } from './linear-classifier.js';
import { scoreWasm } from '../wasm/generated/score.js';
import { instantiateKernel, type Kernel, type LayoutPlan } from '../wasm/instantiate.js';

/** Rows per block: 128 rows × p features stay in L1 cache while every segment is scored. */
export const blockRows = 128;

/** Rows whose outputs the memory holds before they are copied out. */
export const chunkRows = 4096;

export interface ScoreArrays {
  /** k × p coefficients, row-major. */
  readonly coefficients: Float64Array;
  readonly intercepts: Float64Array;
  /** blockRows × p, feature-major: feature j of the block's row r at j·blockRows + r. */
  readonly block: Float64Array;
  /** k × blockRows, segment-major. */
  readonly scores: Float64Array;
  readonly labels: Int32Array;
  readonly confidence: Float64Array;
  /** chunkRows × k, row-major. */
  readonly probabilities: Float64Array;
}

export type ScoreMemory = Kernel<'scoreBlock', ScoreArrays>;

/** A memory sized for the model, holding its coefficients. */
export function scoreMemory(model: LinearClassifier): ScoreMemory {
  const { k, p } = model;
  const layout = (plan: LayoutPlan): ScoreArrays => ({
    coefficients: plan.f64(k * p),
    intercepts: plan.f64(k),
    block: plan.f64(blockRows * p),
    scores: plan.f64(blockRows * k),
    labels: plan.i32(chunkRows),
    confidence: plan.f64(chunkRows),
    probabilities: plan.f64(chunkRows * k),
  });
  const kernel = instantiateKernel(scoreWasm, ['scoreBlock'], layout);
  // a few MB at most even for thousands of features; an engine that cannot give that cannot score
  if (kernel === undefined) throw new RangeError(`no WebAssembly memory for scoring ${k} segments × ${p} features`);
  kernel.arrays.coefficients.set(model.coefficients.subarray(0, k * p));
  kernel.arrays.intercepts.set(model.intercepts.subarray(0, k));
  return kernel;
}
