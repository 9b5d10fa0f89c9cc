/**
 * Limited-memory BFGS for smooth unconstrained minimisation: the solver behind multinomial logistic
 * regression, as in scikit-learn's `solver='lbfgs'`. Two-loop recursion over the last `memory` steps,
 * backtracking line search with the Armijo condition, and curvature pairs skipped when sᵀy is not
 * positive (the objective here is convex, so that only happens from rounding).
 *
 * Stops when the largest gradient component is at most `gradientTolerance`, or the objective stops
 * changing (relative change below 1e-15 twice), or after `maxIterations`.
 *
 * Reference: Nocedal & Wright, Numerical Optimization (2nd ed., 2006), algorithms 7.4 and 7.5; 3.1.
 * Complexity: O(memory · d) per iteration plus the objective's own cost.
 *
 * @example
 * // minimise (x0 − 3)² + (x1 + 1)²
 * const r = lbfgs((x, g) => { g[0] = 2 * (x[0]! - 3); g[1] = 2 * (x[1]! + 1); return (x[0]! - 3) ** 2 + (x[1]! + 1) ** 2; },
 *   new Float64Array(2));
 * r.x;   // ≈ [3, −1]
 */

/** Writes the gradient at x into `gradient` and returns the objective. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface LbfgsOptions {
  readonly memory?: number;
  readonly maxIterations?: number;
  readonly gradientTolerance?: number;
}

export interface LbfgsResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly iterations: number;
  readonly converged: boolean;
  readonly gradientNorm: number;
}

const maxAbs = (v: Float64Array): number => {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]!));
  return m;
};

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

export function lbfgs(objective: Objective, x0: Float64Array, options: LbfgsOptions = {}): LbfgsResult {
  const memory = options.memory ?? 10;
  const maxIterations = options.maxIterations ?? 1000;
  const tolerance = options.gradientTolerance ?? 1e-8;
  const d = x0.length;
  const x = Float64Array.from(x0);
  const g = new Float64Array(d);
  let f = objective(x, g);
  const sHistory: Float64Array[] = [];
  const yHistory: Float64Array[] = [];
  const rhoHistory: number[] = [];
  const direction = new Float64Array(d);
  const alpha = new Float64Array(memory);
  const xNew = new Float64Array(d);
  const gNew = new Float64Array(d);
  let flat = 0;
  let iteration = 0;
  for (; iteration < maxIterations; iteration++) {
    if (maxAbs(g) <= tolerance) return { x, value: f, iterations: iteration, converged: true, gradientNorm: maxAbs(g) };
    searchDirection(g, sHistory, yHistory, rhoHistory, alpha, direction);
    let slope = dot(direction, g);
    if (!(slope < 0)) {
      // not a descent direction (rounding in the history): restart from steepest descent
      sHistory.length = yHistory.length = rhoHistory.length = 0;
      for (let i = 0; i < d; i++) direction[i] = -g[i]!;
      slope = -dot(g, g);
    }
    let step = sHistory.length === 0 ? Math.min(1, 1 / Math.max(maxAbs(g), 1e-300)) : 1;
    let fNew = Infinity;
    for (let tries = 0; tries < 60; tries++) {
      for (let i = 0; i < d; i++) xNew[i] = x[i]! + step * direction[i]!;
      fNew = objective(xNew, gNew);
      if (fNew <= f + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNew <= f)) return { x, value: f, iterations: iteration, converged: false, gradientNorm: maxAbs(g) };
    const s = new Float64Array(d);
    const y = new Float64Array(d);
    for (let i = 0; i < d; i++) {
      s[i] = xNew[i]! - x[i]!;
      y[i] = gNew[i]! - g[i]!;
    }
    const sy = dot(s, y);
    if (sy > 1e-16 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (sHistory.length === memory) {
        sHistory.shift();
        yHistory.shift();
        rhoHistory.shift();
      }
      sHistory.push(s);
      yHistory.push(y);
      rhoHistory.push(1 / sy);
    }
    flat = Math.abs(f - fNew) <= 1e-15 * Math.max(1, Math.abs(f)) ? flat + 1 : 0;
    x.set(xNew);
    g.set(gNew);
    f = fNew;
    if (flat >= 2) break;
  }
  const norm = maxAbs(g);
  return { x, value: f, iterations: iteration, converged: norm <= tolerance, gradientNorm: norm };
}

/** direction = −H g by the two-loop recursion, with H₀ = (sᵀy / yᵀy) I. */
function searchDirection(g: Float64Array, s: Float64Array[], y: Float64Array[], rho: number[], alpha: Float64Array, out: Float64Array): void {
  out.set(g);
  const m = s.length;
  for (let i = m - 1; i >= 0; i--) {
    const a = rho[i]! * dot(s[i]!, out);
    alpha[i] = a;
    const yi = y[i]!;
    for (let j = 0; j < out.length; j++) out[j] = out[j]! - a * yi[j]!;
  }
  if (m > 0) {
    const gamma = 1 / (rho[m - 1]! * dot(y[m - 1]!, y[m - 1]!));
    for (let j = 0; j < out.length; j++) out[j] = out[j]! * gamma;
  }
  for (let i = 0; i < m; i++) {
    const b = rho[i]! * dot(y[i]!, out);
    const si = s[i]!;
    const a = alpha[i]!;
    for (let j = 0; j < out.length; j++) out[j] = out[j]! + (a - b) * si[j]!;
  }
  for (let j = 0; j < out.length; j++) out[j] = -out[j]!;
}
