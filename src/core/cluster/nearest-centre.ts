/**
 * Assignment step: the nearest centre of every row (ties go to the lower index, as in scikit-learn),
 * optionally with the squared distance to it. Used by Lloyd's iteration, by prediction of new rows and
 * by stability checks. Complexity O(n k d).
 *
 * @example
 * nearestCentre(Float64Array.of(0, 10), 2, 1, Float64Array.of(1, 9), 2) // Int32Array [0, 1]
 */
import { squaredDistance } from './squared-distance.js';

export function nearestCentre(
  data: Float64Array, n: number, d: number, centres: Float64Array, k: number,
  labels: Int32Array = new Int32Array(n), distances?: Float64Array,
): Int32Array {
  for (let i = 0; i < n; i++) {
    const o = i * d;
    let best = Infinity;
    let label = 0;
    for (let c = 0; c < k; c++) {
      const s = squaredDistance(data, o, centres, c * d, d);
      if (s < best) {
        best = s;
        label = c;
      }
    }
    labels[i] = label;
    if (distances) distances[i] = best;
  }
  return labels;
}
