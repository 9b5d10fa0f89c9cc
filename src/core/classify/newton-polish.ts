/**
 * Newton's method for the multinomial logistic objective of ./logistic-regression.ts, started near the
 * optimum (after L-BFGS): a few exact-Hessian steps take the gradient from 1e-5 to round-off, so the
 * coefficients are the optimum's to ~1e-9 — what agreement with scikit-learn needs. Intercepts are
 * defined only up to a common shift (a null direction u = [0…0, 1…1] of the Hessian); adding u uᵀ
 * makes the Hessian positive definite without changing steps, because the gradient is orthogonal to u.
 *
 * Reference: Nocedal & Wright (2006) §3.3 (Newton with backtracking); Böhning (1992), "Multinomial
 * logistic regression algorithm", Ann. Inst. Stat. Math. 44:197 (the Hessian's block form).
 * Complexity: O(n·k²·p²) to build the Hessian plus O((k·p)³) to solve, per step.
 *
 * @example
 * const theta = newtonPolish(objective, hessian, start, 1e-10).x;
 */
import type { Matrix } from '../matrix/matrix.js';
import { solveCholesky } from '../matrix/cholesky.js';
import { choleskyWithRidge } from '../matrix/cholesky-with-ridge.js';
import type { Objective } from './lbfgs.js';

export interface NewtonResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * The Hessian of the scaled objective at θ = [W (k×p), b (k)], as a dense d×d matrix (d = k·p + k),
 * plus u uᵀ on the intercept block (see above).
 */
export function multinomialHessian(x: Matrix, k: number, weights: Float64Array | undefined, penalty: number, scale: number, theta: Float64Array): Float64Array {
  const { rows: n, cols: p } = x;
  const q = p + 1;
  const d = k * q;
  // accumulate in "augmented" order [w_c (p), b_c] per class, where blocks are contiguous, then permute
  const aug = new Float64Array(d * d);
  const prob = new Float64Array(k);
  const xt = new Float64Array(q);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < p; j++) xt[j] = x.data[i * p + j]!;
    xt[p] = 1;
    let max = -Infinity;
    for (let c = 0; c < k; c++) {
      let s = theta[k * p + c]!;
      for (let j = 0; j < p; j++) s += theta[c * p + j]! * xt[j]!;
      prob[c] = s;
      if (s > max) max = s;
    }
    let sum = 0;
    for (let c = 0; c < k; c++) sum += (prob[c] = Math.exp(prob[c]! - max));
    const wi = (weights ? weights[i]! : 1) * scale;
    for (let c = 0; c < k; c++) prob[c] = prob[c]! / sum;
    for (let c = 0; c < k; c++) {
      const pc = prob[c]!;
      for (let c2 = 0; c2 <= c; c2++) {
        const f = wi * (c === c2 ? pc * (1 - pc) : -pc * prob[c2]!);
        if (f === 0) continue;
        // lower triangle of the block only (b <= a): blocks are symmetric; mirrored below
        for (let a = 0; a < q; a++) {
          const fa = f * xt[a]!;
          const row = (c * q + a) * d + c2 * q;
          for (let b = 0; b <= a; b++) aug[row + b] = aug[row + b]! + fa * xt[b]!;
        }
      }
    }
  }
  // fill each block's upper triangle from its lower one
  for (let c = 0; c < k; c++) {
    for (let c2 = 0; c2 <= c; c2++) {
      for (let a = 0; a < q; a++) for (let b = a + 1; b < q; b++) aug[(c * q + a) * d + c2 * q + b] = aug[(c * q + b) * d + c2 * q + a]!;
    }
  }
  const index = (r: number): number => {
    const c = Math.floor(r / q);
    const a = r - c * q;
    return a < p ? c * p + a : k * p + c;
  };
  const h = new Float64Array(d * d);
  for (let r = 0; r < d; r++) {
    const ir = index(r);
    for (let s = 0; s < d; s++) {
      // only blocks with c2 <= c were accumulated; read the mirror for the others
      const v = Math.floor(s / q) <= Math.floor(r / q) ? aug[r * d + s]! : aug[s * d + r]!;
      h[ir * d + index(s)] = v;
    }
  }
  for (let j = 0; j < k * p; j++) h[j * d + j] = h[j * d + j]! + penalty;
  for (let c = 0; c < k; c++) for (let c2 = 0; c2 < k; c2++) h[(k * p + c) * d + k * p + c2] = h[(k * p + c) * d + k * p + c2]! + 1 / k;
  return h;
}

export function newtonPolish(objective: Objective, hessian: (theta: Float64Array) => Float64Array, start: Float64Array, tolerance: number, maxIterations = 50): NewtonResult {
  const d = start.length;
  let x = Float64Array.from(start);
  const g = new Float64Array(d);
  let f = objective(x, g);
  const gTrial = new Float64Array(d);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (maxAbs(g) <= tolerance) return { x, value: f, iterations: iteration, converged: true };
    const { l } = choleskyWithRidge(hessian(x), d);
    const step = solveCholesky(l, d, Float64Array.from(g, (v) => -v));
    let t = 1;
    let accepted = false;
    for (let tries = 0; tries < 30; tries++) {
      const trial = Float64Array.from(x, (v, i) => v + t * step[i]!);
      const fTrial = objective(trial, gTrial);
      if (fTrial <= f + 1e-4 * t * dotProduct(g, step) || maxAbs(gTrial) < maxAbs(g) * 0.5) {
        x = trial;
        f = fTrial;
        g.set(gTrial);
        accepted = true;
        break;
      }
      t *= 0.5;
    }
    if (!accepted) return { x, value: f, iterations: iteration, converged: maxAbs(g) <= tolerance };
  }
  return { x, value: f, iterations: maxIterations, converged: maxAbs(g) <= tolerance };
}

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]!));
  return m;
}

function dotProduct(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
