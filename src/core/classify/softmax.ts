/**
 * Softmax of a block of linear scores, in place, and the index of the winner. Scores are shifted by their
 * maximum before exponentiation (no overflow), and differences below −700 are clamped so exp never
 * underflows to a subnormal: PostgreSQL raises an error on exp underflow, and the compiled SQL applies
 * the same clamp, so in-process and SQL scoring compute the same numbers. The clamp changes a
 * probability by less than 1e-300.
 *
 * Reference: Bishop, Pattern Recognition and Machine Learning (2006), eq. 4.104.
 * Complexity: O(k).
 *
 * @example
 * const z = Float64Array.of(1, 2, 3);
 * softmaxInPlace(z, 0, 3);   // 2 (the argmax); z is now [0.0900…, 0.2447…, 0.6652…]
 */
export const minExponent = -700;

/** Turns z[offset … offset+k) into probabilities; returns the index (0..k-1) of the first maximum. */
export function softmaxInPlace(z: Float64Array, offset: number, k: number): number {
  let best = 0;
  let max = z[offset]!;
  for (let c = 1; c < k; c++) {
    const v = z[offset + c]!;
    if (v > max) {
      max = v;
      best = c;
    }
  }
  let sum = 0;
  for (let c = 0; c < k; c++) {
    const e = Math.exp(Math.max(z[offset + c]! - max, minExponent));
    z[offset + c] = e;
    sum += e;
  }
  for (let c = 0; c < k; c++) z[offset + c] = z[offset + c]! / sum;
  return best;
}

/** Shannon entropy (nats) of a probability vector. */
export function entropy(p: ArrayLike<number>): number {
  let h = 0;
  for (let i = 0; i < p.length; i++) {
    const v = p[i]!;
    if (v > 0) h -= v * Math.log(v);
  }
  return h;
}
