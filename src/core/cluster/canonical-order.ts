/**
 * Canonical segment numbering: largest segment (by summed weight) first, ties broken by the centre's
 * coordinates, so the same data and seed always give the same labels and a report's "segment 1" is the
 * biggest group. Returns `order` (new → old) and `rank` (old → new).
 *
 * Complexity O(k log k + k d).
 *
 * @example
 * canonicalOrder(Float64Array.of(2, 5, 3)).order // Int32Array [1, 2, 0]
 */
export interface CanonicalOrder {
  /** order[newLabel] = oldLabel */
  readonly order: Int32Array;
  /** rank[oldLabel] = newLabel */
  readonly rank: Int32Array;
}

export function canonicalOrder(sizes: Float64Array, centres?: Float64Array, d = 0): CanonicalOrder {
  const k = sizes.length;
  const order = Int32Array.from({ length: k }, (_, c) => c).sort((a, b) => {
    const bySize = sizes[b]! - sizes[a]!;
    if (bySize !== 0) return bySize;
    for (let j = 0; centres !== undefined && j < d; j++) {
      const byCoordinate = centres[a * d + j]! - centres[b * d + j]!;
      if (byCoordinate !== 0) return byCoordinate;
    }
    return a - b;
  });
  const rank = new Int32Array(k);
  order.forEach((old, next) => void (rank[old] = next));
  return { order, rank };
}

/** Relabels in place with `rank` (old → new); -1 (unassigned) stays -1. */
export function relabel(labels: Int32Array, rank: Int32Array): Int32Array {
  for (let i = 0; i < labels.length; i++) if (labels[i]! >= 0) labels[i] = rank[labels[i]!]!;
  return labels;
}

/** Rows of a k × d matrix permuted by `order` (new → old). */
export function permuteRows(values: Float64Array, order: Int32Array, d: number): Float64Array {
  const out = new Float64Array(values.length);
  order.forEach((old, next) => out.set(values.subarray(old * d, old * d + d), next * d));
  return out;
}

/** Weighted size of each label 0..k-1 (rows labelled -1 are not counted). */
export function segmentSizes(labels: Int32Array, k: number, weights?: Float64Array): Float64Array {
  const sizes = new Float64Array(k);
  for (let i = 0; i < labels.length; i++) {
    const c = labels[i]!;
    if (c >= 0) sizes[c]! += weights === undefined ? 1 : weights[i]!;
  }
  return sizes;
}
