/**
 * k-means as a `MethodInput`: columns prepared by `prepareMatrix` (z-scores, listwise deletion, one-hot
 * categories), fitted by the core's k-means with its starts spread over worker threads.
 */
import { kmeans, type KMeansFit } from '../../core/cluster/kmeans.js';
import { takeRows } from '../../core/cluster/take-rows.js';
import { prepareMatrix, type PrepareOptions } from '../../core/prep/prepare-matrix.js';
import type { PrepColumn } from '../../core/prep/prep-column.js';
import type { QualityReport } from '../../spec/cluster-model.js';
import { kmeansThreads } from './kmeans-threads.js';
import { missingNote, rowsOf, toPreparation, type MethodInput } from './method-input.js';

export function kmeansInput(columns: readonly PrepColumn[], options: PrepareOptions, weightsColumn: string | null, quality?: QualityReport): MethodInput {
  const prepared = prepareMatrix(columns, options);
  const { x, weights } = prepared;
  return {
    method: 'kmeans',
    rows: prepared.rows,
    weights,
    metricSpace: x,
    preparation: toPreparation(prepared.record, weightsColumn, quality, missingNote(prepared.record)),
    fit: (k, s) => kmeansThreads(x, k, { seed: s.seed, starts: s.starts, weights, threads: s.threads, ...(s.onStart ? { onStart: s.onStart } : {}) }),
    // bootstrap rows are drawn with probability ∝ weight, so the refit is unweighted
    refit: (k, rows, seed, starts) => kmeans(takeRows(x, rows), k, { seed, starts }).labels,
    describe: (fit) => {
      const f = fit as KMeansFit;
      return { algorithm: f.algorithm, starts: f.startInertias.length, inertia: f.inertia, centres: rowsOf(f.centres, f.k), startObjectives: Array.from(f.startInertias) };
    },
  };
}
