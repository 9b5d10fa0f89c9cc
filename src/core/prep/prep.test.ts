/**
 * Preparation: scaling against scikit-learn 1.2.1 on iris, missing-value handling, column screening,
 * encoding and survey-quality flags on small hand-checked cases.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { irisMatrix } from '../../../test/reference/kmeans/fixtures.js';
import { collectingLogger } from '../../lib/logger.js';
import { fromRows } from '../matrix/matrix.js';
import { encodeColumns } from './encode-columns.js';
import { handleMissing } from './handle-missing.js';
import { categoricalColumn, numericColumn } from './prep-column.js';
import { prepareMatrix } from './prepare-matrix.js';
import { screenColumns } from './screen-columns.js';
import { standardize } from './standardize.js';
import { qualityFlag, surveyQuality } from './survey-quality.js';

const near = (a: ArrayLike<number>, b: readonly number[], tol = 1e-12): void =>
  b.forEach((v, i) => assert.ok(Math.abs(a[i]! - v) <= tol * Math.max(1, Math.abs(v)), `[${i}] ${a[i]} vs ${v}`));

describe('standardize vs scikit-learn', () => {
  it('z equals StandardScaler().fit(iris): mean_ and scale_ (ddof 0), and the transformed first row', () => {
    // /usr/bin/python3: StandardScaler().fit(X).mean_, .scale_, .fit_transform(X)[0] (sklearn 1.2.1)
    const s = standardize(irisMatrix(), 'z');
    near(s.centre, [5.843333333333335, 3.057333333333334, 3.7580000000000027, 1.199333333333334]);
    near(s.scale, [0.8253012917851409, 0.43441096773549437, 1.7594040657753032, 0.7596926279021594]);
    near(s.x.data.subarray(0, 4), [-0.9006811702978099, 1.0190043519716065, -1.3402265266227635, -1.3154442950077407]);
  });

  it('weighted z equals StandardScaler().fit(iris, sample_weight=1 + (i mod 4)/2)', () => {
    const w = Float64Array.from({ length: 150 }, (_, i) => 1 + (i % 4) / 2);
    const s = standardize(irisMatrix(), 'z', w);
    near(s.centre, [5.8506692160611875, 3.052007648183556, 3.759273422562142, 1.1933078393881453]);
    near(s.scale, [0.8340590074250627, 0.4282236687267037, 1.7507400914695264, 0.7426460076075332]);
  });

  it('range equals MinMaxScaler: data_min_ and data_range_', () => {
    const s = standardize(irisMatrix(), 'range');
    near(s.centre, [4.3, 2.0, 1.0, 0.1]);
    near(s.scale, [3.6000000000000005, 2.4000000000000004, 5.9, 2.4]);
  });

  it('a constant column scales by 1 (no NaN)', () => {
    const s = standardize(fromRows([[1, 2], [1, 4]]), 'z');
    assert.deepEqual(Array.from(s.x.data), [0, -1, 0, 1]);
  });
});

describe('missing values, screening, encoding', () => {
  it('listwise keeps complete rows; mean and mode fill gaps', () => {
    const cols = [numericColumn('a', [1, NaN, 3, 3]), categoricalColumn('r', ['x', 'y', null, 'y'])];
    const listwise = handleMissing(cols, 'listwise');
    assert.deepEqual(Array.from(listwise.rows), [0, 3]);
    assert.equal(listwise.dropped, 2);
    const mean = handleMissing(cols, 'mean');
    assert.deepEqual(Array.from((mean.columns[0] as { values: Float64Array }).values), [1, 7 / 3, 3, 3]);
    assert.deepEqual(mean.imputed, [{ name: 'a', filled: 1, value: 7 / 3 }, { name: 'r', filled: 1, value: 'y' }]);
    const mode = handleMissing(cols, 'mode');
    assert.equal(mode.imputed[0]!.value, 3);
  });

  it('drops constant, all-missing and one-level columns with a warning', () => {
    const logger = collectingLogger();
    const { kept, dropped } = screenColumns([
      numericColumn('flat', [2, 2, NaN]), numericColumn('none', [NaN, NaN, NaN]),
      categoricalColumn('one', ['a', 'a', null]), numericColumn('ok', [1, 2, 3]),
    ], logger);
    assert.deepEqual(kept.map((c) => c.name), ['ok']);
    assert.deepEqual(dropped, [{ name: 'flat', reason: 'constant' }, { name: 'none', reason: 'all-missing' }, { name: 'one', reason: 'one-level' }]);
    assert.deepEqual(logger.warnings.map((w) => w.message), [
      'column flat is constant, so it cannot separate segments; dropped',
      'column none has no values; dropped',
      'column one has a single level, so it cannot separate segments; dropped',
    ]);
  });

  it('one-hot and ordinal encoding (levels in numeric order)', () => {
    const col = categoricalColumn('size', ['10', '2', '2']);
    assert.deepEqual(col.levels, ['2', '10']);
    const onehot = encodeColumns([col], 'one-hot');
    assert.deepEqual(onehot.features.map((f) => f.name), ['size=2', 'size=10']);
    assert.deepEqual(Array.from(onehot.x.data), [0, 1, 1, 0, 1, 0]);
    assert.deepEqual(Array.from(encodeColumns([col], 'ordinal').x.data), [1, 0, 0]);
  });

  it('prepareMatrix records every step and leaves indicators unscaled', () => {
    const prepared = prepareMatrix([
      numericColumn('a', [1, 2, NaN, 4, 5]), categoricalColumn('r', ['x', 'y', 'x', 'y', 'x']), numericColumn('c', [7, 7, 7, 7, 7]),
    ], { weights: Float64Array.of(1, 1, 1, 0, 2) });
    assert.deepEqual(Array.from(prepared.rows), [0, 1, 4]);
    assert.equal(prepared.record.rowsWithoutWeight, 1);
    assert.equal(prepared.record.rowsDroppedMissing, 1);
    assert.deepEqual(prepared.record.dropped, [{ name: 'c', reason: 'constant' }]);
    assert.deepEqual(prepared.record.features.map((f) => [f.name, f.scale === 1 && f.centre === 0]), [['a', false], ['r=x', true], ['r=y', true]]);
    assert.deepEqual(Array.from(prepared.weights!), [1, 1, 2]);
    assert.throws(() => prepareMatrix([numericColumn('c', [1, 1])]), /at least one column/);
  });
});

describe('survey quality', () => {
  const items = [
    numericColumn('q1', [3, 4, 2, NaN, 5]), numericColumn('q2', [3, 2, 4, NaN, 1]),
    numericColumn('q3', [3, 5, 1, NaN, 2]), numericColumn('q4', [3, 1, 5, 4, 3]),
    numericColumn('q5', [3, 4, 2, NaN, 4]),
  ];
  it('flags straight-liners, speeders (under a third of the median) and mostly-missing respondents', () => {
    const durations = Float64Array.of(600, 620, 90, 640, 580);
    const { flags, multiplier, report } = surveyQuality(items, { durations });
    assert.deepEqual(Array.from(flags), [qualityFlag.straightLining, 0, qualityFlag.speeding, qualityFlag.tooManyMissing, 0]);
    assert.deepEqual(Array.from(multiplier), [0, 1, 0, 0, 1]);
    assert.equal(report.medianDuration, 600);
    assert.equal(report.flagged, 3);
  });
  it('down-weights instead of excluding when asked', () => {
    const { multiplier } = surveyQuality(items, { action: 'downweight', downweight: 0.25 });
    assert.deepEqual(Array.from(multiplier), [0.25, 1, 1, 0.25, 1]);
  });
});
