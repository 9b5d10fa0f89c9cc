/**
 * `segmap cluster` as a use case, shared by the CLI and the API:
 *   1. read the file's columns (data/read-table via ./cluster-data.ts)
 *   2. prepare them for the method (./method-for.ts: weights, screening, missing values, scaling)
 *   3. fit one k, or fit every k of a range and compare them (core select-k: criteria, bootstrap
 *      stability, a recommendation with its reason)
 *   4. write DIR/model.json, DIR/assignments.csv and, for a range, DIR/selection.json (atomically)
 *
 * @example
 * const result = await runCluster({ file: 'survey.csv', method: 'kmeans', ks: [2, 3, 4, 5, 6], out: 'seg' });
 * result.model.k; // the recommended k; result.selection!.recommended.reason
 */
import { segmentSizes } from '../../core/cluster/canonical-order.js';
import type { ClusterFit } from '../../core/cluster/fit-result.js';
import { defaultRecommendRules } from '../../core/cluster/recommend-k.js';
import { selectK, type Selection } from '../../core/cluster/select-k.js';
import { silentLogger, type Logger } from '../../lib/logger.js';
import { noProgress, type ProgressSink } from '../../lib/progress.js';
import type { ClusterMethod, ClusterModel, ClusterSelection } from '../../spec/cluster-model.js';
import { loadClusterData } from './cluster-data.js';
import { writeClusterOutputs } from './cluster-outputs.js';
import { methodFor } from './method-for.js';
import type { MethodInput } from './method-input.js';

export interface ClusterRunOptions {
  readonly file: string;
  readonly method: ClusterMethod;
  /** One k, or the range to compare. */
  readonly ks: readonly number[];
  readonly out: string;
  readonly columns?: readonly string[] | undefined;
  readonly id?: string | undefined;
  readonly weights?: string | undefined;
  readonly seed?: number;
  readonly starts?: number | undefined;
  readonly threads?: number;
  /** Bootstrap resamples per k when comparing (default 20). */
  readonly resamples?: number;
  readonly version?: string;
  readonly logger?: Logger;
}

export interface ClusterRunResult {
  readonly model: ClusterModel;
  readonly selection: ClusterSelection | undefined;
  readonly files: string[];
}

export const defaultClusterSeed = 42;

export async function runCluster(options: ClusterRunOptions, progress: ProgressSink = noProgress): Promise<ClusterRunResult> {
  const logger = options.logger ?? silentLogger;
  progress({ phase: 'reading', done: 0, detail: options.file });
  const data = await loadClusterData(options.file, options);
  progress({ phase: 'preparing', done: 0 });
  const input = methodFor(options.method, data.columns, { weights: data.weights, weightsColumn: data.weightsColumn, logger });
  const solved = await solve(input, options, progress);
  const meta: DocumentMeta = { file: data.file, idColumn: data.idColumn, columns: data.columns.map((c) => c.name), version: options.version, seed: options.seed, threads: options.threads, ks: options.ks };
  const model = modelDocument(input, meta, solved.fit, solved.fitSeconds);
  const { labels, probability } = spread(solved.fit, input.rows, data.rows);
  const selection = solved.selection && selectionDocument(input, meta, solved.selection, solved.fitSeconds, solved.perK);
  progress({ phase: 'writing', done: 0, detail: options.out });
  const consensus = solved.selection?.consensus && spread(solved.selection.consensus, input.rows, data.rows);
  const files = await writeClusterOutputs(options.out, { model, assignments: { ids: data.ids, labels, probability }, ...(selection ? { selection } : {}), ...(consensus ? { consensus: { ids: data.ids, ...consensus } } : {}) });
  return { model, selection, files };
}

/** What model.json and selection.json say about where the data came from and how the run was set up. */
export interface DocumentMeta {
  readonly file: string;
  readonly idColumn: string | null;
  readonly columns: readonly string[];
  readonly version?: string | undefined;
  readonly seed?: number | undefined;
  readonly threads?: number | undefined;
  readonly ks: readonly number[];
}

/** Labels and probabilities of the prepared rows placed back on the input rows (-1 for rows left out). */
export function spread(values: { labels: Int32Array; probability: Float64Array }, rows: Int32Array, n: number): { labels: Int32Array; probability: Float64Array } {
  const labels = new Int32Array(n).fill(-1);
  const probability = new Float64Array(n);
  rows.forEach((row, i) => {
    labels[row] = values.labels[i]!;
    probability[row] = values.probability[i]!;
  });
  return { labels, probability };
}

