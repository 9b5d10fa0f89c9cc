/**
 * Turns a column of segment labels into the integer codes the core profile works on: segments in natural
 * order (numerically when every label is a number), rows without a label left out (−1). When the labels
 * are whole numbers starting at 0 or 1 with gaps (k-means with k = 4 where segment 3 ended empty), the
 * missing numbers are kept as empty segments, so the profile says so instead of silently renumbering.
 *
 * @example
 * segmentCodes(['2', '1', null, '4']); // { names: ['1', '2', '3', '4'], codes: Int32Array [1, 0, -1, 3] }
 */
export interface SegmentCodes {
  readonly names: string[];
  readonly codes: Int32Array;
}

const isNumber = (s: string): boolean => s.trim() !== '' && Number.isFinite(Number(s));

/** Natural order: numbers numerically, then text alphabetically. */
export function naturalOrder(values: Iterable<string>): string[] {
  const unique = [...new Set(values)];
  const numeric = unique.every(isNumber);
  return unique.sort((a, b) => (numeric ? Number(a) - Number(b) : a.localeCompare(b, 'en', { numeric: true })));
}

export function segmentCodes(labels: readonly (string | null)[], maxGapFill = 30): SegmentCodes {
  const present = naturalOrder(labels.filter((l): l is string => l !== null));
  let names = present;
  const integers = present.length > 0 && present.every((l) => /^\d+$/.test(l));
  if (integers) {
    const numbers = present.map(Number);
    const min = Math.min(...numbers);
    const max = Math.max(...numbers);
    const span = max - min + 1;
    // a few holes in a short 0/1-based range are empty segments; codes like 1, 2, 10 are just names
    if ((min === 0 || min === 1) && span > present.length && span <= maxGapFill && span - present.length <= present.length) {
      names = Array.from({ length: span }, (_, i) => String(min + i));
    }
  }
  const index = new Map(names.map((n, i) => [n, i]));
  // a label like "01" maps onto the gap-filled "1"
  const lookup = (l: string): number => index.get(l) ?? (integers ? (index.get(String(Number(l))) ?? -1) : -1);
  return { names, codes: Int32Array.from(labels, (l) => (l === null ? -1 : lookup(l))) };
}
