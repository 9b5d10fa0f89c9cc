/**
 * Worker-thread entry for k-means starts: receives the data as shared memory (no copy), runs its share of
 * the starts with the core's `kmeansStart`, and posts back every start's inertia and its best run.
 * Spawned by ./kmeans-threads.ts; never imported.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { kmeansStart, startMemory, type KMeansOptions } from '../../core/cluster/kmeans.js';
import type { KMeansWorkerInput, KMeansWorkerOutput } from './kmeans-threads.js';

const input = workerData as KMeansWorkerInput;
const x = { rows: input.rows, cols: input.cols, data: new Float64Array(input.data) };
const options: KMeansOptions = { ...input.options, ...(input.weights ? { weights: new Float64Array(input.weights) } : {}) };
try {
  const memory = startMemory(x, input.k, options);
  const inertias: number[] = [];
  let best: { start: number; run: ReturnType<typeof kmeansStart> } | undefined;
  for (const start of input.starts) {
    const run = kmeansStart(x, input.k, start, options, memory);
    inertias.push(run.inertia);
    if (best === undefined || run.inertia < best.run.inertia) best = { start, run };
    parentPort!.postMessage({ kind: 'progress' } satisfies KMeansWorkerOutput);
  }
  const { run } = best!;
  const output: KMeansWorkerOutput = {
    kind: 'done', inertias, bestStart: best!.start,
    labels: run.labels, centres: run.centres, inertia: run.inertia, iterations: run.iterations, converged: run.converged,
  };
  parentPort!.postMessage(output, [run.labels.buffer as ArrayBuffer]);
} catch (error) {
  const output: KMeansWorkerOutput = { kind: 'error', name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) };
  parentPort!.postMessage(output);
}
