/** The k-means++ passes over all rows (src/core/cluster/seed-passes.ts is the JavaScript twin). */
import { squaredDistance } from './distance';
import { f64At, i32At, row, setF64, setI32, weightOf } from './memory';

/** Marks a candidate distance the triangle inequality ruled out (real squared distances are ≥ 0). */
const pruned: f64 = -1;

/**
 * First k-means++ centre: closest[i] = ‖x_i − centre‖², lower[i k] = its root (when `withLower`).
 * Returns the potential Σ w_i closest[i].
 */
export function seedFirst(
  data: usize, n: i32, d: i32, k: i32, centre: usize,
  weights: usize, weighted: bool, closest: usize, lower: usize, withLower: bool,
  from: i32, to: i32, potentialSoFar: f64,
): f64 {
  let potential = potentialSoFar;
  for (let i = from; i < to; i++) {
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
  from: i32, to: i32,
): void {
  for (let i = from; i < to; i++) {
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
  scratch: usize, lower: usize, withLower: bool, from: i32, to: i32,
): void {
  const at = best * n;
  for (let i = from; i < to; i++) {
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
