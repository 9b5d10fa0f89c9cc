/**
 * k-means starts spread over worker threads. The data go into shared memory once; each worker runs
 * starts s, s + W, s + 2W, … with the core's `kmeansStart` (start s always seeded by `fork(s)`), and the
 * lowest inertia wins (ties: the lower start), so the result is identical for any number of threads.
 * Small problems stay on the calling thread: starting a worker costs more than it saves.
 *
 * Complexity: the core's, divided by min(threads, starts) on an idle machine; memory one shared copy of
 * the data plus labels per worker.
 *
 * @example const fit = await kmeansThreads(x, 5, { seed: 0, starts: 10, threads: 2 });
 * @throws the core's UsageError/InputError, re-raised from the worker that hit it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkClusterInput } from '../../core/cluster/check-input.js';
import { kmeans, kmeansFit, resolveKMeansOptions, type KMeansFit, type KMeansOptions } from '../../core/cluster/kmeans.js';
import type { KMeansRun } from '../../core/cluster/kmeans-run.js';
import type { Matrix } from '../../core/matrix/matrix.js';
import { InputError, SegmapError, UsageError } from '../../lib/errors.js';

export interface KMeansWorkerInput {
  readonly data: SharedArrayBuffer;
  readonly weights: SharedArrayBuffer | undefined;
  readonly rows: number;
  readonly cols: number;
  readonly k: number;
  readonly starts: number[];
  readonly options: Omit<KMeansOptions, 'weights' | 'onStart' | 'init'>;
}

export type KMeansWorkerOutput =
  | { kind: 'progress' }
  | { kind: 'done'; inertias: number[]; bestStart: number; labels: Int32Array; centres: Float64Array; inertia: number; iterations: number; converged: boolean }
  | { kind: 'error'; name: string; message: string };

export interface ThreadOptions extends KMeansOptions {
  readonly threads?: number;
  /** Below this many cells (rows × columns) the starts run on the calling thread. */
  readonly minCellsForThreads?: number;
}

export async function kmeansThreads(x: Matrix, k: number, options: ThreadOptions = {}): Promise<KMeansFit> {
  const starts = options.init ? 1 : (options.starts ?? 10);
  const workers = Math.min(options.threads ?? 1, starts);
  if (workers <= 1 || x.rows * x.cols < (options.minCellsForThreads ?? 200_000)) return kmeans(x, k, options);
  checkClusterInput(x, k, options.weights);
  const resolved = resolveKMeansOptions(x, k, options);
  const data = shared(x.data);
  const weights = resolved.weights === undefined ? undefined : shared(resolved.weights);
  const { weights: _w, onStart: _o, init: _i, ...plain } = resolved;
  let done = 0;
  const outputs = await Promise.all(Array.from({ length: workers }, (_, w) => runWorker({
    data, weights, rows: x.rows, cols: x.cols, k,
    starts: Array.from({ length: starts }, (_, s) => s).filter((s) => s % workers === w),
    options: plain,
  }, () => options.onStart?.(++done, starts))));
  const inertias = new Float64Array(starts);
  let best: { start: number; run: KMeansRun } | undefined;
  outputs.forEach((out, w) => {
    out.inertias.forEach((v, i) => void (inertias[w + i * workers] = v));
    const run: KMeansRun = { labels: out.labels, centres: out.centres, inertia: out.inertia, iterations: out.iterations, converged: out.converged };
    if (best === undefined || run.inertia < best.run.inertia || (run.inertia === best.run.inertia && out.bestStart < best.start)) best = { start: out.bestStart, run };
  });
  return kmeansFit(x, k, best!.run, inertias, resolved);
}

function shared(values: Float64Array): SharedArrayBuffer {
  if (values.buffer instanceof SharedArrayBuffer && values.byteOffset === 0 && values.byteLength === values.buffer.byteLength) return values.buffer;
  const buffer = new SharedArrayBuffer(values.byteLength);
  new Float64Array(buffer).set(values);
  return buffer;
}

/**
 * How to start the worker module next to this one: the compiled .js directly; under tsx (tests, benches)
 * the .ts source through a bootstrap that registers tsx's loader inside the worker, because workers do not
 * pick up a loader registered by the tsx CLI.
 */
function workerSpec(): { entry: URL | string; eval: boolean } {
  const js = new URL('./kmeans-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return { entry: js, eval: false };
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const ts = JSON.stringify(new URL('./kmeans-worker.ts', import.meta.url).href);
  return { entry: `import(${api}).then((tsx) => { tsx.register(); return import(${ts}); });`, eval: true };
}

function runWorker(input: KMeansWorkerInput, onProgress: () => void): Promise<Extract<KMeansWorkerOutput, { kind: 'done' }>> {
  return new Promise((resolveRun, reject) => {
    const spec = workerSpec();
    const worker = new Worker(spec.entry, { workerData: input, eval: spec.eval });
    worker.on('message', (message: KMeansWorkerOutput) => {
      if (message.kind === 'progress') onProgress();
      else if (message.kind === 'done') resolveRun(message);
      else reject(rebuild(message.name, message.message));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`k-means worker exited with code ${code}`));
    });
  });
}

/** Restores the error class a worker raised, so the CLI maps it as if it were thrown here. */
function rebuild(name: string, message: string): Error {
  if (name === 'UsageError') return new UsageError(message);
  if (name === 'InputError') return new InputError(message);
  return name === 'SegmapError' ? new SegmapError('internal', message) : new Error(message);
}
