/**
 * The iteration loop shared by the bound-keeping k-means variants (Elkan, Hamerly): assign (a full pass
 * when the bounds cannot be trusted, otherwise the variant's bounded pass), relocate empty clusters, move
 * the centres, stop on no change or a small shift, then finish with the centres recomputed from scratch
 * (after a no-change stop) or one more assignment (after a shift stop) so labels and centres agree.
 * The variants differ only in their passes and in what they do after the centres move.
 */
import { clusterSums, inertiaOf, moveCentres, relocateEmptyClusters } from './centre-update.js';
import type { KMeansRun } from './kmeans-run.js';

export interface BoundedState {
  readonly data: Float64Array;
  readonly n: number;
  readonly d: number;
  readonly k: number;
  readonly weights: Float64Array | undefined;
  centres: Float64Array;
  readonly labels: Int32Array;
  readonly sums: Float64Array;
  readonly clusterWeights: Float64Array;
  readonly shift: Float64Array;
}

export interface BoundedPasses<S extends BoundedState> {
  /** The first iteration's assignment; returns how many rows changed cluster. */
  readonly first: (state: S) => number;
  readonly full: (state: S) => number;
  readonly bounded: (state: S) => number;
  /** After the centres moved by `state.shift` (e.g. accumulate drift). */
  readonly afterMove?: (state: S) => void;
  /** Sums and weights from scratch (default: centre-update.ts's `clusterSums`). */
  readonly sums?: (state: S) => void;
  /** The final inertia (default: centre-update.ts's `inertiaOf`). */
  readonly inertia?: (state: S) => number;
  /** Where the moved centres go (swapped with `state.centres` every iteration); made here when absent. */
  readonly spareCentres?: Float64Array;
}

export function iterateBounded<S extends BoundedState>(state: S, passes: BoundedPasses<S>, maxIterations: number, tol: number): KMeansRun {
  const { data, n, d, k } = state;
  let next: Float64Array = passes.spareCentres ?? new Float64Array(k * d);
  let needFullPass = true;
  let strict = false;
  let converged = false;
  let iteration = 0;
  while (iteration < maxIterations) {
    iteration++;
    const changed = iteration === 1 ? passes.first(state) : needFullPass ? passes.full(state) : passes.bounded(state);
    needFullPass = relocateEmptyClusters(data, n, d, k, state.labels, state.weights, state.centres, state.sums, state.clusterWeights) > 0;
    const shiftTotal = moveCentres(state.sums, state.clusterWeights, state.centres, next, state.shift, k, d);
    [state.centres, next] = [next, state.centres];
    passes.afterMove?.(state);
    if (iteration > 1 && changed === 0) {
      strict = true;
      converged = true;
      break;
    }
    if (shiftTotal <= tol) {
      converged = true;
      break;
    }
  }
  if (strict) {
    // recompute the centres from scratch so no rounding from incremental updates is left in them
    if (passes.sums) passes.sums(state);
    else clusterSums(data, n, d, state.labels, state.weights, state.sums, state.clusterWeights);
    moveCentres(state.sums, state.clusterWeights, state.centres, next, state.shift, k, d);
    state.centres = next;
  } else if (needFullPass) {
    passes.full(state);
  } else {
    passes.bounded(state);
  }
  const { labels, centres } = state;
  const inertia = passes.inertia ? passes.inertia(state) : inertiaOf(data, n, d, labels, state.weights, centres);
  return { labels, centres, inertia, iterations: iteration, converged };
}
