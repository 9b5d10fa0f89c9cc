/**
 * The working memory of k-means on one data matrix: the rows, copied once into a WebAssembly instance's
 * memory, and every array the k-means++ seeding and Elkan's passes read and write there
 * (assembly/kmeans.ts). One memory serves every start of a fit, so the copy is paid once per fit (or once
 * per worker thread), not once per start. The JavaScript parts of the algorithms (draws, centre moves,
 * empty-cluster relocation) work on the same arrays through typed views, and a view's `byteOffset` is the
 * address a kernel function takes.
 *
 * `undefined` when the arrays would not fit in 32-bit wasm memory (about n (d + 2k + 6) doubles above
 * 4 GiB, e.g. 20M rows × 20 columns): callers then use the JavaScript seeding and Hamerly's bounds,
 * which give the same result with less memory.
 */
import type { Matrix } from '../matrix/matrix.js';
import { kmeansWasm } from '../wasm/generated/kmeans.js';
import { instantiateKernel, type Kernel, type LayoutPlan } from '../wasm/instantiate.js';

const kernelFunctions = ['seedFirst', 'seedCandidates', 'seedAccept', 'elkanFull', 'elkanBounded', 'clusterSums', 'inertia'] as const;

export type KMeansKernelFunction = (typeof kernelFunctions)[number];

export interface KMeansArrays {
  readonly data: Float64Array;
  /** Row weights; length 0 when unweighted. */
  readonly weights: Float64Array;
  /** Seeding: squared distance to the nearest seed. */
  readonly closest: Float64Array;
  /** Seeding's nearest seed, then Elkan's labels. */
  readonly labels: Int32Array;
  readonly upper: Float64Array;
  /** n × k lower bounds (seeding writes them for Elkan's first iteration). */
  readonly lower: Float64Array;
  /** trials × n candidate distances of the current seeding step. */
  readonly scratch: Float64Array;
  readonly candidates: Int32Array;
  readonly potentials: Float64Array;
  /** trials × k squared distances from each candidate to each seed. */
  readonly gap: Float64Array;
  readonly centres: Float64Array;
  readonly nextCentres: Float64Array;
  readonly sums: Float64Array;
  readonly clusterWeights: Float64Array;
  readonly counts: Int32Array;
  readonly shift: Float64Array;
  readonly halfGap: Float64Array;
  readonly drift: Float64Array;
}

export interface KMeansMemory extends Kernel<KMeansKernelFunction, KMeansArrays> {
  readonly n: number;
  readonly d: number;
  readonly k: number;
  readonly trials: number;
  readonly weighted: boolean;
  /** Whether the arrays have room for Elkan's bounds. */
  readonly elkan: boolean;
}

/**
 * Rows per call of a pass over the rows: short enough that V8's optimised code, compiled in the
 * background once a kernel runs hot, takes over within the first pass; long enough that calls cost nothing.
 */
const blockRows = 65536;

/** Calls `pass(from, to)` over [0, n) in blocks of `blockRows`, in order. */
export function forBlocks(n: number, pass: (from: number, to: number) => void): void {
  for (let from = 0; from < n; from += blockRows) pass(from, Math.min(n, from + blockRows));
}

/** Candidates per k-means++ step, as scikit-learn: 2 + ⌊ln k⌋. */
export const defaultLocalTrials = (k: number): number => 2 + Math.floor(Math.log(k));

export interface KMeansMemoryOptions {
  readonly trials?: number;
  /** Room for Elkan's bounds (n × k lower bounds); without it, for seeding only. Default true. */
  readonly elkan?: boolean;
}

export function kmeansMemory(x: Matrix, k: number, weights: Float64Array | undefined, options: KMeansMemoryOptions = {}): KMeansMemory | undefined {
  const { rows: n, cols: d } = x;
  const trials = options.trials ?? defaultLocalTrials(k);
  const elkan = options.elkan ?? true;
  const layout = (plan: LayoutPlan): KMeansArrays => ({
    data: plan.f64(n * d),
    weights: plan.f64(weights === undefined ? 0 : n),
    closest: plan.f64(n),
    labels: plan.i32(n),
    upper: plan.f64(elkan ? n : 0),
    lower: plan.f64(elkan ? n * k : 0),
    scratch: plan.f64(trials * n),
    candidates: plan.i32(trials),
    potentials: plan.f64(trials),
    gap: plan.f64(trials * k),
    centres: plan.f64(k * d),
    nextCentres: plan.f64(k * d),
    sums: plan.f64(k * d),
    clusterWeights: plan.f64(k),
    counts: plan.i32(k),
    shift: plan.f64(k),
    halfGap: plan.f64(k * k),
    drift: plan.f64(k),
  });
  const kernel = instantiateKernel(kmeansWasm, kernelFunctions, layout);
  if (kernel === undefined) return undefined;
  kernel.arrays.data.set(x.data.subarray(0, n * d));
  if (weights !== undefined) kernel.arrays.weights.set(weights);
  return { ...kernel, n, d, k, trials, elkan, weighted: weights !== undefined };
}
