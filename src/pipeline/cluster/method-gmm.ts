/**
 * Gaussian mixture as a `MethodInput`: the same prepared matrix as k-means (z-scores, listwise deletion,
 * one-hot categories), fitted by core/mixture's `fitGmm` (full covariances, scikit-learn's defaults,
 * 1 start unless `--starts` says otherwise).
 */
import { takeRows } from '../../core/cluster/take-rows.js';
import { fitGmm, type GmmFit } from '../../core/mixture/fit-gmm.js';
import { prepareMatrix, type PrepareOptions } from '../../core/prep/prepare-matrix.js';
import type { PrepColumn } from '../../core/prep/prep-column.js';
import type { QualityReport } from '../../spec/cluster-model.js';
import { missingNote, rowsOf, toPreparation, type MethodInput } from './method-input.js';

export function gmmInput(columns: readonly PrepColumn[], options: PrepareOptions, weightsColumn: string | null, quality?: QualityReport): MethodInput {
  const prepared = prepareMatrix(columns, options);
  const { x, weights } = prepared;
  const names = prepared.record.features.map((f) => f.name);
  return {
    method: 'gmm',
    rows: prepared.rows,
    weights,
    metricSpace: x,
    preparation: toPreparation(prepared.record, weightsColumn, quality, missingNote(prepared.record)),
    fit: async (k, s) => fitGmm(x, { k, seed: s.seed, starts: s.starts ?? 1, columnNames: names, ...(weights ? { weights } : {}) }),
    refit: (k, rows, seed, starts) => fitGmm(takeRows(x, rows), { k, seed, starts: starts ?? 1 }).labels,
    describe: (fit) => {
      const f = fit as GmmFit;
      const { model } = f;
      const width = model.covarianceType === 'full' ? model.d * model.d : model.d;
      return {
        algorithm: `em-${f.covarianceType}`,
        starts: f.startLogLikelihoods.length,
        logLikelihood: f.logLikelihood,
        bic: f.bic,
        aic: f.aic,
        centres: rowsOf(model.means, f.k),
        mixture: {
          covarianceType: model.covarianceType,
          weights: Array.from(model.weights),
          covariances: Array.from({ length: f.k }, (_, c) => Array.from(model.covariances.subarray(c * width, (c + 1) * width))),
        },
        startObjectives: Array.from(f.startLogLikelihoods),
      };
    },
  };
}
