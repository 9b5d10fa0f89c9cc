/**
 * Fits a scoring model (spec/scoring-model.ts) on a table: designs the features from the inputs —
 * numeric inputs standardised (optionally after ln(1 + x)), categorical inputs as indicators of their
 * most frequent levels with the commonest level as the reference — builds the training matrix through
 * the very transform used for scoring (../score/model-features.ts), and fits multinomial logistic
 * regression or LDA in core. Used by the projection and by the typing tool's fixed form.
 *
 * Complexity: O(n·p) to design plus the fit.
 *
 * @example
 * const { model } = fitScoringModel(table, ['claims', 'specialty'], labels, ['A', 'B', 'C'], { method: 'logistic', log1p: ['claims'] });
 */
import { fitLda } from '../../core/classify/lda.js';
import type { LinearClassifier } from '../../core/classify/linear-classifier.js';
import { fitLogisticRegression } from '../../core/classify/logistic-regression.js';
import { matrix, type Matrix } from '../../core/matrix/matrix.js';
import type { ModelFeature, ModelInput, ScoringModel } from '../../spec/scoring-model.js';
import { numericColumn, textColumn, type InputTable } from '../score/input-table.js';
import { featureMatrix } from '../score/model-features.js';

export interface FitScoringOptions {
  readonly method: 'logistic' | 'lda';
  /** Inverse L2 strength for logistic regression (default 1). */
  readonly C?: number;
  readonly idColumn?: string;
  readonly unassignedBelow?: number;
  /** Numeric inputs to transform by ln(1 + x) (counts, volumes). */
  readonly log1p?: readonly string[];
  /** At most this many indicator levels per categorical input (default 20). */
  readonly maxLevels?: number;
  readonly weights?: Float64Array;
  readonly training?: Readonly<Record<string, unknown>>;
}

export interface FittedScoringModel {
  readonly model: ScoringModel;
  readonly classifier: LinearClassifier;
  /** The training features (n×p), for cross-validation. */
  readonly x: Matrix;
}

/** Inputs and features for the given columns of a table (no fitting). */
export function designFeatures(table: InputTable, inputNames: readonly string[], options: Pick<FitScoringOptions, 'log1p' | 'maxLevels'> = {}): { inputs: ModelInput[]; features: ModelFeature[] } {
  const inputs: ModelInput[] = [];
  const features: ModelFeature[] = [];
  for (const name of inputNames) {
    const column = table.columns.get(name);
    if (column?.kind === 'numeric') {
      const log1p = options.log1p?.includes(name) ?? false;
      const values = Array.from(numericColumn(table, name), (v) => (log1p ? Math.log(1 + v) : v)).filter((v) => !Number.isNaN(v));
      const { center, scale } = standardise(values);
      inputs.push({ name, type: 'numeric' });
      features.push({ kind: 'numeric', input: name, center, scale, log1p });
    } else {
      const counts = new Map<string, number>();
      for (const v of textColumn(table, name)) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
      const levels = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([level]) => level);
      inputs.push({ name, type: 'categorical', levels: levels.length ? levels : [''] });
      // the commonest level is the reference (all indicators 0), so indicators are not collinear
      for (const level of levels.slice(1, 1 + (options.maxLevels ?? 20))) features.push({ kind: 'indicator', input: name, level });
    }
  }
  return { inputs, features };
}

function standardise(values: readonly number[]): { center: number; scale: number } {
  if (values.length === 0) return { center: 0, scale: 1 };
  const center = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, b) => a + (b - center) ** 2, 0) / Math.max(1, values.length - 1);
  const scale = Math.sqrt(variance);
  return { center, scale: scale > 1e-12 ? scale : 1 };
}

/** The model's skeleton (inputs, features; zero coefficients) and its training matrix, without fitting. */
export function designScoringModel(table: InputTable, inputNames: readonly string[], segments: readonly string[], options: FitScoringOptions): { skeleton: ScoringModel; x: Matrix } {
  const { inputs, features } = designFeatures(table, inputNames, options);
  const k = segments.length;
  const p = features.length;
  const skeleton: ScoringModel = {
    format: 'segmap.scoring-model',
    version: 1,
    method: options.method,
    segments: [...segments],
    idColumn: options.idColumn ?? 'id',
    inputs,
    features,
    intercepts: new Array<number>(k).fill(0),
    coefficients: Array.from({ length: k }, () => new Array<number>(p).fill(0)),
    training: { rows: table.rows, ...options.training },
    ...(options.unassignedBelow === undefined ? {} : { unassignedBelow: options.unassignedBelow }),
  };
  return { skeleton, x: matrix(table.rows, p, featureMatrix(skeleton, table)) };
}

export function fitScoringModel(table: InputTable, inputNames: readonly string[], labels: Int32Array, segments: readonly string[], options: FitScoringOptions): FittedScoringModel {
  const { skeleton, x } = designScoringModel(table, inputNames, segments, options);
  const k = segments.length;
  const p = x.cols;
  const classifier =
    options.method === 'lda'
      ? fitLda(x, labels, k)
      : fitLogisticRegression(x, labels, k, { C: options.C ?? 1, tolerance: 1e-8, ...(options.weights ? { weights: options.weights } : {}) });
  const model: ScoringModel = {
    ...skeleton,
    intercepts: Array.from(classifier.intercepts),
    coefficients: Array.from({ length: k }, (_, c) => Array.from(classifier.coefficients.subarray(c * p, (c + 1) * p))),
  };
  return { model, classifier, x };
}
