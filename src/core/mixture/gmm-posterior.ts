/**
 * Responsibilities (posterior component probabilities) of every row under fixed mixture
 * parameters, and the weighted log-likelihood Σ_i w_i log p(x_i): the final E-step of `fitGmm`
 * and the scoring step of `predictGmm`. Equals scikit-learn's `predict_proba(X)` and
 * `score(X) · n` (for unit weights).
 *
 * Reference: scikit-learn 1.2 `BaseMixture.predict_proba`, `score_samples`.
 * Complexity: O(n k d²) full, O(n k d) diag.
 *
 * @example
 * const { posterior, logLikelihood } = gmmPosterior(x, gaussianComponents(params), null);
 * posterior[i * k + c];   // P(component c | row i)
 */
import type { Matrix } from '../matrix/matrix.js';
import type { GaussianComponents } from './gaussian-components.js';
import { blockLogJoint, createBlock, normalizeBlockRow } from './gmm-block.js';

export interface GmmPosterior {
  /** n × k, row-major. */
  readonly posterior: Float64Array;
  /** Σ_i w_i log p(x_i). */
  readonly logLikelihood: number;
}

export function gmmPosterior(x: Matrix, comps: GaussianComponents, rowWeight: Float64Array | null): GmmPosterior {
  const { k } = comps;
  const posterior = new Float64Array(x.rows * k);
  const block = createBlock(k, comps.d);
  const { joint, size } = block;
  let logLikelihood = 0;
  for (let from = 0; from < x.rows; from += size) {
    const count = Math.min(size, x.rows - from);
    blockLogJoint(x.data, from, count, comps, block);
    for (let t = 0; t < count; t++) {
      const density = normalizeBlockRow(block, t);
      const w = rowWeight === null ? 1 : rowWeight[from + t]!;
      if (w !== 0) logLikelihood += w * density;
      for (let c = 0; c < k; c++) posterior[(from + t) * k + c] = joint[c * size + t]!;
    }
  }
  return { posterior, logLikelihood };
}
