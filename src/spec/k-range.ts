/**
 * The number of segments a project asks for: one k (`4` or `"4"`) fits one solution; a range (`"2..8"`)
 * compares every k in it and recommends one. Ranges are inclusive, start at 2 and end by 30 — the same
 * grammar as `segmap cluster --k`.
 *
 * Complexity O(1) (O(range) to list the range).
 *
 * @example kRange('2..5') // [2, 3, 4, 5] ; kRange(4) // [4] ; kRange('9..3') // undefined
 */
export const maxSegments = 30;

export function kRange(raw: number | string): number[] | undefined {
  const text = String(raw).trim();
  if (/^\d+$/.test(text)) {
    const k = Number(text);
    return k >= 1 && k <= maxSegments ? [k] : undefined;
  }
  const range = /^(\d+)\s*\.\.\s*(\d+)$/.exec(text);
  if (!range) return undefined;
  const low = Number(range[1]);
  const high = Number(range[2]);
  if (!(low >= 2 && high > low && high <= maxSegments)) return undefined;
  return Array.from({ length: high - low + 1 }, (_, i) => low + i);
}
