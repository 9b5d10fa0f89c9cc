/** Elkan's assignment passes (src/core/cluster/elkan.ts drives them). */
import { secondDistance, squaredDistance, squaredDistancePair, touchRow } from './distance';
import { f64At, i32At, row, setF64, setI32, weightOf } from './memory';
import { reassign } from './sums';

/**
 * Rows the bounded pass touches ahead of the row it works on. The rows that need distances are scattered
 * (a few percent to all of them), and each would wait for memory; an unused load of every cache line of
 * the row 6 ahead keeps the rows streaming into cache instead (wasm has no prefetch instruction).
 * Measured at n = 1M, d = 20: the bounded pass takes about a quarter less time; queueing and touching only
 * the rows that need distances measured slower than touching every row (bench/results/kmeans.md).
 */
const touchAhead = 6;

/**
 * Elkan's full pass: every row assigned from scratch (a centre skipped when the best distance so far is
 * at most half its gap to the best centre), bounds rebuilt, labels written. Returns rows that changed.
 * Sums and counts are left to the caller, which rebuilds them from the labels.
 */
export function elkanFull(
  data: usize, n: i32, d: i32, k: i32, centres: usize, labels: usize, upper: usize, lower: usize,
  halfGap: usize, drift: usize, from: i32, to: i32,
): i32 {
  let changed = 0;
  for (let i = from; i < to; i++) {
    const x = row(data, i, d);
    const lo = i * k;
    for (let c = 0; c < k; c++) setF64(lower, lo + c, f64At(drift, c));
    let best = Math.sqrt(squaredDistance(x, centres, d));
    setF64(lower, lo, best + f64At(drift, 0));
    let label = 0;
    for (let c = 1; c < k; c++) {
      if (best <= f64At(halfGap, label * k + c)) continue;
      const dist = Math.sqrt(squaredDistance(x, row(centres, c, d), d));
      setF64(lower, lo + c, dist + f64At(drift, c));
      if (dist < best) {
        best = dist;
        label = c;
      }
    }
    if (i32At(labels, i) != label) changed++;
    setI32(labels, i, label);
    setF64(upper, i, best - f64At(drift, label));
  }
  return changed;
}

/**
 * Elkan's bounded pass: only the distances the drift-loosened bounds cannot rule out; a row that moves
 * leaves its old cluster's running sum for its new one. Returns rows that changed cluster.
 */
export function elkanBounded(
  data: usize, n: i32, d: i32, k: i32, weights: usize, weighted: bool, centres: usize,
  labels: usize, upper: usize, lower: usize, sums: usize, clusterWeights: usize, counts: usize,
  halfGap: usize, drift: usize, from: i32, to: i32,
): i32 {
  let changed = 0;
  for (let i = from; i < to; i++) {
    if (i + touchAhead < n) touchRow(row(data, i + touchAhead, d), d);
    const start = i32At(labels, i);
    let a = start;
    let u = f64At(upper, i) + f64At(drift, a);
    if (u <= f64At(halfGap, a * k + a)) continue;
    const lo = i * k;
    let open = openCentres(u, a, k, lower + (<usize>lo << 3), drift, halfGap + ((<usize>a * <usize>k) << 3));
    if (open == 0) continue;
    const x = row(data, i, d);
    let tight = false;
    // centres the first test closed stay closed after u shrinks, or after a moves to a nearer centre
    // (then they are no nearer than the old one), so only the open ones are looked at, in index order
    do {
      const c = ctz(open);
      open &= open - 1;
      if (c == a) continue;
      const l = f64At(lower, lo + c) - f64At(drift, c);
      if (u <= l || u <= f64At(halfGap, a * k + c)) continue;
      let dist: f64;
      if (!tight) {
        // the own centre's distance and c's, computed together (their latencies overlap); c's is kept
        // as its exact lower bound even when the tightened u rules c out
        u = Math.sqrt(squaredDistancePair(x, row(centres, a, d), row(centres, c, d), d));
        dist = Math.sqrt(secondDistance);
        setF64(lower, lo + a, u + f64At(drift, a));
        setF64(lower, lo + c, dist + f64At(drift, c));
        tight = true;
        if (u <= l || u <= f64At(halfGap, a * k + c)) continue;
      } else {
        dist = Math.sqrt(squaredDistance(x, row(centres, c, d), d));
        setF64(lower, lo + c, dist + f64At(drift, c));
      }
      if (dist < u || (dist == u && c < a)) {
        a = c;
        u = dist;
      }
    } while (open != 0);
    if (tight) setF64(upper, i, u - f64At(drift, a));
    if (a != start) {
      changed++;
      reassign(x, d, weightOf(weights, weighted, i), labels, i, start, a, sums, clusterWeights, counts);
    }
  }
  return changed;
}

/**
 * The centres c ≠ a (bit c) that pass both of the bounded pass's first tests (u > lower bound and
 * u > half gap), two lanes at a time and without a branch per centre, so the many rows every centre's
 * bounds rule out cost one well-predicted branch. `lowerRow` and
 * `gapRow` are the addresses of row i's lower bounds and centre a's half gaps.
 */
@inline function openCentres(u: f64, a: i32, k: i32, lowerRow: usize, drift: usize, gapRow: usize): i32 {
  const uu = f64x2.splat(u);
  let open = 0;
  let c = 0;
  for (; c + 1 < k; c += 2) {
    const at = <usize>c << 3;
    const bound = f64x2.max(f64x2.sub(v128.load(lowerRow + at), v128.load(drift + at)), v128.load(gapRow + at));
    open |= i64x2.bitmask(f64x2.gt(uu, bound)) << c;
  }
  if (c < k && u > Math.max(f64At(lowerRow, c) - f64At(drift, c), f64At(gapRow, c))) open |= 1 << c;
  return open & ~(1 << a);
}
