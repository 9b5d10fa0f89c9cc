/**
 * Multinomial logistic regression with an L2 penalty, fitted by L-BFGS: the same model and objective as
 * scikit-learn's `LogisticRegression(multi_class='multinomial', solver='lbfgs', C=C)`, so coefficients
 * agree with sklearn's at its optimum (test/reference/classify). Minimises
 *
 *   C · Σᵢ wᵢ · (−log pᵢ,yᵢ) + ½ Σ_c ‖w_c‖²        (intercepts unpenalised)
 *
 * divided by C·Σwᵢ so the gradient tolerance means the same for any n. Intercepts are defined only up to
 * a common shift; starting from zero keeps their sum at zero, as in sklearn.
 *
 * Reference: sklearn.linear_model.LogisticRegression (1.2) documentation, "multinomial" loss; Bishop
 * (2006) §4.3.4 for the gradient.
 * Complexity: O(n·k·p) per objective evaluation; typically 20–200 evaluations.
 *
 * @example
 * const fit = fitLogisticRegression(fromRows([[0], [1], [2], [3]]), Int32Array.of(0, 0, 1, 1), 2, { C: 1 });
 * fit.coefficients;   // [−0.7…, 0.7…]: class 1 grows with x
 */
import type { Matrix } from '../matrix/matrix.js';
import { lbfgs } from './lbfgs.js';
import { multinomialHessian, newtonPolish } from './newton-polish.js';
import type { LinearClassifier } from './linear-classifier.js';

export interface LogisticOptions {
  /** Inverse regularisation strength (sklearn's C); default 1. */
  readonly C?: number;
  /** Row weights (survey weights); default all 1. */
  readonly weights?: Float64Array;
  readonly maxIterations?: number;
  /** Largest gradient component at convergence (scaled objective); default 1e-8. */
  readonly tolerance?: number;
  /** Starting parameters (a previous fit on similar data), k·p coefficients then k intercepts. */
  readonly start?: Float64Array;
  /**
   * Finish small problems with exact Newton steps (default true): needed to reach a 1e-8 gradient, i.e.
   * sklearn's coefficients. Cross-validation only needs predictions, which a 1e-4 gradient already fixes;
   * there L-BFGS alone (false) is several times cheaper than building Hessians.
   */
  readonly polish?: boolean;
}

export interface LogisticFit extends LinearClassifier {
  readonly iterations: number;
  readonly converged: boolean;
  /** The scaled objective at the optimum. */
  readonly loss: number;
}

export function fitLogisticRegression(x: Matrix, y: Int32Array, k: number, options: LogisticOptions = {}): LogisticFit {
  const { rows: n, cols: p } = x;
  if (y.length !== n) throw new RangeError(`labels have ${y.length} rows, data has ${n}`);
  const C = options.C ?? 1;
  if (!(C > 0)) throw new RangeError('C must be positive');
  const weights = options.weights;
  let totalWeight = n;
  if (weights) totalWeight = weights.reduce((a, b) => a + b, 0);
  const penalty = 1 / (C * totalWeight);
  const scale = 1 / totalWeight;
  const tolerance = options.tolerance ?? 1e-8;
  const objective = multinomialObjective(x, y, k, weights, penalty, scale);
  const start = options.start ?? new Float64Array(k * p + k);
  // L-BFGS gets close cheaply; Newton steps (small problems only) then reach the optimum's round-off
  const polish = (options.polish ?? true) && k * (p + 1) <= maxNewtonParameters;
  let result = lbfgs(objective, start, { maxIterations: options.maxIterations ?? 2000, gradientTolerance: !polish ? tolerance : k * (p + 1) <= newtonOnly ? Infinity : Math.max(tolerance, newtonFrom) });
  let iterations = result.iterations;
  if (polish && !(result.gradientNorm <= tolerance)) {
    const newton = newtonPolish(objective, (theta) => multinomialHessian(x, k, weights, penalty, scale, theta), result.x, tolerance);
    iterations += newton.iterations;
    result = { ...result, x: newton.x, value: newton.value, converged: newton.converged };
  }
  const coefficients = result.x.slice(0, k * p);
  const intercepts = centre(result.x.slice(k * p));
  return { k, p, coefficients, intercepts, iterations, converged: result.converged, loss: result.value };
}

/** Above this many parameters the dense Newton polish costs more than it is worth. */
const maxNewtonParameters = 600;
/** L-BFGS hands over to Newton at this gradient size: past it, L-BFGS crawls on unscaled data. */
const newtonFrom = 1e-3;
/** Up to this many parameters a Newton step is cheaper than L-BFGS's many small ones: Newton from the start. */
const newtonOnly = 100;

