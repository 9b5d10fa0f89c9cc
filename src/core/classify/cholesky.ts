/**
 * Cholesky factorisation A = L Lᵀ of a symmetric positive-definite matrix, and solves with it: the
 * workhorse of LDA (pooled covariance), of its marginal posteriors for partly answered forms, and of
 * Gaussian conditionals in adaptive questioning.
 *
 * Reference: Golub & Van Loan, Matrix Computations (4th ed.), algorithm 4.2.1.
 * Complexity: n³/3 flops to factor, n² per solve.
 *
 * @example
 * const l = cholesky(Float64Array.of(4, 2, 2, 3), 2);   // Float64Array [2, 0, 1, 1.4142…]
 * choleskySolve(l!, 2, Float64Array.of(2, 1));          // x with A x = b: [0.5, 0]
 */

/** Lower-triangular L (row-major n×n), or undefined when A is not numerically positive definite. */
export function cholesky(a: Float64Array, n: number): Float64Array | undefined {
  const l = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let diag = a[j * n + j]!;
    for (let k = 0; k < j; k++) diag -= l[j * n + k]! * l[j * n + k]!;
    if (!(diag > 0)) return undefined;
    const ljj = Math.sqrt(diag);
    l[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let sum = a[i * n + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * n + k]! * l[j * n + k]!;
      l[i * n + j] = sum / ljj;
    }
  }
  return l;
}

/** Solves L Lᵀ x = b in place of b and returns it. */
export function choleskySolve(l: Float64Array, n: number, b: Float64Array): Float64Array {
  for (let i = 0; i < n; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * n + k]! * b[k]!;
    b[i] = sum / l[i * n + i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    let sum = b[i]!;
    for (let k = i + 1; k < n; k++) sum -= l[k * n + i]! * b[k]!;
    b[i] = sum / l[i * n + i]!;
  }
  return b;
}

/**
 * Factors A, adding the smallest ridge (1e-12, 1e-10, … of the mean diagonal) that makes it positive
 * definite. Constant or collinear items would otherwise stop a fit; the ridge is reported so callers can
 * warn. @throws {RangeError} when even a ridge of 1e-2 of the diagonal does not help (A is not a covariance).
 */
export function choleskyWithRidge(a: Float64Array, n: number): { readonly l: Float64Array; readonly ridge: number } {
  const plain = cholesky(a, n);
  if (plain) return { l: plain, ridge: 0 };
  let trace = 0;
  for (let i = 0; i < n; i++) trace += a[i * n + i]!;
  const scale = trace > 0 ? trace / n : 1;
  for (let power = -12; power <= -2; power += 2) {
    const ridge = scale * 10 ** power;
    const shifted = Float64Array.from(a);
    for (let i = 0; i < n; i++) shifted[i * n + i] = shifted[i * n + i]! + ridge;
    const l = cholesky(shifted, n);
    if (l) return { l, ridge };
  }
  throw new RangeError('matrix is not positive definite, even with a ridge');
}

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
