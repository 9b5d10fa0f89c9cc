/**
 * A two-component Gaussian mixture on one variable, fitted by EM, and the cut point where an account is
 * as likely to belong to the upper component as to the lower. The alternative to natural breaks for the
 * opportunity matrix when scores look like two overlapping populations (a "typical" mass and a tail of
 * high-opportunity accounts).
 *
 * Method: EM (Dempster, Laird & Rubin, 1977) started from the two natural-breaks classes; variances get
 * `regularization` added at every M step, as scikit-learn's `reg_covar`, so a class of identical values
 * cannot collapse. Stops when the mean log-likelihood per value improves by less than `tol`.
 * Reference: sklearn.mixture.GaussianMixture(2, reg_covar=1e-6, tol=1e-10) on real CMS data,
 * test/reference/score/make.py.
 * Complexity: O(n) per iteration.
 *
 * @example
 * const fit = twoGaussianMixture(Float64Array.of(1, 1.2, 0.8, 1.1, 9, 9.5, 10, 8.7));
 * fit.means; // ≈ [1.025, 9.3]; fit.cut ≈ 2.94 (equal posterior: nearer the narrow lower component)
 */
import { jenksBreaks, classify } from './jenks-breaks.js';

export interface MixtureOptions {
  readonly maxIterations?: number;
  readonly tol?: number;
  readonly regularization?: number;
}

export interface TwoGaussianMixture {
  /** Mixing weights, lower-mean component first. */
  readonly weights: readonly [number, number];
  readonly means: readonly [number, number];
  readonly variances: readonly [number, number];
  /** Total log-likelihood of the values. */
  readonly logLikelihood: number;
  readonly iterations: number;
  readonly converged: boolean;
  /** The value between the means where both posteriors are 1/2; above it the upper component wins. */
  readonly cut: number;
}

const LOG_2PI = Math.log(2 * Math.PI);

export function twoGaussianMixture(values: ArrayLike<number>, options: MixtureOptions = {}): TwoGaussianMixture {
  const x = Float64Array.from(values);
  const n = x.length;
  if (n < 2) throw new RangeError('a two-component mixture needs at least 2 values');
  const reg = options.regularization ?? 1e-6;
  const tol = options.tol ?? 1e-10;
  const maxIterations = options.maxIterations ?? 1000;
  const resp = initialResponsibilities(x);
  let params = mStep(x, resp, reg);
  let previous = -Infinity;
  let logLikelihood = -Infinity;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    logLikelihood = eStep(x, params, resp);
    params = mStep(x, resp, reg);
    if (Math.abs(logLikelihood / n - previous / n) < tol) {
      converged = true;
      break;
    }
    previous = logLikelihood;
  }
  logLikelihood = eStep(x, params, resp);
  return ordered(params, logLikelihood, iterations, converged);
}

interface Params {
  readonly w: [number, number];
  readonly m: [number, number];
  readonly v: [number, number];
}

/** Hard responsibilities from the natural-breaks split (probability of the upper class). */
function initialResponsibilities(x: Float64Array): Float64Array {
  const { breaks } = jenksBreaks(x, 2);
  const resp = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) resp[i] = breaks.length === 0 ? (i % 2) : classify(x[i] as number, breaks);
  return resp;
}

/** Weights, means and variances from responsibilities of the upper component. */
function mStep(x: Float64Array, resp: Float64Array, reg: number): Params {
  const n = x.length;
  let r1 = 0;
  let s0 = 0;
  let s1 = 0;
  for (let i = 0; i < n; i++) {
    const r = resp[i] as number;
    r1 += r;
    s1 += r * (x[i] as number);
    s0 += (1 - r) * (x[i] as number);
  }
  const r0 = n - r1;
  const eps = 10 * Number.EPSILON; // sklearn adds this to the class totals
  const m: [number, number] = [s0 / (r0 + eps), s1 / (r1 + eps)];
  let v0 = 0;
  let v1 = 0;
  for (let i = 0; i < n; i++) {
    const r = resp[i] as number;
    const d0 = (x[i] as number) - m[0];
    const d1 = (x[i] as number) - m[1];
    v0 += (1 - r) * d0 * d0;
    v1 += r * d1 * d1;
  }
  return { w: [(r0 + eps) / n, (r1 + eps) / n], m, v: [v0 / (r0 + eps) + reg, v1 / (r1 + eps) + reg] };
}

/** Posterior of the upper component into `resp`; returns the log-likelihood (log-sum-exp per value). */
function eStep(x: Float64Array, { w, m, v }: Params, resp: Float64Array): number {
  const c0 = Math.log(w[0]) - 0.5 * (LOG_2PI + Math.log(v[0]));
  const c1 = Math.log(w[1]) - 0.5 * (LOG_2PI + Math.log(v[1]));
  let total = 0;
  for (let i = 0; i < x.length; i++) {
    const d0 = (x[i] as number) - m[0];
    const d1 = (x[i] as number) - m[1];
    const a = c0 - (0.5 * d0 * d0) / v[0];
    const b = c1 - (0.5 * d1 * d1) / v[1];
    const top = Math.max(a, b);
    const log = top + Math.log(Math.exp(a - top) + Math.exp(b - top));
    resp[i] = Math.exp(b - log);
    total += log;
  }
  return total;
}

function ordered(p: Params, logLikelihood: number, iterations: number, converged: boolean): TwoGaussianMixture {
  const swap = p.m[0] > p.m[1];
  const pick = <T>(pair: readonly [T, T]): [T, T] => (swap ? [pair[1], pair[0]] : [pair[0], pair[1]]);
  const w = pick(p.w);
  const m = pick(p.m);
  const v = pick(p.v);
  return { weights: w, means: m, variances: v, logLikelihood, iterations, converged, cut: equalPosterior(w, m, v) };
}

/**
 * Solves w0 N(x; m0, v0) = w1 N(x; m1, v1) for x, keeping the root between the means (a quadratic when
 * the variances differ); the midpoint when no root lies between them.
 */
export function equalPosterior(w: readonly [number, number], m: readonly [number, number], v: readonly [number, number]): number {
  const a = 1 / v[1] - 1 / v[0];
  const b = 2 * (m[0] / v[0] - m[1] / v[1]);
  const c = (m[1] * m[1]) / v[1] - (m[0] * m[0]) / v[0] + Math.log(v[1] / v[0]) - 2 * Math.log(w[1] / w[0]);
  const lo = Math.min(m[0], m[1]);
  const hi = Math.max(m[0], m[1]);
  const roots = Math.abs(a) < 1e-15 * (1 / v[0] + 1 / v[1]) ? [-c / b] : quadraticRoots(a, b, c);
  const inside = roots.filter((r) => r >= lo && r <= hi);
  return inside[0] ?? (m[0] + m[1]) / 2;
}

function quadraticRoots(a: number, b: number, c: number): number[] {
  const disc = b * b - 4 * a * c;
  if (disc < 0) return [];
  const q = -0.5 * (b + Math.sign(b || 1) * Math.sqrt(disc));
  return [q / a, c / q].filter(Number.isFinite);
}
