/**
 * Squared Euclidean distances on f64x2 lanes, summed in the order of
 * src/core/cluster/squared-distance.ts so every result is bit-identical to the JavaScript kernel.
 */
import { f64At } from './memory';

/** Σ (a_j − b_j)², summed as (s0 + s1) + (s2 + s3) with s_r over j ≡ r (mod 4), the tail into s0. */
@inline export function squaredDistance(a: usize, b: usize, d: i32): f64 {
  let v01 = f64x2.splat(0);
  let v23 = f64x2.splat(0);
  let j = 0;
  for (; j + 3 < d; j += 4) {
    const at = <usize>j << 3;
    const t01 = f64x2.sub(v128.load(a + at), v128.load(b + at));
    const t23 = f64x2.sub(v128.load(a + at, 16), v128.load(b + at, 16));
    v01 = f64x2.add(v01, f64x2.mul(t01, t01));
    v23 = f64x2.add(v23, f64x2.mul(t23, t23));
  }
  let s0 = f64x2.extract_lane(v01, 0);
  for (; j < d; j++) {
    const t = f64At(a, j) - f64At(b, j);
    s0 += t * t;
  }
  return s0 + f64x2.extract_lane(v01, 1) + (f64x2.extract_lane(v23, 0) + f64x2.extract_lane(v23, 1));
}

/** The second result of `squaredDistancePair` (AssemblyScript functions return one value). */
export let secondDistance: f64 = 0;

/**
 * ‖x − b‖² returned and ‖x − c‖² in `secondDistance`, each summed exactly as `squaredDistance` sums
 * it, in one loop so the two dependency chains run side by side.
 */
@inline export function squaredDistancePair(x: usize, b: usize, c: usize, d: i32): f64 {
  let b01 = f64x2.splat(0);
  let b23 = f64x2.splat(0);
  let c01 = f64x2.splat(0);
  let c23 = f64x2.splat(0);
  let j = 0;
  for (; j + 3 < d; j += 4) {
    const at = <usize>j << 3;
    const x01 = v128.load(x + at);
    const x23 = v128.load(x + at, 16);
    const tb01 = f64x2.sub(x01, v128.load(b + at));
    const tb23 = f64x2.sub(x23, v128.load(b + at, 16));
    const tc01 = f64x2.sub(x01, v128.load(c + at));
    const tc23 = f64x2.sub(x23, v128.load(c + at, 16));
    b01 = f64x2.add(b01, f64x2.mul(tb01, tb01));
    b23 = f64x2.add(b23, f64x2.mul(tb23, tb23));
    c01 = f64x2.add(c01, f64x2.mul(tc01, tc01));
    c23 = f64x2.add(c23, f64x2.mul(tc23, tc23));
  }
  let sb = f64x2.extract_lane(b01, 0);
  let sc = f64x2.extract_lane(c01, 0);
  for (; j < d; j++) {
    const xj = f64At(x, j);
    const tb = xj - f64At(b, j);
    const tc = xj - f64At(c, j);
    sb += tb * tb;
    sc += tc * tc;
  }
  secondDistance = sc + f64x2.extract_lane(c01, 1) + (f64x2.extract_lane(c23, 0) + f64x2.extract_lane(c23, 1));
  return sb + f64x2.extract_lane(b01, 1) + (f64x2.extract_lane(b23, 0) + f64x2.extract_lane(b23, 1));
}

/** Loads one byte of every cache line of a row, so its transfer from memory starts before it is used. */
@inline export function touchRow(address: usize, d: i32): void {
  const end = address + (<usize>d << 3);
  for (let line = address; line < end; line += 64) load<u8>(line);
}
