/**
 * Where "high" starts on one axis of the opportunity matrix, found from the data: natural breaks (the
 * two-class Jenks split), a two-component Gaussian mixture (equal-posterior point), or a plain quantile
 * (the median by default). A value is high when it is strictly above `threshold`.
 *
 * Why three: natural breaks puts the cut in the widest gap and suits skewed, lumpy scores; the mixture
 * suits two overlapping bell-shaped populations; the quantile is the simple, explainable option and
 * guarantees a fixed share of "high" accounts.
 * Complexity: O(n log n) (Jenks with k = 2 is a single scan after sorting); the mixture adds O(n) per EM step.
 *
 * @example
 * cutPoint(Float64Array.of(1, 2, 3, 10, 11), 'jenks').threshold; // 3
 */
import { assertNever } from '../../lib/assert-never.js';
import { jenksBreaks } from './jenks-breaks.js';
import { quantile } from './quantile.js';
import { twoGaussianMixture } from './two-gaussian-mixture.js';

export type CutMethod = 'jenks' | 'mixture' | 'quantile';

export interface CutPoint {
  readonly method: CutMethod;
  readonly threshold: number;
  /** How many values lie above the threshold. */
  readonly high: number;
  /** Goodness of variance fit of the two classes (jenks), or the mixture's means and weights. */
  readonly detail: Readonly<Record<string, number>>;
}

export interface CutOptions {
  /** The quantile for method 'quantile' (default 0.5). */
  readonly q?: number;
}

export function cutPoint(values: Float64Array, method: CutMethod, options: CutOptions = {}): CutPoint {
  if (values.length === 0) return { method, threshold: 0, high: 0, detail: {} };
  const { threshold, detail } = findThreshold(values, method, options);
  let high = 0;
  for (let i = 0; i < values.length; i++) if ((values[i] as number) > threshold) high++;
  return { method, threshold, high, detail };
}

function findThreshold(values: Float64Array, method: CutMethod, options: CutOptions): { threshold: number; detail: Record<string, number> } {
  switch (method) {
    case 'jenks': {
      const fit = jenksBreaks(values, 2);
      // one distinct value: nothing is high
      return { threshold: fit.breaks[0] ?? (values.reduce((a, b) => Math.max(a, b), -Infinity)), detail: { gvf: fit.gvf } };
    }
    case 'mixture': {
      if (values.length < 2) return findThreshold(values, 'jenks', options);
      const fit = twoGaussianMixture(values);
      return {
        threshold: fit.cut,
        detail: { lowMean: fit.means[0], highMean: fit.means[1], highWeight: fit.weights[1], logLikelihood: fit.logLikelihood },
      };
    }
    case 'quantile': {
      const q = options.q ?? 0.5;
      return { threshold: quantile(values, q), detail: { q } };
    }
    default:
      return assertNever(method, 'cut method');
  }
}
