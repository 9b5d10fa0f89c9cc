/**
 * Referral hubs — the nodes with the highest PageRank — and the accounts they feed: for every hub, each
 * account its out-edges reach (through the account's stakeholders) with the summed edge weight (shared
 * patients). A hub can matter more than a high-volume prescriber because patients flow through it; the
 * accounts it feeds are where that flow lands.
 *
 * Complexity: O(n log n) to rank, O(sum of the hubs' out-degrees) to collect what they feed.
 *
 * @example
 * const hubs = topNodes(Float64Array.of(0.1, 0.6, 0.3), 2);  // Int32Array [1, 2]
 * hubFeeds(graph, hubs, nodeAccount);  // { hub: [1, 1, 2], account: [4, 0, 4], weight: [12, 3, 7] }
 */
import type { DirectedGraph } from './directed-graph.js';

/**
 * The `count` nodes of highest score, best first; ties by node index. Finds the count-th largest score
 * with a native numeric sort of a copy, then sorts only the nodes at or above it (a million nodes, a few
 * thousand hubs: no comparator sort of the million).
 */
export function topNodes(scores: Float64Array, count: number): Int32Array {
  const k = Math.max(0, Math.min(count, scores.length));
  if (k === 0) return new Int32Array(0);
  const threshold = Float64Array.from(scores).sort()[scores.length - k] as number;
  const candidates: number[] = [];
  for (let i = 0; i < scores.length; i++) if ((scores[i] as number) >= threshold) candidates.push(i);
  candidates.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  return Int32Array.from(candidates.slice(0, k));
}

export interface HubFeeds {
  /** Parallel arrays, one entry per (hub, account fed); grouped by hub in `hubs` order, heaviest first. */
  readonly hub: Int32Array;
  readonly account: Int32Array;
  readonly weight: Float64Array;
}

/**
 * What each hub feeds. `nodeAccount[v]` is the account of node v, or -1 when unknown (such edges are
 * skipped). A hub's edges into its own account count too: a hub can feed its own hospital.
 */
export function hubFeeds(graph: DirectedGraph, hubs: Int32Array, nodeAccount: Int32Array): HubFeeds {
  const hub: number[] = [];
  const account: number[] = [];
  const weight: number[] = [];
  const slot = new Map<number, number>();
  for (let h = 0; h < hubs.length; h++) {
    const u = hubs[h] as number;
    slot.clear();
    const start = account.length;
    for (let e = graph.outOffset[u] as number, end = graph.outOffset[u + 1] as number; e < end; e++) {
      const a = nodeAccount[graph.outTarget[e] as number] as number;
      if (a < 0) continue;
      const at = slot.get(a);
      if (at === undefined) {
        slot.set(a, account.length);
        hub.push(u);
        account.push(a);
        weight.push(graph.outWeight[e] as number);
      } else weight[at] = (weight[at] as number) + (graph.outWeight[e] as number);
    }
    sortSliceByWeight(account, weight, start);
  }
  return { hub: Int32Array.from(hub), account: Int32Array.from(account), weight: Float64Array.from(weight) };
}

function sortSliceByWeight(account: number[], weight: number[], start: number): void {
  const pairs = account.slice(start).map((a, i) => [a, weight[start + i] as number] as const);
  pairs.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  pairs.forEach(([a, w], i) => {
    account[start + i] = a;
    weight[start + i] = w;
  });
}
