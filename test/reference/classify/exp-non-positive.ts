/**
 * exp(x) for x ≤ 0, within a few units in the last place of Math.exp: the scalar definition of the exp
 * that block scoring runs in WebAssembly (assembly/score.ts computes it two lanes at a time, operation
 * for operation, building 2ⁿ from its exponent bits). A test oracle, not product code: its accuracy is
 * tested against numpy (./exp-non-positive.test.ts) and the kernel against it bit for bit
 * (src/core/classify/predict-blocks.test.ts). Softmax needs only exp of
 * score differences (all ≤ 0, clamped at −700).
 *
 * Method: x = n·ln 2 + r with n = round(x / ln 2) (by the 1.5·2⁵² rounding trick) and |r| ≤ ln 2 / 2,
 * ln 2 split in two (Cody & Waite) so r is exact to ~1e-26; exp(r) by its Taylor series to r¹³ (the
 * remainder is below 4e-18 relative), evaluated in Estrin's scheme; 2ⁿ from a table of exact powers.
 * Outside [−708, 0] (and for NaN) it is Math.exp itself.
 *
 * Reference: Cody & Waite (1980), Software Manual for the Elementary Functions, ch. 6; fdlibm e_exp.c
 * (the split of ln 2); Estrin (1960) for the polynomial evaluation.
 * Complexity: O(1).
 *
 * @example
 * expNonPositive(-0.5);   // 0.6065306597126334 (numpy.exp(-0.5) prints 0.6065306597126334)
 */

/** ln 2 in two parts: the high part has 32 significant bits, so n·LN2_HI is exact for |n| < 2²⁰ (fdlibm). */
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.4426950408889634;
/** Adding then subtracting 1.5·2⁵² rounds a double of magnitude < 2⁵¹ to the nearest integer. */
const ROUND = 6755399441055744;
/** Below this, 2ⁿ would leave the normal range. */
const LOWEST = -708;
const OFFSET = 1100;
/** 2^(i − OFFSET): exact powers of two, normal throughout the range used. */
const POW2 = Float64Array.from({ length: OFFSET + 1 }, (_, i) => 2 ** (i - OFFSET));

const C2 = 0.5;
const C3 = 0.16666666666666666;
const C4 = 0.041666666666666664;
const C5 = 0.008333333333333333;
const C6 = 0.001388888888888889;
const C7 = 0.0001984126984126984;
const C8 = 2.48015873015873e-5;
const C9 = 2.7557319223985893e-6;
const C10 = 2.755731922398589e-7;
const C11 = 2.505210838544172e-8;
const C12 = 2.08767569878681e-9;
const C13 = 1.6059043836821613e-10;

export function expNonPositive(x: number): number {
  if (!(x >= LOWEST && x <= 0)) return Math.exp(x);
  const n = x * INV_LN2 + ROUND - ROUND;
  const r = x - n * LN2_HI - n * LN2_LO;
  const r2 = r * r;
  const r4 = r2 * r2;
  const r8 = r4 * r4;
  // Estrin: pairs, then quadruples, then the two halves
  const a = 1 + r;
  const b = C2 + C3 * r;
  const c = C4 + C5 * r;
  const d = C6 + C7 * r;
  const e = C8 + C9 * r;
  const f = C10 + C11 * r;
  const g = C12 + C13 * r;
  const low = a + b * r2 + (c + d * r2) * r4;
  const high = e + f * r2 + g * r4;
  return (low + high * r8) * POW2[n + OFFSET]!;
}
