/**
 * `--k` of `segmap cluster`: one number ("4") fits one solution; a range ("2..8") compares every k in it
 * and recommends one. Ranges are inclusive and limited to 2..30 segments.
 *
 * @example parseKSpec('2..8') // [2, 3, 4, 5, 6, 7, 8] ; parseKSpec('4') // [4]
 * @throws UsageError for anything else
 */
import { UsageError } from '../../lib/errors.js';
import { clusterMessages } from '../../lib/messages/cluster.js';

export const maxK = 30;

export function parseKSpec(raw: string): number[] {
  const text = raw.trim();
  const single = /^\d+$/.exec(text);
  if (single) {
    const k = Number(text);
    if (k >= 1 && k <= maxK) return [k];
  }
  const range = /^(\d+)\s*\.\.\s*(\d+)$/.exec(text);
  if (range) {
    const low = Number(range[1]);
    const high = Number(range[2]);
    if (low >= 2 && high > low && high <= maxK) return Array.from({ length: high - low + 1 }, (_, i) => low + i);
  }
  throw new UsageError(clusterMessages.kRangeSpec(raw));
}
