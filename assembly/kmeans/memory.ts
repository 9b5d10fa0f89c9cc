/** Reading and writing arrays of the k-means memory by byte address and index (see ../kmeans.ts). */

@inline export function f64At(base: usize, i: i32): f64 {
  return load<f64>(base + (<usize>i << 3));
}

@inline export function setF64(base: usize, i: i32, value: f64): void {
  store<f64>(base + (<usize>i << 3), value);
}

@inline export function i32At(base: usize, i: i32): i32 {
  return load<i32>(base + (<usize>i << 2));
}

@inline export function setI32(base: usize, i: i32, value: i32): void {
  store<i32>(base + (<usize>i << 2), value);
}

@inline export function row(base: usize, i: i32, d: i32): usize {
  return base + ((<usize>i * <usize>d) << 3);
}

@inline export function weightOf(weights: usize, weighted: bool, i: i32): f64 {
  return weighted ? f64At(weights, i) : 1.0;
}
