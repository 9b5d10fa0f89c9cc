/**
 * A KOL index per stakeholder from scientific and speaking signals — publications, clinical trials,
 * speaker programmes, Open Payments — each put on 0..1 (log1p, divided by the 95th percentile among people
 * who have that signal at all, capped) and averaged with the configured kind weights. Prescribing volume is
 * not an input: a KOL is recognized for what they say and publish, which is also what the PhRMA Code
 * requires when choosing speakers.
 *
 * Complexity: O(n k log n) for k kinds.
 *
 * @example
 * // 3 stakeholders x 2 kinds (publications, trials), row-major
 * kolIndex(matrix(3, 2, Float64Array.of(0, 0, 12, 1, 40, 3)), Float64Array.of(1, 1)); // ≈ [0, 0.607, 1]
 */
import type { Matrix } from '../matrix/matrix.js';
import { scaleComponent } from './scale-component.js';

/** A stakeholder with an index at least this high counts as a KOL in reasons and reports. */
export const KOL_THRESHOLD = 0.5;

export function kolIndex(signals: Matrix, kindWeights: Float64Array): Float64Array {
  const { rows: n, cols: k, data } = signals;
  if (kindWeights.length !== k) throw new RangeError(`kindWeights has ${kindWeights.length} entries, expected ${k}`);
  const total = kindWeights.reduce((s, w) => s + w, 0);
  const index = new Float64Array(n);
  if (total <= 0) return index;
  const column = new Float64Array(n);
  for (let j = 0; j < k; j++) {
    const w = kindWeights[j] as number;
    if (w === 0) continue;
    for (let i = 0; i < n; i++) column[i] = data[i * k + j] as number;
    const scaled = scaleComponent(column, { log: true, among: 'positive' }).values;
    for (let i = 0; i < n; i++) index[i] = (index[i] as number) + ((w / total) * (scaled[i] as number));
  }
  return index;
}
