/**
 * The scoring pass of a linear classifier in WebAssembly SIMD (AssemblyScript, compiled by
 * scripts/build-wasm.mjs): linear scores b_c + Σ_j w_cj x_j of every segment, the winner, a softmax with a
 * vectorised exp, the winner's probability and (when asked) every probability, for one block of rows.
 *
 * Why hand-written: V8 does not vectorise JavaScript, and this pass is what `segmap score`, the universe
 * projection and the typing tool spend their time in (issue 4 wants 1M rows × 20 inputs × 5 segments in
 * at most 1.5× scikit-learn's predict_proba). Here two rows share each f64x2 operation and nothing is
 * bounds-checked. Every number is bit-identical to the JavaScript definition it replaces: each score adds
 * intercept first, then features left to right (the compiled SQL's order), with no fused multiply-add;
 * the softmax clamps differences at −700 as the SQL does; exp is test/reference/classify/exp-non-positive.ts
 * step by step (Cody & Waite reduction, Taylor series to r¹³ in Estrin's scheme), with 2ⁿ built from its
 * exponent bits instead of read from a table (the same exact power of two).
 *
 * Calling convention: arrays live in the instance's linear memory, laid out by
 * src/core/classify/score-memory.ts; arguments are byte addresses. The block `x` is feature-major with row
 * stride `stride` (feature j of row r at x[j·stride + r]); `stride` is a multiple of 8 and rows past
 * `count` up to the next multiple of 8 are scored as padding and never written out.
 * Reference: src/core/classify/predict-blocks.ts describes the pass and its outputs.
 */

const LN2_HI: f64 = 6.93147180369123816490e-1;
const LN2_LO: f64 = 1.90821492927058770002e-10;
const INV_LN2: f64 = 1.4426950408889634;
/** Adding then subtracting 1.5·2⁵² rounds to the nearest integer; the sum's low bits hold that integer. */
const ROUND: f64 = 6755399441055744;
const MIN_EXPONENT: f64 = -700;

const C2: f64 = 0.5;
const C3: f64 = 0.16666666666666666;
const C4: f64 = 0.041666666666666664;
const C5: f64 = 0.008333333333333333;
const C6: f64 = 0.001388888888888889;
const C7: f64 = 0.0001984126984126984;
const C8: f64 = 2.48015873015873e-5;
const C9: f64 = 2.7557319223985893e-6;
const C10: f64 = 2.755731922398589e-7;
const C11: f64 = 2.505210838544172e-8;
const C12: f64 = 2.08767569878681e-9;
const C13: f64 = 1.6059043836821613e-10;

@inline function splat(v: f64): v128 {
  return f64x2.splat(v);
}

@inline function at(base: usize, i: i32): usize {
  return base + (<usize>i << 3);
}

/** c₀ + c₁ r, lane-wise. */
@inline function pair(c0: f64, c1: f64, r: v128): v128 {
  return f64x2.add(splat(c0), f64x2.mul(splat(c1), r));
}

/**
 * exp(x) for lanes in [−700, 0] (NaN stays NaN): exp-non-positive.ts's arithmetic, operation for
 * operation. n = round(x / ln 2) by the 1.5·2⁵² trick; 2ⁿ = the double whose exponent field is n + 1023.
 */
@inline function expNonPositive(x: v128): v128 {
  const shifted = f64x2.add(f64x2.mul(x, splat(INV_LN2)), splat(ROUND));
  const n = f64x2.sub(shifted, splat(ROUND));
  const r = f64x2.sub(f64x2.sub(x, f64x2.mul(n, splat(LN2_HI))), f64x2.mul(n, splat(LN2_LO)));
  const r2 = f64x2.mul(r, r);
  const r4 = f64x2.mul(r2, r2);
  const r8 = f64x2.mul(r4, r4);
  const a = f64x2.add(splat(1), r);
  const b = pair(C2, C3, r);
  const c = pair(C4, C5, r);
  const d = pair(C6, C7, r);
  const e = pair(C8, C9, r);
  const f = pair(C10, C11, r);
  const g = pair(C12, C13, r);
  const low = f64x2.add(f64x2.add(a, f64x2.mul(b, r2)), f64x2.mul(f64x2.add(c, f64x2.mul(d, r2)), r4));
  const high = f64x2.add(f64x2.add(e, f64x2.mul(f, r2)), f64x2.mul(g, r4));
  const integer = i64x2.sub(shifted, splat(ROUND));
  const power = i64x2.shl(i64x2.add(integer, i64x2.splat(1023)), 52);
  return f64x2.mul(f64x2.add(low, f64x2.mul(high, r8)), power);
}

/**
 * Scores of segments c and c+1 for rows [0, rows) (rows a multiple of 8), eight rows per step so each
 * coefficient loaded serves four vectors and each feature vector two segments.
 */
@inline function scoresPair(x: usize, stride: i32, rows: i32, p: i32, w0: usize, w1: usize, b0: f64, b1: f64, s0: usize, s1: usize): void {
  const rowBytes = <usize>stride << 3;
  for (let r = 0; r < rows; r += 8) {
    let a0 = splat(b0);
    let a1 = a0;
    let a2 = a0;
    let a3 = a0;
    let t0 = splat(b1);
    let t1 = t0;
    let t2 = t0;
    let t3 = t0;
    let row = at(x, r);
    for (let j = 0; j < p; j++, row += rowBytes) {
      const f = v128.load64_splat(at(w0, j));
      const g = v128.load64_splat(at(w1, j));
      const x0 = v128.load(row);
      const x1 = v128.load(row, 16);
      const x2 = v128.load(row, 32);
      const x3 = v128.load(row, 48);
      a0 = f64x2.add(a0, f64x2.mul(f, x0));
      a1 = f64x2.add(a1, f64x2.mul(f, x1));
      a2 = f64x2.add(a2, f64x2.mul(f, x2));
      a3 = f64x2.add(a3, f64x2.mul(f, x3));
      t0 = f64x2.add(t0, f64x2.mul(g, x0));
      t1 = f64x2.add(t1, f64x2.mul(g, x1));
      t2 = f64x2.add(t2, f64x2.mul(g, x2));
      t3 = f64x2.add(t3, f64x2.mul(g, x3));
    }
    const o0 = at(s0, r);
    const o1 = at(s1, r);
    v128.store(o0, a0);
    v128.store(o0, a1, 16);
    v128.store(o0, a2, 32);
    v128.store(o0, a3, 48);
    v128.store(o1, t0);
    v128.store(o1, t1, 16);
    v128.store(o1, t2, 32);
    v128.store(o1, t3, 48);
  }
}