/** Shifts intercepts to sum to zero (sklearn's gauge); probabilities do not change. */
function centre(intercepts: Float64Array): Float64Array {
  const mean = intercepts.reduce((a, b) => a + b, 0) / intercepts.length;
  return intercepts.map((v) => v - mean);
}

/**
 * Loss and gradient of the scaled objective: `scale`·Σ wᵢ·(−log pᵢ,yᵢ) + `penalty`/2·‖W‖²,
 * over θ = [W (k×p, row-major), b (k)]. Segments go four at a time through each row (one load of a
 * feature serves four scores and four gradient entries): every fit in cross-validation and forward
 * selection spends its time here.
 */
export function multinomialObjective(x: Matrix, y: Int32Array, k: number, weights: Float64Array | undefined, penalty: number, scale: number) {
  const { rows: n, cols: p } = x;
  const data = x.data;
  const z = new Float64Array(k);
  const kp = k * p;
  return (theta: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0);
    let loss = 0;
    for (let i = 0, row = 0; i < n; i++, row += p) {
      rowScores(theta, data, row, k, p, z);
      let max = z[0]!;
      for (let c = 1; c < k; c++) if (z[c]! > max) max = z[c]!;
      const label = y[i]!;
      const zLabel = z[label]!;
      let sum = 0;
      for (let c = 0; c < k; c++) {
        const e = Math.exp(z[c]! - max);
        z[c] = e;
        sum += e;
      }
      const wi = (weights ? weights[i]! : 1) * scale;
      loss += wi * (max + Math.log(sum) - zLabel);
      for (let c = 0; c < k; c++) z[c] = wi * (z[c]! / sum - (c === label ? 1 : 0));
      addRowGradient(gradient, data, row, k, p, z);
    }
    let norm = 0;
    for (let j = 0; j < kp; j++) {
      norm += theta[j]! * theta[j]!;
      gradient[j] = gradient[j]! + penalty * theta[j]!;
    }
    return loss + 0.5 * penalty * norm;
  };
}

/** z_c = b_c + Σ_j w_cj·x_j for one row (intercept first, features in order, as every scorer adds). */
function rowScores(theta: Float64Array, data: Float64Array, row: number, k: number, p: number, z: Float64Array): void {
  const kp = k * p;
  let c = 0;
  for (; c + 4 <= k; c += 4) {
    const w0 = c * p;
    const w1 = w0 + p;
    const w2 = w1 + p;
    const w3 = w2 + p;
    let s0 = theta[kp + c]!;
    let s1 = theta[kp + c + 1]!;
    let s2 = theta[kp + c + 2]!;
    let s3 = theta[kp + c + 3]!;
    for (let j = 0; j < p; j++) {
      const v = data[row + j]!;
      s0 += theta[w0 + j]! * v;
      s1 += theta[w1 + j]! * v;
      s2 += theta[w2 + j]! * v;
      s3 += theta[w3 + j]! * v;
    }
    z[c] = s0;
    z[c + 1] = s1;
    z[c + 2] = s2;
    z[c + 3] = s3;
  }
  for (; c < k; c++) {
    const w = c * p;
    let s = theta[kp + c]!;
    for (let j = 0; j < p; j++) s += theta[w + j]! * data[row + j]!;
    z[c] = s;
  }
}

/** gradient_cj += r_c·x_j and gradient_b_c += r_c for one row's residuals r. */
function addRowGradient(gradient: Float64Array, data: Float64Array, row: number, k: number, p: number, r: Float64Array): void {
  const kp = k * p;
  let c = 0;
  for (; c + 4 <= k; c += 4) {
    const w0 = c * p;
    const w1 = w0 + p;
    const w2 = w1 + p;
    const w3 = w2 + p;
    const r0 = r[c]!;
    const r1 = r[c + 1]!;
    const r2 = r[c + 2]!;
    const r3 = r[c + 3]!;
    for (let j = 0; j < p; j++) {
      const v = data[row + j]!;
      gradient[w0 + j] = gradient[w0 + j]! + r0 * v;
      gradient[w1 + j] = gradient[w1 + j]! + r1 * v;
      gradient[w2 + j] = gradient[w2 + j]! + r2 * v;
      gradient[w3 + j] = gradient[w3 + j]! + r3 * v;
    }
  }
  for (; c < k; c++) {
    const w = c * p;
    const rc = r[c]!;
    for (let j = 0; j < p; j++) gradient[w + j] = gradient[w + j]! + rc * data[row + j]!;
  }
  for (let c2 = 0; c2 < k; c2++) gradient[kp + c2] = gradient[kp + c2]! + r[c2]!;
}