export interface Solved {
  readonly fit: ClusterFit;
  readonly fitSeconds: number;
  readonly selection?: Selection;
  readonly perK: Map<number, number>;
}

export async function solve(input: MethodInput, options: Pick<ClusterRunOptions, 'ks' | 'seed' | 'starts' | 'threads' | 'resamples'>, progress: ProgressSink): Promise<Solved> {
  const seed = options.seed ?? defaultClusterSeed;
  const settings = { seed, starts: options.starts, threads: options.threads ?? 1 };
  const perK = new Map<number, number>();
  const fits = new Map<number, ClusterFit>();
  const started = performance.now();
  for (const k of options.ks) {
    const t = performance.now();
    progress({ phase: 'fitting', done: fits.size, total: options.ks.length, detail: `k = ${k}` });
    fits.set(k, await input.fit(k, settings));
    perK.set(k, (performance.now() - t) / 1000);
  }
  if (options.ks.length === 1) {
    const k = options.ks[0]!;
    return { fit: fits.get(k)!, fitSeconds: perK.get(k)!, perK };
  }
  const selection = selectK({
    ks: options.ks, x: input.metricSpace, weights: input.weights, seed, resamples: options.resamples,
    fitAll: (k) => fits.get(k)!,
    fitRows: (k, rows, b) => input.refit(k, rows, seed + 1000 * (b + 1), options.starts),
    onProgress: (done, total, k) => progress({ phase: 'stability', done: Math.floor(done), total, detail: `k = ${k}` }),
  });
  return { fit: fits.get(selection.recommendation.k)!, fitSeconds: (performance.now() - started) / 1000, selection, perK };
}

export function modelDocument(input: MethodInput, options: DocumentMeta, fit: ClusterFit, fitSeconds: number): ClusterModel {
  const section = input.describe(fit);
  const sizes = segmentSizes(fit.labels, fit.k, input.weights);
  const total = sizes.reduce((s, v) => s + v, 0);
  return {
    format: 'segmap.cluster-model',
    version: 1,
    segmapVersion: options.version ?? '0.0.0',
    createdAt: new Date().toISOString(),
    method: input.method,
    k: fit.k,
    seed: options.seed ?? defaultClusterSeed,
    threads: options.threads ?? 1,
    file: options.file,
    idColumn: options.idColumn,
    columns: [...options.columns],
    sizes: Array.from(sizes),
    shares: Array.from(sizes, (s) => (total > 0 ? s / total : 0)),
    iterations: fit.iterations,
    converged: fit.converged,
    fitSeconds,
    preparation: input.preparation,
    ...section,
  };
}

export function selectionDocument(input: MethodInput, options: DocumentMeta, selection: Selection, fitSeconds: number, perK: Map<number, number>): ClusterSelection {
  const { recommendation } = selection;
  return {
    format: 'segmap.cluster-selection',
    version: 1,
    segmapVersion: options.version ?? '0.0.0',
    createdAt: new Date().toISOString(),
    method: input.method,
    file: options.file,
    ks: [...options.ks],
    seed: options.seed ?? defaultClusterSeed,
    solutions: selection.solutions.map((s) => ({
      k: s.k,
      silhouette: s.silhouette && { value: s.silhouette.value, rows: s.silhouette.rows, sampled: s.silhouette.sampled },
      calinskiHarabasz: s.calinskiHarabasz,
      daviesBouldin: s.daviesBouldin,
      ...(s.fit.inertia === undefined ? {} : { inertia: s.fit.inertia }),
      ...(s.fit.logLikelihood === undefined ? {} : { logLikelihood: s.fit.logLikelihood }),
      ...(s.fit.bic === undefined ? {} : { bic: s.fit.bic }),
      ...(s.fit.aic === undefined ? {} : { aic: s.fit.aic }),
      smallestShare: s.smallestShare,
      shares: Array.from(s.shares),
      stability: s.stability,
      iterations: s.fit.iterations,
      converged: s.fit.converged,
      fitSeconds: perK.get(s.k) ?? 0,
    })),
    recommended: {
      k: recommendation.k,
      reason: recommendation.reason,
      eligible: recommendation.eligible,
      criteria: recommendation.criteria,
      scores: recommendation.scores,
      setAside: recommendation.setAside,
      rules: { ...defaultRecommendRules, preferred: [...defaultRecommendRules.preferred] },
    },
    ...(selection.consensus ? { consensus: { k: selection.consensus.k, agreement: selection.consensus.agreement, sizes: Array.from(selection.consensus.sizes), file: 'consensus.csv' } } : {}),
    fitSeconds,
  };
}
