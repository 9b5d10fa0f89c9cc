/**
 * Compacts arbitrary integer labels to 0..m-1 (in increasing label order, as scikit-learn's LabelEncoder
 * does), so metrics accept any labelling. Rows labelled below 0 (unassigned) get -1 and are left out by
 * every metric. Complexity O(n + m log m).
 *
 * @example labelIndex(Int32Array.of(5, 2, 5, -1)) // { codes: [1, 0, 1, -1], count: 2, values: [2, 5] }
 */
export interface LabelIndex {
  readonly codes: Int32Array;
  readonly count: number;
  readonly values: Int32Array;
}

export function labelIndex(labels: ArrayLike<number>): LabelIndex {
  const seen = new Set<number>();
  for (let i = 0; i < labels.length; i++) if (labels[i]! >= 0) seen.add(labels[i]!);
  const values = Int32Array.from(seen).sort();
  const code = new Map<number, number>();
  values.forEach((v, c) => code.set(v, c));
  const codes = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) codes[i] = labels[i]! >= 0 ? code.get(labels[i]!)! : -1;
  return { codes, count: values.length, values };
}
