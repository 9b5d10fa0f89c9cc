/** The principal submatrix of a row-major n×n matrix on the given indices. */
export function submatrix(a: Float64Array, n: number, indices: ArrayLike<number>): Float64Array {
  const m = indices.length;
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    const row = indices[i]! * n;
    for (let j = 0; j < m; j++) out[i * m + j] = a[row + indices[j]!]!;
  }
  return out;
}
