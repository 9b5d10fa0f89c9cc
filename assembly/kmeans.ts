/**
 * k-means hot loops in WebAssembly SIMD (AssemblyScript, compiled by scripts/build-wasm.mjs).
 *
 * Why hand-written: V8 does not vectorise JavaScript, and these loops (k-means++ candidate passes and
 * Elkan's assignment passes) are where k-means spends ~90 % of its time. Here a squared distance runs on
 * f64x2 lanes without bounds checks. The lane layout reproduces the four-accumulator order of
 * src/core/cluster/squared-distance.ts exactly (lanes (j, j+1) and (j+2, j+3), no fused multiply-add), so a
 * distance computed here is bit-identical to one computed in JavaScript.
 *
 * Calling convention: every array lives in the instance's linear memory, laid out by
 * src/core/cluster/kmeans-memory.ts; arguments are byte addresses. Rows are row-major f64, d per row.
 * Algorithms and references: src/core/cluster/kmeans-plus-plus.ts and src/core/cluster/elkan.ts, whose
 * doc blocks describe what each pass computes; the loops below follow them statement by statement.
 */

/** Marks a candidate distance the triangle inequality ruled out (real squared distances are ≥ 0). */
const pruned: f64 = -1;

@inline function f64At(base: usize, i: i32): f64 {
  return load<f64>(base + (<usize>i << 3));
}

@inline function setF64(base: usize, i: i32, value: f64): void {
  store<f64>(base + (<usize>i << 3), value);
}

@inline function i32At(base: usize, i: i32): i32 {
  return load<i32>(base + (<usize>i << 2));
}

@inline function setI32(base: usize, i: i32, value: i32): void {
  store<i32>(base + (<usize>i << 2), value);
}

@inline function row(base: usize, i: i32, d: i32): usize {
  return base + ((<usize>i * <usize>d) << 3);
}

@inline function weightOf(weights: usize, weighted: bool, i: i32): f64 {
  return weighted ? f64At(weights, i) : 1.0;
}

