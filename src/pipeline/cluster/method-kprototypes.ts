/**
 * k-prototypes as a `MethodInput`: numeric columns z-scored, text columns kept as categories (codes),
 * rows with a missing value left out (listwise), fitted by the core's `kprototypes`. The criteria are
 * measured on the z-scores plus the categories' 0/1 indicators.
 */
import { kprototypes, type KPrototypesFit, type MixedData } from '../../core/cluster/kprototypes.js';
import { takeRows } from '../../core/cluster/take-rows.js';
import { encodeColumns } from '../../core/prep/encode-columns.js';
import { prepareMatrix, type PrepareOptions } from '../../core/prep/prepare-matrix.js';
import type { CategoricalColumn, PrepColumn } from '../../core/prep/prep-column.js';
import type { Matrix } from '../../core/matrix/matrix.js';
import { UsageError } from '../../lib/errors.js';
import { clusterMessages } from '../../lib/messages/cluster.js';
import type { QualityReport } from '../../spec/cluster-model.js';
import { missingNote, rowsOf, toPreparation, type MethodInput } from './method-input.js';

export function kprototypesInput(columns: readonly PrepColumn[], options: PrepareOptions, weightsColumn: string | null, quality?: QualityReport): MethodInput {
  const prepared = prepareMatrix(columns, { ...options, categorical: 'codes' });
  const { x, weights, record } = prepared;
  const numericAt = record.features.flatMap((f, j) => (f.kind === 'numeric' ? [j] : []));
  const categoricalAt = record.features.flatMap((f, j) => (f.kind === 'categorical' ? [j] : []));
  if (categoricalAt.length === 0) throw new UsageError(clusterMessages.categoricalNeeded('kprototypes'));
  const categories = prepared.columns.filter((c): c is CategoricalColumn => c.kind === 'categorical');
  const data: MixedData = {
    numeric: pick(x, numericAt),
    categorical: Int32Array.from({ length: x.rows * categoricalAt.length }, (_, i) => x.data[Math.floor(i / categoricalAt.length) * x.cols + categoricalAt[i % categoricalAt.length]!]!),
    levels: Int32Array.from(categories, (c) => c.levels.length),
  };
  const indicators = encodeColumns(categories, 'one-hot').x;
  const metricSpace = concatColumns(data.numeric, indicators);
  const subset = (rows: Int32Array): MixedData => ({
    numeric: takeRows(data.numeric, rows),
    categorical: Int32Array.from({ length: rows.length * categoricalAt.length }, (_, i) =>
      data.categorical[rows[Math.floor(i / categoricalAt.length)]! * categoricalAt.length + (i % categoricalAt.length)]!),
    levels: data.levels,
  });
  return {
    method: 'kprototypes',
    rows: prepared.rows,
    weights,
    metricSpace,
    preparation: toPreparation(record, weightsColumn, quality, missingNote(record)),
    fit: async (k, s) => kprototypes(data, k, { seed: s.seed, starts: s.starts ?? 10, ...(weights ? { weights } : {}) }),
    refit: (k, rows, seed, starts) => kprototypes(subset(rows), k, { seed, starts: starts ?? 10 }).labels,
    describe: (fit) => {
      const f = fit as KPrototypesFit;
      const q = categories.length;
      return {
        algorithm: 'huang-batch',
        starts: f.startCosts.length,
        inertia: f.inertia,
        gamma: f.gamma,
        centres: rowsOf(f.centres, f.k),
        modes: Array.from({ length: f.k }, (_, c) => categories.map((col, j) => col.levels[f.modes[c * q + j]!]!)),
        startObjectives: Array.from(f.startCosts),
      };
    },
  };
}

function pick(x: Matrix, columns: readonly number[]): Matrix {
  const d = columns.length;
  const data = new Float64Array(x.rows * d);
  for (let i = 0; i < x.rows; i++) for (let j = 0; j < d; j++) data[i * d + j] = x.data[i * x.cols + columns[j]!]!;
  return { rows: x.rows, cols: d, data };
}

function concatColumns(a: Matrix, b: Matrix): Matrix {
  const d = a.cols + b.cols;
  const data = new Float64Array(a.rows * d);
  for (let i = 0; i < a.rows; i++) {
    data.set(a.data.subarray(i * a.cols, (i + 1) * a.cols), i * d);
    data.set(b.data.subarray(i * b.cols, (i + 1) * b.cols), i * d + a.cols);
  }
  return { rows: a.rows, cols: d, data };
}
