/**
 * A small synthetic survey for tests and examples: `segments` planted segments answering `items` Likert
 * items (1..5), each segment leaning high or low on different items, with noise — enough structure for
 * a typing tool to find, small enough to build in well under a second.
 *
 * @example
 * const table = syntheticSurvey(300, 3, 6, 7);   // columns: id, segment, q1..q6
 */
import { createRng } from '../../core/random/rng.js';
import { tableFromRecords, type InputTable } from '../score/input-table.js';

export function syntheticSurvey(rows: number, segments: number, items: number, seed: number): InputTable {
  const rng = createRng(seed);
  const names = ['Innovators', 'Value guardians', 'Pragmatists', 'Traditionalists', 'Skeptics'];
  const lean = Array.from({ length: segments }, (_, c) => Array.from({ length: items }, (_, j) => Math.round(2 * Math.sin(1.7 * c + 2.3 * j))));
  return tableFromRecords(
    Array.from({ length: rows }, (_, i) => {
      const c = i % segments;
      const answers = Object.fromEntries(
        lean[c]!.map((l, j) => [`q${j + 1}`, Math.min(5, Math.max(1, Math.round(3 + l + 1.1 * rng.normal())))]),
      );
      return { id: `R${i}`, segment: names[c]!, ...answers };
    }),
  );
}
