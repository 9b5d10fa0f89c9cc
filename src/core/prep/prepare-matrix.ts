/**
 * The whole preparation for distance-based segmentation (k-means, Gaussian mixtures), in order:
 *  1. rows without a usable weight (missing, zero, negative) or excluded by survey-quality screening
 *     leave; down-weighted respondents keep a reduced weight;
 *  2. columns that cannot separate segments leave (./screen-columns.ts);
 *  3. missing values: listwise deletion or imputation (./handle-missing.ts);
 *  4. categorical columns are encoded (./encode-columns.ts);
 *  5. numeric (and ordinal) features are standardised (./standardize.ts; indicators stay 0/1, codes as is).
 * The record says what each step did, for model.json, and is enough to prepare new rows the same way.
 *
 * Complexity O(n p).
 *
 * @example
 * const { x, record } = prepareMatrix([numericColumn('a', [1, 2, NaN]), numericColumn('b', [5, 7, 9])]);
 * // x: 2 rows (listwise), z-scored; record.rowsDroppedMissing === 1
 * @throws InputError when no column or no row is left.
 */
import { InputError } from '../../lib/errors.js';
import type { Logger } from '../../lib/logger.js';
import { silentLogger } from '../../lib/logger.js';
import { clusterMessages } from '../../lib/messages/cluster.js';
import type { Matrix } from '../matrix/matrix.js';
import { encodeColumns, type CategoricalEncoding, type Feature } from './encode-columns.js';
import { handleMissing, type ImputedColumn, type MissingStrategy } from './handle-missing.js';
import { columnLength, type PrepColumn } from './prep-column.js';
import { screenColumns, type DroppedColumn } from './screen-columns.js';
import { standardize, type Standardization } from './standardize.js';

export interface PrepareOptions {
  readonly standardization?: Standardization;
  readonly missing?: MissingStrategy;
  readonly categorical?: CategoricalEncoding;
  /** Survey weight of each input row; a missing, zero or negative weight leaves the row out. */
  readonly weights?: Float64Array | undefined;
  /** Survey-quality multiplier of each input row (0 excludes, between 0 and 1 down-weights). */
  readonly multiplier?: Float64Array | undefined;
  readonly logger?: Logger;
}

export interface PreparedFeature extends Feature {
  readonly centre: number;
  readonly scale: number;
}

export interface PreparationRecord {
  readonly rowsIn: number;
  readonly rowsUsed: number;
  readonly rowsWithoutWeight: number;
  readonly rowsExcludedByQuality: number;
  readonly rowsDroppedMissing: number;
  readonly missing: MissingStrategy;
  readonly standardization: Standardization;
  readonly categorical: CategoricalEncoding;
  readonly weighted: boolean;
  readonly features: PreparedFeature[];
  readonly dropped: DroppedColumn[];
  readonly imputed: ImputedColumn[];
}

export interface PreparedMatrix {
  readonly x: Matrix;
  /** Weights of the rows of x (undefined when unweighted and nobody was down-weighted). */
  readonly weights: Float64Array | undefined;
  /** Input row of each row of x. */
  readonly rows: Int32Array;
  readonly columns: PrepColumn[];
  readonly record: PreparationRecord;
}

export function prepareMatrix(columns: readonly PrepColumn[], options: PrepareOptions = {}): PreparedMatrix {
  const logger = options.logger ?? silentLogger;
  const missing = options.missing ?? 'listwise';
  const standardization = options.standardization ?? 'z';
  const categorical = options.categorical ?? 'one-hot';
  const usable = usableRows(columns, options);
  const { kept, dropped } = screenColumns(columns.map((c) => subsetRows(c, usable.rows)), logger);
  if (kept.length === 0) throw new InputError(clusterMessages.noColumns);
  const rowWeights = usable.weights;
  const filled = handleMissing(kept, missing, rowWeights);
  if (filled.dropped > 0) logger.warn('rows-missing', clusterMessages.rowsDroppedMissing(filled.dropped));
  if (filled.rows.length === 0) throw new InputError(clusterMessages.noRows);
  const weights = rowWeights === undefined ? undefined : Float64Array.from(filled.rows, (r) => rowWeights[r]!);
  const encoded = encodeColumns(filled.columns, categorical);
  const numeric = encoded.features.map((f) => f.kind === 'numeric' || f.kind === 'ordinal');
  const scaled = standardize(encoded.x, standardization, weights);
  const centre = scaled.centre.map((v, j) => (numeric[j] ? v : 0));
  const scale = scaled.scale.map((v, j) => (numeric[j] ? v : 1));
  const x = numeric.every(Boolean) ? scaled.x : rescale(encoded.x, centre, scale);
  return {
    x,
    weights,
    rows: Int32Array.from(filled.rows, (r) => usable.rows[r]!),
    columns: filled.columns,
    record: {
      rowsIn: usable.rowsIn,
      rowsUsed: x.rows,
      rowsWithoutWeight: usable.withoutWeight,
      rowsExcludedByQuality: usable.excludedByQuality,
      rowsDroppedMissing: filled.dropped,
      missing,
      standardization,
      categorical,
      weighted: weights !== undefined,
      features: encoded.features.map((f, j) => ({ ...f, centre: centre[j]!, scale: scale[j]! })),
      dropped,
      imputed: filled.imputed,
    },
  };
}

interface UsableRows {
  readonly rows: Int32Array;
  readonly weights: Float64Array | undefined;
  readonly rowsIn: number;
  readonly withoutWeight: number;
  readonly excludedByQuality: number;
}

/** Rows with a positive weight and not excluded by quality screening, with their final weights. */
function usableRows(columns: readonly PrepColumn[], options: PrepareOptions): UsableRows {
  const n = columns[0] === undefined ? 0 : columnLength(columns[0]);
  const { weights: base, multiplier } = options;
  const rows: number[] = [];
  const weights: number[] = [];
  let withoutWeight = 0;
  let excludedByQuality = 0;
  for (let i = 0; i < n; i++) {
    const w = base === undefined ? 1 : base[i]!;
    if (!(w > 0) || !Number.isFinite(w)) {
      withoutWeight++;
      continue;
    }
    const m = multiplier === undefined ? 1 : multiplier[i]!;
    if (!(m > 0)) {
      excludedByQuality++;
      continue;
    }
    rows.push(i);
    weights.push(w * m);
  }
  const weighted = base !== undefined || (multiplier !== undefined && weights.some((w) => w !== 1));
  return { rows: Int32Array.from(rows), weights: weighted ? Float64Array.from(weights) : undefined, rowsIn: n, withoutWeight, excludedByQuality };
}

function subsetRows(column: PrepColumn, rows: Int32Array): PrepColumn {
  return column.kind === 'numeric'
    ? { ...column, values: Float64Array.from(rows, (r) => column.values[r]!) }
    : { ...column, codes: Int32Array.from(rows, (r) => column.codes[r]!) };
}

function rescale(x: Matrix, centre: Float64Array, scale: Float64Array): Matrix {
  const data = x.data.slice();
  for (let i = 0; i < x.rows; i++) for (let j = 0; j < x.cols; j++) data[i * x.cols + j] = (data[i * x.cols + j]! - centre[j]!) / scale[j]!;
  return { rows: x.rows, cols: x.cols, data };
}
