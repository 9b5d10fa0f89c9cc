import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { InputError, isSegmapError, UsageError } from '../../lib/errors.js';
import { modelMessages } from '../../lib/messages/model.js';
import { fromRows, matrix } from '../matrix/matrix.js';
import type { Matrix } from '../matrix/matrix.js';
import { createRng } from '../random/rng.js';
import { fitGmm } from './fit-gmm.js';
import { gmmParameterCount } from './gmm-parameters.js';
import { kmeansInitLabels } from './kmeans-init.js';
import { predictGmm } from './predict-gmm.js';

/** Three 2-d blobs of 100, 60 and 40 rows around (0,0), (6,0), (0,6). */
function blobs(seed: number): Matrix {
  const rng = createRng(seed);
  const centres = [[0, 0], [6, 0], [0, 6]] as const;
  const sizes = [100, 60, 40];
  const rows: number[][] = [];
  sizes.forEach((size, c) => {
    for (let i = 0; i < size; i++) rows.push([centres[c]![0] + rng.normal() * 0.7, centres[c]![1] + rng.normal() * 0.5]);
  });
  return fromRows(rows);
}

const noNaN = (values: ArrayLike<number>): boolean => Array.from(values).every((v) => Number.isFinite(v));

test('parameter count is scikit-learn\'s _n_parameters (doc example)', () => {
  assert.equal(gmmParameterCount(5, 20, 'full'), 1154);
  assert.equal(gmmParameterCount(5, 20, 'diag'), 204);
});

test('NaN and Infinity are InputErrors naming row and column; k beyond distinct rows is a UsageError', () => {
  const x = fromRows([[1, 2], [3, Number.NaN], [5, 6]]);
  assert.throws(
    () => fitGmm(x, { k: 2, columnNames: ['age', 'beds'] }),
    (e: unknown) => e instanceof InputError && e.message === modelMessages.gmmValueInvalid('beds', 2, Number.NaN) && e.location?.row === 2,
  );
  assert.throws(() => fitGmm(fromRows([[1], [Infinity]]), { k: 1 }), InputError);
  assert.throws(() => fitGmm(fromRows([[1, 1], [1, 1], [2, 2]]), { k: 3 }), (e: unknown) => e instanceof UsageError && e.message === modelMessages.gmmTooFewRows(3, 2));
  assert.throws(() => fitGmm(fromRows([[1], [2]]), { k: 0 }), { message: modelMessages.kRange(0) });
  assert.throws(() => fitGmm(matrix(0, 2), { k: 1 }), { message: modelMessages.gmmNoRows });
  assert.throws(() => fitGmm(fromRows([[1], [2]]), { k: 1, regCovar: -1 }), { message: modelMessages.gmmRegCovarRange(-1) });
  assert.throws(() => fitGmm(fromRows([[1], [2]]), { k: 1, weights: [1, -1] }), InputError);
});

test('finds the blobs; components sorted by weight; deterministic for a seed; predictGmm agrees', () => {
  const x = blobs(1);
  for (const covarianceType of ['full', 'diag'] as const) {
    const a = fitGmm(x, { k: 3, covarianceType, seed: 3, starts: 2 });
    const b = fitGmm(x, { k: 3, covarianceType, seed: 3, starts: 2 });
    assert.deepEqual(a.labels, b.labels);
    assert.deepEqual(Array.from(a.sizes), [100, 60, 40]);
    assert.ok(a.model.weights[0]! >= a.model.weights[1]! && a.model.weights[1]! >= a.model.weights[2]!);
    const scored = predictGmm(a.model, x);
    assert.deepEqual(scored.labels, a.labels);
    assert.ok(Math.abs(scored.logLikelihood - a.logLikelihood) < 1e-9 * Math.abs(a.logLikelihood));
    assert.equal(a.bic, -2 * a.logLikelihood + a.parameters * Math.log(200));
  }
});

test('a constant column is handled by reg_covar (no NaN); a collapsed component is a clear error', () => {
  const x = fromRows(Array.from({ length: 40 }, (_, i) => [i % 2 === 0 ? i : -i, 7]));
  const fit = fitGmm(x, { k: 2, seed: 1 });
  assert.ok(noNaN(fit.posterior) && noNaN(fit.model.covariances) && Number.isFinite(fit.logLikelihood));
  assert.ok(Math.abs(fit.model.covariances[3]! - 1e-6) < 1e-9);
  assert.throws(() => fitGmm(x, { k: 2, regCovar: 0, seed: 1 }), { message: modelMessages.gmmIllDefinedCovariance(0) });
});

test('integer weights equal duplicated rows', () => {
  const x = blobs(2);
  const weights = Float64Array.from({ length: x.rows }, (_, i) => 1 + (i % 3));
  const rows: number[][] = [];
  for (let i = 0; i < x.rows; i++) for (let c = 0; c < weights[i]!; c++) rows.push([x.data[2 * i]!, x.data[2 * i + 1]!]);
  const labels = kmeansInitLabels(x, 3, null, createRng(0));
  const dupLabels = Int32Array.from(Array.from(labels).flatMap((l, i) => Array<number>(weights[i]!).fill(l)));
  const weighted = fitGmm(x, { k: 3, weights, init: { kind: 'labels', labels }, tolerance: 0, maxIterations: 10 });
  const copies = fitGmm(fromRows(rows), { k: 3, init: { kind: 'labels', labels: dupLabels }, tolerance: 0, maxIterations: 10 });
  assert.ok(Math.abs(weighted.logLikelihood - copies.logLikelihood) < 1e-8 * Math.abs(copies.logLikelihood));
  weighted.model.means.forEach((m, i) => assert.ok(Math.abs(m - copies.model.means[i]!) < 1e-9));
});

test('property: labels in [0, k), responsibilities sum to 1, no NaN, or a clean SegmapError', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.integer({ min: -5, max: 5 }), fc.double({ min: -10, max: 10, noNaN: true })), { minLength: 1, maxLength: 40 }),
      fc.integer({ min: 1, max: 4 }),
      fc.constantFrom('full' as const, 'diag' as const),
      (rows, k, covarianceType) => {
        const x = fromRows(rows.map(([a, b]) => [a, b]));
        let fit;
        try {
          fit = fitGmm(x, { k, covarianceType, seed: 2 });
        } catch (e) {
          assert.ok(isSegmapError(e), String(e));
          return;
        }
        assert.ok(noNaN(fit.posterior) && noNaN(fit.model.means) && noNaN([fit.logLikelihood, fit.bic, fit.aic]));
        for (let i = 0; i < x.rows; i++) {
          assert.ok(fit.labels[i]! >= 0 && fit.labels[i]! < k);
          const sum = fit.posterior.subarray(i * k, (i + 1) * k).reduce((a, b) => a + b, 0);
          assert.ok(Math.abs(sum - 1) < 1e-12);
        }
      },
    ),
    { numRuns: 200 },
  );
});

test('kmeansInitLabels separates well-separated blobs', () => {
  const labels = kmeansInitLabels(blobs(4), 3, null, createRng(1));
  const groups = [labels.subarray(0, 100), labels.subarray(100, 160), labels.subarray(160)];
  groups.forEach((g) => assert.ok(g.every((l) => l === g[0])));
  assert.equal(new Set(groups.map((g) => g[0])).size, 3);
});
