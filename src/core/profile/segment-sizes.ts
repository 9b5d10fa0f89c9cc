/**
 * Segment sizes for a profile: rows, weighted size, Kish effective size and weighted share, with the
 * column letter each segment carries in significance letters (A, B, … Z, AA, AB, …).
 *
 * Why effective size: a weighted segment of 300 rows may carry the precision of 180; researchers read
 * both next to each other on a sizes sheet.
 * Reference: Kish (1965), Survey Sampling §11.7.
 * Complexity: O(n).
 *
 * @example
 * segmentSizes(Int32Array.of(0, 1, 1), ['a', 'b']); // [{ letter: 'A', count: 1, share: 1/3 … }, { letter: 'B', count: 2 … }]
 */
import type { SegmentSize } from './profile-types.js';

export function segmentLetter(index: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return index < 26 ? (letters[index] ?? '?') : `${segmentLetter(Math.floor(index / 26) - 1)}${letters[index % 26] ?? '?'}`;
}

export function segmentSizes(segments: Int32Array, names: readonly string[], weights?: Float64Array): SegmentSize[] {
  const k = names.length;
  const count = new Float64Array(k);
  const sum = new Float64Array(k);
  const sumSquares = new Float64Array(k);
  for (let i = 0; i < segments.length; i++) {
    const g = segments[i] ?? -1;
    const w = weights ? (weights[i] ?? 0) : 1;
    if (g < 0 || g >= k || !(w > 0) || !Number.isFinite(w)) continue;
    count[g] = (count[g] ?? 0) + 1;
    sum[g] = (sum[g] ?? 0) + w;
    sumSquares[g] = (sumSquares[g] ?? 0) + w * w;
  }
  const total = sum.reduce((a, b) => a + b, 0);
  return names.map((name, g) => {
    const s = sum[g] ?? 0;
    const s2 = sumSquares[g] ?? 0;
    return {
      index: g,
      name,
      letter: segmentLetter(g),
      count: count[g] ?? 0,
      weighted: s,
      effective: s2 > 0 ? (s * s) / s2 : 0,
      share: total > 0 ? s / total : 0,
    };
  });
}
