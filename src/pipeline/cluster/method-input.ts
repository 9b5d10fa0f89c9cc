/**
 * One method, prepared and ready to fit: what `runCluster` and the demo stage need from k-means,
 * k-prototypes, Gaussian mixtures and latent class analysis alike — fit k on all rows, refit k on
 * bootstrap rows, the matrix the criteria are measured in, and the model.json section of a fit.
 */
import type { ClusterFit } from '../../core/cluster/fit-result.js';
import type { Matrix } from '../../core/matrix/matrix.js';
import type { PreparationRecord } from '../../core/prep/prepare-matrix.js';
import type { ClusterMethod, ClusterModel, Preparation, QualityReport } from '../../spec/cluster-model.js';

export interface FitSettings {
  readonly seed: number;
  readonly starts: number | undefined;
  readonly threads: number;
  readonly onStart?: (done: number, total: number) => void;
}

/** The method-specific part of model.json. */
export type ModelSection = Pick<ClusterModel, 'algorithm' | 'starts' | 'inertia' | 'logLikelihood' | 'bic' | 'aic' | 'centres' | 'modes' | 'gamma' | 'mixture' | 'latentClass' | 'startObjectives'>;

export interface MethodInput {
  readonly method: ClusterMethod;
  /** Input row of each prepared row. */
  readonly rows: Int32Array;
  readonly weights: Float64Array | undefined;
  /** Where silhouette, Calinski–Harabasz and Davies–Bouldin are measured. */
  readonly metricSpace: Matrix;
  readonly preparation: Preparation;
  fit(k: number, settings: FitSettings): Promise<ClusterFit>;
  /**
   * Labels of an unweighted refit on `rows` (indices into the prepared rows, repeats allowed): bootstrap
   * rows are drawn with probability ∝ weight, so weighting them again would count the weights twice.
   */
  refit(k: number, rows: Int32Array, seed: number, starts: number | undefined): Int32Array;
  describe(fit: ClusterFit): ModelSection;
}

/** model.json's preparation from the core record plus what the pipeline knows. */
export function toPreparation(record: PreparationRecord, weightsColumn: string | null, quality: QualityReport | undefined, missingNote: string): Preparation {
  return {
    standardization: record.standardization,
    missing: record.missing,
    missingNote,
    categorical: record.categorical,
    weightsColumn,
    rowsIn: record.rowsIn,
    rowsUsed: record.rowsUsed,
    rowsWithoutWeight: record.rowsWithoutWeight,
    rowsExcludedByQuality: record.rowsExcludedByQuality,
    rowsDroppedMissing: record.rowsDroppedMissing,
    features: record.features.map((f) => ({ name: f.name, column: f.column, ...(f.level === undefined ? {} : { level: f.level }), kind: f.kind, centre: f.centre, scale: f.scale })),
    dropped: record.dropped,
    imputed: record.imputed,
    ...(quality ? { quality } : {}),
  };
}

/** The plain sentence model.json gives for the missing-data handling. */
export function missingNote(record: PreparationRecord): string {
  if (record.missing === 'listwise') {
    return record.rowsDroppedMissing === 0
      ? 'No clustering column had a missing value among the rows used; rows with a missing value would have been left out (listwise deletion).'
      : `Rows with a missing value in any clustering column were left out (listwise deletion): ${record.rowsDroppedMissing} of ${record.rowsIn - record.rowsWithoutWeight - record.rowsExcludedByQuality}.`;
  }
  const cells = record.imputed.reduce((s, c) => s + c.filled, 0);
  return record.missing === 'mean'
    ? `Missing values were filled with the column's weighted mean (numbers) or most frequent level (categories): ${cells} cells.`
    : `Missing values were filled with the column's most frequent value: ${cells} cells.`;
}

export const matrixRows = (m: Matrix): number[][] => Array.from({ length: m.rows }, (_, i) => Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));

export const rowsOf = (values: Float64Array, k: number): number[][] => {
  const width = values.length / k;
  return Array.from({ length: k }, (_, c) => Array.from(values.subarray(c * width, (c + 1) * width)));
};
