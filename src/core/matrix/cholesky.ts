/**
 * Cholesky factorisation of a symmetric positive-definite matrix, A = L Lᵀ with L lower-triangular,
 * the inverse of such an L, and the solve of A x = b through L. Gaussian mixtures with full
 * covariances need the first two per component and EM iteration: log det Σ = 2 Σ log L_jj, and the
 * Mahalanobis distance (x − μ)ᵀ Σ⁻¹ (x − μ) = ‖L⁻¹ (x − μ)‖², which is stable where forming Σ⁻¹ is
 * not; latent class regression solves its Newton systems with the third (Golub & Van Loan, Matrix
 * Computations, 4th ed., algorithm 4.2.1 and section 3.1).
 *
 * All work on a d × d row-major Float64Array (only the lower triangle of A is read) and write the
 * upper triangle of the output as zeros. `cholesky` returns null when A is not positive definite
 * (a pivot ≤ 0 or not finite), so the caller decides what that means.
 *
 * Complexity: O(d³ / 3) for the factorisation, O(d³ / 3) for the triangular inverse, O(d²) per solve.
 *
 * @example
 * cholesky(Float64Array.of(4, 2, 2, 3), 2);   // Float64Array [2, 0, 1, 1.4142135623730951]
 * invertLowerTriangular(Float64Array.of(2, 0, 1, 1), 2);   // Float64Array [0.5, 0, -0.5, 1]
 * solveCholesky(Float64Array.of(2, 0, 1, 1), 2, Float64Array.of(4, 3));   // Float64Array [0.5, 1]: [[4, 2], [2, 2]] x = [4, 3]
 */
export function cholesky(a: Float64Array, d: number, out: Float64Array = new Float64Array(d * d)): Float64Array | null {
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * d + j]!;
      for (let p = 0; p < j; p++) sum -= out[i * d + p]! * out[j * d + p]!;
      if (i === j) {
        if (!(sum > 0) || !Number.isFinite(sum)) return null;
        out[i * d + i] = Math.sqrt(sum);
      } else {
        out[i * d + j] = sum / out[j * d + j]!;
      }
    }
    for (let j = i + 1; j < d; j++) out[i * d + j] = 0;
  }
  return out;
}

/** L⁻¹ of a lower-triangular L with a non-zero diagonal (forward substitution on the identity). */
export function invertLowerTriangular(l: Float64Array, d: number, out: Float64Array = new Float64Array(d * d)): Float64Array {
  out.fill(0);
  for (let col = 0; col < d; col++) {
    out[col * d + col] = 1 / l[col * d + col]!;
    for (let i = col + 1; i < d; i++) {
      let sum = 0;
      for (let p = col; p < i; p++) sum -= l[i * d + p]! * out[p * d + col]!;
      out[i * d + col] = sum / l[i * d + i]!;
    }
  }
  return out;
}

/** Solves L Lᵀ x = b for x (in place in `b`), given the Cholesky factor L. O(d²). */
export function solveCholesky(l: Float64Array, d: number, b: Float64Array): Float64Array {
  for (let i = 0; i < d; i++) {
    let sum = b[i]!;
    for (let p = 0; p < i; p++) sum -= l[i * d + p]! * b[p]!;
    b[i] = sum / l[i * d + i]!;
  }
  for (let i = d - 1; i >= 0; i--) {
    let sum = b[i]!;
    for (let p = i + 1; p < d; p++) sum -= l[p * d + i]! * b[p]!;
    b[i] = sum / l[i * d + i]!;
  }
  return b;
}
