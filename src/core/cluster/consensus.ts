/**
 * Consensus segmentation by evidence accumulation: the co-association of two rows is the share of the
 * given labellings (k-means restarts, other methods, bootstrap fits) that put them in the same segment;
 * average-linkage clustering of 1 − co-association cut at k gives the consensus segments. It is the robust
 * option when restarts or methods disagree. Each row's probability is its mean co-association with the
 * other rows of its consensus segment (1 = always together). Rows labelled below 0 in a labelling are
 * skipped by that labelling.
 *
 * Reference: A. Fred & A. K. Jain, "Combining multiple clusterings using evidence accumulation",
 * IEEE TPAMI 27(6), 2005. Complexity O(L m² + m²) time, O(m²) memory, so m is capped at `maxRows`.
 *
 * @example
 * consensus([Int32Array.of(0, 0, 1, 1), Int32Array.of(1, 1, 0, 0), Int32Array.of(0, 0, 0, 1)], 2).labels
 * // Int32Array [0, 0, 1, 1]
 * @throws UsageError above `maxRows` rows (default 5,000) or for k outside 1..rows.
 */
import { UsageError } from '../../lib/errors.js';
import { clusterMessages } from '../../lib/messages/cluster.js';
import { averageLinkageCut, condensedIndex } from './average-linkage.js';
import { canonicalOrder, relabel, segmentSizes } from './canonical-order.js';

export interface Consensus {
  /** Consensus segment per row, largest first. */
  readonly labels: Int32Array;
  /** Mean co-association with the rest of the row's segment. */
  readonly probability: Float64Array;
  readonly sizes: Float64Array;
}

export const defaultConsensusMaxRows = 5_000;

export function consensus(labellings: readonly Int32Array[], k: number, options: { maxRows?: number; weights?: Float64Array } = {}): Consensus {
  const m = labellings[0]?.length ?? 0;
  const maxRows = options.maxRows ?? defaultConsensusMaxRows;
  if (m > maxRows) throw new UsageError(clusterMessages.sampleTooLarge(m, maxRows));
  if (!Number.isInteger(k) || k < 1 || k > m) throw new UsageError(clusterMessages.kAboveRows(k, m));
  const together = new Float64Array((m * (m - 1)) / 2);
  const both = new Float64Array(together.length);
  for (const labels of labellings) {
    for (let i = 0; i < m; i++) {
      const li = labels[i]!;
      if (li < 0) continue;
      for (let j = i + 1; j < m; j++) {
        const lj = labels[j]!;
        if (lj < 0) continue;
        const p = condensedIndex(m, i, j);
        both[p]! += 1;
        if (li === lj) together[p]! += 1;
      }
    }
  }
  const coAssociation = together.map((t, p) => (both[p]! > 0 ? t / both[p]! : 0));
  const raw = averageLinkageCut(coAssociation.map((c) => 1 - c), m, k);
  const sizes = segmentSizes(raw, k, options.weights);
  const { order, rank } = canonicalOrder(sizes);
  const labels = relabel(raw, rank);
  const probability = new Float64Array(m);
  const count = new Float64Array(m);
  for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) {
    if (labels[i] !== labels[j]) continue;
    const c = coAssociation[condensedIndex(m, i, j)]!;
    probability[i]! += c;
    probability[j]! += c;
    count[i]! += 1;
    count[j]! += 1;
  }
  for (let i = 0; i < m; i++) probability[i] = count[i]! > 0 ? probability[i]! / count[i]! : 1;
  return { labels, probability, sizes: Float64Array.from(order, (old) => sizes[old]!) };
}