/** Σ (a_j − b_j)², summed as (s0 + s1) + (s2 + s3) with s_r over j ≡ r (mod 4), the tail into s0. */
@inline function squaredDistance(a: usize, b: usize, d: i32): f64 {
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

/**
 * Rows the bounded pass touches ahead of the row it works on. The rows that need distances are scattered
 * (a few percent to all of them), and each would wait for memory; an unused load of every cache line of
 * the row 6 ahead keeps the rows streaming into cache instead (wasm has no prefetch instruction).
 * Measured at n = 1M, d = 20: the bounded pass takes about a quarter less time; queueing and touching only
 * the rows that need distances measured slower than touching every row (bench/results/kmeans.md).
 */
const touchAhead = 6;

@inline function touchRow(address: usize, d: i32): void {
  const end = address + (<usize>d << 3);
  for (let line = address; line < end; line += 64) load<u8>(line);
}

/** The second result of `squaredDistancePair` (AssemblyScript functions return one value). */
let secondDistance: f64 = 0;

/**
 * ‖x − b‖² returned and ‖x − c‖² in `secondDistance`, each summed exactly as `squaredDistance` sums
 * it, in one loop so the two dependency chains run side by side.
 */
@inline function squaredDistancePair(x: usize, b: usize, c: usize, d: i32): f64 {
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

/** sums[to] += w · x, sums[from] −= w · x, in the pair order of add-row.ts's `moveRow`. */
@inline function moveRow(sums: usize, from: i32, to: i32, x: usize, d: i32, w: f64): void {
  const f = sums + ((<usize>from * <usize>d) << 3);
  const t = sums + ((<usize>to * <usize>d) << 3);
  const wv = f64x2.splat(w);
  let j = 0;
  for (; j + 1 < d; j += 2) {
    const at = <usize>j << 3;
    const v = f64x2.mul(wv, v128.load(x + at));
    v128.store(f + at, f64x2.sub(v128.load(f + at), v));
    v128.store(t + at, f64x2.add(v128.load(t + at), v));
  }
  for (; j < d; j++) {
    const v = w * f64At(x, j);
    setF64(f, j, f64At(f, j) - v);
    setF64(t, j, f64At(t, j) + v);
  }
}

/**
 * First k-means++ centre: closest[i] = ‖x_i − centre‖², lower[i k] = its root (when `withLower`).
 * Returns the potential Σ w_i closest[i].
 */
export function seedFirst(
  data: usize, n: i32, d: i32, k: i32, centre: usize,
  weights: usize, weighted: bool, closest: usize, lower: usize, withLower: bool,
): f64 {
  let potential: f64 = 0;
  for (let i = 0; i < n; i++) {
    const dist = squaredDistance(row(data, i, d), centre, d);
    setF64(closest, i, dist);
    if (withLower) setF64(lower, i * k, Math.sqrt(dist));
    potential += weightOf(weights, weighted, i) * dist;
  }
  return potential;
}

/**
 * One k-means++ step's candidate pass: for every row and candidate t, the squared distance to the
 * candidate (or `pruned` when d(candidate, own seed) ≥ 2 d(row, own seed)) into scratch[t n + i], and the
 * potential the candidate would leave into potentials[t].
 */
export function seedCandidates(
  data: usize, n: i32, d: i32, k: i32, candidates: usize, trials: i32, gap: usize,
  closest: usize, owner: usize, weights: usize, weighted: bool, scratch: usize, potentials: usize,
): void {
  for (let t = 0; t < trials; t++) setF64(potentials, t, 0);
  for (let i = 0; i < n; i++) {
    const x = row(data, i, d);
    const w = weightOf(weights, weighted, i);
    const current = f64At(closest, i);
    const own = i32At(owner, i);
    for (let t = 0; t < trials; t++) {
      const slot = t * n + i;
      if (f64At(gap, t * k + own) >= 4 * current) {
        setF64(scratch, slot, pruned);
        setF64(potentials, t, f64At(potentials, t) + w * current);
        continue;
      }
      const dist = squaredDistance(x, row(data, i32At(candidates, t), d), d);
      setF64(scratch, slot, dist);
      setF64(potentials, t, f64At(potentials, t) + w * (dist < current ? dist : current));
    }
  }
}

/**
 * Accepts candidate `best` as centre c: rows nearer to it change owner; lower[i k + c] becomes the exact
 * distance, or the triangle bound d(candidate, own seed) − d(row, own seed) where it was pruned.
 */
export function seedAccept(
  n: i32, k: i32, c: i32, best: i32, gap: usize, closest: usize, owner: usize,
  scratch: usize, lower: usize, withLower: bool,
): void {
  const at = best * n;
  for (let i = 0; i < n; i++) {
    const dist = f64At(scratch, at + i);
    if (dist == pruned) {
      if (withLower) {
        const bound = Math.sqrt(f64At(gap, best * k + i32At(owner, i))) - Math.sqrt(f64At(closest, i));
        setF64(lower, i * k + c, bound > 0 ? bound : 0);
      }
      continue;
    }
    if (withLower) setF64(lower, i * k + c, Math.sqrt(dist));
    if (dist < f64At(closest, i)) {
      setF64(closest, i, dist);
      setI32(owner, i, c);
    }
  }
}

/**
 * Elkan's full pass: every row assigned from scratch (a centre skipped when the best distance so far is
 * at most half its gap to the best centre), bounds rebuilt, labels written. Returns rows that changed.
 * Sums and counts are left to the caller, which rebuilds them from the labels.
 */
export function elkanFull(
  data: usize, n: i32, d: i32, k: i32, centres: usize, labels: usize, upper: usize, lower: usize,
  halfGap: usize, drift: usize,
): i32 {
  let changed = 0;
  for (let i = 0; i < n; i++) {
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
  halfGap: usize, drift: usize,
): i32 {
  let changed = 0;
  for (let i = 0; i < n; i++) {
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

/** reassign-row.ts: label, running sums, counts and weights (an emptied cluster's weight is an exact 0). */
@inline function reassign(
  x: usize, d: i32, w: f64, labels: usize, i: i32, from: i32, to: i32,
  sums: usize, clusterWeights: usize, counts: usize,
): void {
  setI32(labels, i, to);
  moveRow(sums, from, to, x, d, w);
  const left = i32At(counts, from) - 1;
  setI32(counts, from, left);
  setF64(clusterWeights, from, left == 0 ? 0 : f64At(clusterWeights, from) - w);
  setI32(counts, to, i32At(counts, to) + 1);
  setF64(clusterWeights, to, f64At(clusterWeights, to) + w);
}

/**
 * centre-update.ts's `clusterSums` plus the row counts: per-cluster weighted sums (k × d), weights and
 * counts from scratch, rows added in index order so the sums round exactly as there.
 */
export function clusterSums(
  data: usize, n: i32, d: i32, k: i32, labels: usize, weights: usize, weighted: bool,
  sums: usize, clusterWeights: usize, counts: usize,
): void {
  memory.fill(sums, 0, (<usize>k * <usize>d) << 3);
  memory.fill(clusterWeights, 0, <usize>k << 3);
  memory.fill(counts, 0, <usize>k << 2);
  for (let i = 0; i < n; i++) {
    const c = i32At(labels, i);
    const w = weightOf(weights, weighted, i);
    addRow(row(sums, c, d), row(data, i, d), d, w);
    setF64(clusterWeights, c, f64At(clusterWeights, c) + w);
    setI32(counts, c, i32At(counts, c) + 1);
  }
}

/** centre-update.ts's `inertiaOf`: Σ w_i ‖x_i − centre(label_i)‖², in row order. */
export function inertia(data: usize, n: i32, d: i32, labels: usize, weights: usize, weighted: bool, centres: usize): f64 {
  let total: f64 = 0;
  for (let i = 0; i < n; i++) {
    total += weightOf(weights, weighted, i) * squaredDistance(row(data, i, d), row(centres, i32At(labels, i), d), d);
  }
  return total;
}

/** target += w · x, element by element (add-row.ts's `addRow`). */
@inline function addRow(target: usize, x: usize, d: i32, w: f64): void {
  const wv = f64x2.splat(w);
  let j = 0;
  for (; j + 1 < d; j += 2) {
    const at = <usize>j << 3;
    v128.store(target + at, f64x2.add(v128.load(target + at), f64x2.mul(wv, v128.load(x + at))));
  }
  for (; j < d; j++) setF64(target, j, f64At(target, j) + w * f64At(x, j));
}
