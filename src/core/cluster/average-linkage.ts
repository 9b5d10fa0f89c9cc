/**
 * Average-linkage (UPGMA) hierarchical clustering of a condensed dissimilarity matrix, cut into k groups.
 * Uses the nearest-neighbour chain algorithm, exact for average linkage because it is reducible; merges
 * are then replayed in order of height and the last k − 1 are undone.
 *
 * Reference: F. Murtagh, "A survey of recent advances in hierarchical clustering algorithms", The
 * Computer Journal 26(4), 1983; D. Müllner, "Modern hierarchical, agglomerative clustering algorithms",
 * arXiv:1109.2378, 2011. Complexity O(m²) time and memory (the condensed matrix is updated in place).
 *
 * @example averageLinkageCut(condensed([[0, 1, 9], [1, 0, 8], [9, 8, 0]]), 3, 2) // Int32Array [0, 0, 1]
 */

/** Index of the pair (i, j), i ≠ j, in a condensed m × m matrix (row-major upper triangle). */
export const condensedIndex = (m: number, i: number, j: number): number => {
  const a = i < j ? i : j;
  const b = i < j ? j : i;
  return a * m - (a * (a + 1)) / 2 + (b - a - 1);
};

export function averageLinkageCut(dissimilarity: Float64Array, m: number, k: number): Int32Array {
  const merges = nnChain(dissimilarity, m);
  merges.sort((a, b) => a.height - b.height);
  const parent = Int32Array.from({ length: m }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let s = 0; s < m - k; s++) parent[find(merges[s]!.a)] = find(merges[s]!.b);
  const ids = new Map<number, number>();
  return Int32Array.from({ length: m }, (_, i) => {
    const root = find(i);
    if (!ids.has(root)) ids.set(root, ids.size);
    return ids.get(root)!;
  });
}

interface Merge {
  readonly a: number;
  readonly b: number;
  readonly height: number;
}

/** The m − 1 merges of average linkage; a cluster is named by one of its members. Mutates `dist`. */
function nnChain(dist: Float64Array, m: number): Merge[] {
  const size = new Float64Array(m).fill(1);
  const active = new Uint8Array(m).fill(1);
  const merges: Merge[] = [];
  const chain: number[] = [];
  let remaining = m;
  while (remaining > 1) {
    if (chain.length === 0) chain.push(active.indexOf(1));
    for (;;) {
      const a = chain[chain.length - 1]!;
      const previous = chain.length > 1 ? chain[chain.length - 2]! : -1;
      let best = previous;
      let bestDist = previous >= 0 ? dist[condensedIndex(m, a, previous)]! : Infinity;
      for (let c = 0; c < m; c++) {
        if (!active[c] || c === a) continue;
        const v = dist[condensedIndex(m, a, c)]!;
        if (v < bestDist) {
          bestDist = v;
          best = c;
        }
      }
      if (best === previous) {
        chain.pop();
        chain.pop();
        merges.push({ a, b: best, height: bestDist });
        // Lance–Williams update for average linkage; b is absorbed into a
        for (let c = 0; c < m; c++) {
          if (!active[c] || c === a || c === best) continue;
          const ia = condensedIndex(m, a, c);
          dist[ia] = (size[a]! * dist[ia]! + size[best]! * dist[condensedIndex(m, best, c)]!) / (size[a]! + size[best]!);
        }
        size[a]! += size[best]!;
        active[best] = 0;
        remaining--;
        break;
      }
      chain.push(best);
    }
  }
  return merges;
}
