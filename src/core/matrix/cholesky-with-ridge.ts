import { cholesky } from './cholesky.js';

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