/** Scores of one segment for rows [0, rows), eight rows per step. */
@inline function scoresOne(x: usize, stride: i32, rows: i32, p: i32, w0: usize, b0: f64, s0: usize): void {
  const rowBytes = <usize>stride << 3;
  for (let r = 0; r < rows; r += 8) {
    let a0 = splat(b0);
    let a1 = a0;
    let a2 = a0;
    let a3 = a0;
    let row = at(x, r);
    for (let j = 0; j < p; j++, row += rowBytes) {
      const f = v128.load64_splat(at(w0, j));
      a0 = f64x2.add(a0, f64x2.mul(f, v128.load(row)));
      a1 = f64x2.add(a1, f64x2.mul(f, v128.load(row, 16)));
      a2 = f64x2.add(a2, f64x2.mul(f, v128.load(row, 32)));
      a3 = f64x2.add(a3, f64x2.mul(f, v128.load(row, 48)));
    }
    const o0 = at(s0, r);
    v128.store(o0, a0);
    v128.store(o0, a1, 16);
    v128.store(o0, a2, 32);
    v128.store(o0, a3, 48);
  }
}

/**
 * Scores one block: `scores` (k × stride, segment-major) receives the linear scores, then their exps;
 * labels[r], confidence[r] and, when `withProbabilities`, probabilities[r·k + c] receive the block's
 * outputs for r < count (the caller passes addresses already offset to the block's first row).
 */
export function scoreBlock(
  x: usize, stride: i32, count: i32, k: i32, p: i32, coefficients: usize, intercepts: usize,
  scores: usize, labels: usize, confidence: usize, probabilities: usize, withProbabilities: bool,
): void {
  const rows = (count + 7) & ~7;
  const segmentBytes = <usize>stride << 3;
  let c = 0;
  for (; c + 1 < k; c += 2) {
    const w0 = coefficients + ((<usize>c * <usize>p) << 3);
    const s0 = scores + <usize>c * segmentBytes;
    scoresPair(x, stride, rows, p, w0, w0 + (<usize>p << 3), load<f64>(at(intercepts, c)), load<f64>(at(intercepts, c + 1)), s0, s0 + segmentBytes);
  }
  if (c < k) scoresOne(x, stride, rows, p, coefficients + ((<usize>c * <usize>p) << 3), load<f64>(at(intercepts, c)), scores + <usize>c * segmentBytes);
  for (let r = 0; r < count; r += 2) softmaxPair(scores, segmentBytes, r, count, k, labels, confidence, probabilities, withProbabilities);
}

/**
 * Rows r and r+1: the first maximum (strictly greater wins, so ties and NaN keep the earlier segment),
 * exp(max(z − m, −700)) summed in segment order, 1 / Σ as the winner's probability, e · (1 / Σ) for all.
 * Row r+1 is written only when it is below `count`.
 */
@inline function softmaxPair(
  scores: usize, segmentBytes: usize, r: i32, count: i32, k: i32,
  labels: usize, confidence: usize, probabilities: usize, withProbabilities: bool,
): void {
  const first = at(scores, r);
  let max = v128.load(first);
  let best = i64x2.splat(0);
  let z = first;
  for (let c = 1; c < k; c++) {
    z += segmentBytes;
    const v = v128.load(z);
    const greater = f64x2.gt(v, max);
    max = v128.bitselect(v, max, greater);
    best = v128.bitselect(i64x2.splat(c), best, greater);
  }
  let sum = splat(0);
  z = first;
  for (let c = 0; c < k; c++, z += segmentBytes) {
    // pmax (a < b ? b : a) is one instruction where max's NaN and ±0 rules take several; a NaN
    // difference stays NaN either way, as Math.max leaves it
    const e = expNonPositive(f64x2.pmax(f64x2.sub(v128.load(z), max), splat(MIN_EXPONENT)));
    v128.store(z, e);
    sum = f64x2.add(sum, e);
  }
  const inverse = f64x2.div(splat(1), sum);
  const second = r + 1 < count;
  store<i32>(labels + (<usize>r << 2), <i32>i64x2.extract_lane(best, 0));
  store<f64>(at(confidence, r), f64x2.extract_lane(inverse, 0));
  if (second) {
    store<i32>(labels + (<usize>(r + 1) << 2), <i32>i64x2.extract_lane(best, 1));
    store<f64>(at(confidence, r + 1), f64x2.extract_lane(inverse, 1));
  }
  if (!withProbabilities) return;
  let out0 = at(probabilities, r * k);
  let out1 = out0 + (<usize>k << 3);
  z = first;
  for (let c = 0; c < k; c++, z += segmentBytes, out0 += 8, out1 += 8) {
    const q = f64x2.mul(v128.load(z), inverse);
    store<f64>(out0, f64x2.extract_lane(q, 0));
    if (second) store<f64>(out1, f64x2.extract_lane(q, 1));
  }
}
