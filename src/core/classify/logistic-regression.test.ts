import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fromRows } from '../matrix/matrix.js';
import { bfi, bfiFile, iris, type LogisticReference } from '../../../test/reference/classify/fixtures.js';
import { fitLogisticRegression } from './logistic-regression.js';
import { predictProba } from './linear-classifier.js';
import type { Matrix } from '../matrix/matrix.js';

function assertMatchesSklearn(x: Matrix, y: Int32Array, ref: LogisticReference, tolerance: number): void {
  const k = ref.intercept.length;
  const fit = fitLogisticRegression(x, y, k, { C: ref.C, tolerance: 1e-11 });
  assert.ok(fit.converged, `did not converge in ${fit.iterations} iterations`);
  ref.coef.forEach((row, c) =>
    row.forEach((v, j) => assert.ok(Math.abs(fit.coefficients[c * x.cols + j]! - v) < tolerance, `coef[${c}][${j}] ${fit.coefficients[c * x.cols + j]} vs ${v}`)),
  );
  ref.intercept.forEach((v, c) => assert.ok(Math.abs(fit.intercepts[c]! - v) < tolerance, `intercept[${c}] ${fit.intercepts[c]} vs ${v}`));
  const proba = predictProba(fit, { rows: 10, cols: x.cols, data: x.data.subarray(0, 10 * x.cols) });
  ref.proba_head.flat().forEach((v, i) => assert.ok(Math.abs(proba.data[i]! - v) < 1e-7));
}

// sklearn 1.2.1: LogisticRegression(multi_class='multinomial', solver='lbfgs', C=…, tol=1e-12).fit(iris)
// e.g. C=1 coef_[0] = [-0.42329263533726513, 0.9672667491013865, -2.5172022765330087, -1.0796345304694674]
test('multinomial logistic regression equals scikit-learn on iris (C = 1 and C = 0.1)', () => {
  const { x, y, ref } = iris();
  for (const r of ref.logistic) assertMatchesSklearn(x, y, r, 1e-6);
});

test('multinomial logistic regression equals scikit-learn on the bfi survey (25 items, 4 segments)', { skip: bfiFile.skip }, () => {
  const { x, y, ref } = bfi();
  for (const r of ref.logistic) assertMatchesSklearn(x, y, r, 1e-6);
});

test('weights of 1 equal no weights, and a weight of 2 equals a duplicated row', () => {
  const x = fromRows([[0, 1], [1, 0], [2, 2], [3, 1], [1, 3], [2, 0]]);
  const y = Int32Array.of(0, 0, 1, 1, 2, 2);
  const plain = fitLogisticRegression(x, y, 3, { tolerance: 1e-12 });
  const ones = fitLogisticRegression(x, y, 3, { weights: new Float64Array(6).fill(1), tolerance: 1e-12 });
  plain.coefficients.forEach((v, i) => assert.ok(Math.abs(v - ones.coefficients[i]!) < 1e-9));
  const doubled = fitLogisticRegression(fromRows([[0, 1], [1, 0], [2, 2], [3, 1], [1, 3], [2, 0], [2, 2]]), Int32Array.of(0, 0, 1, 1, 2, 2, 1), 3, { tolerance: 1e-12 });
  const weighted = fitLogisticRegression(x, y, 3, { weights: Float64Array.of(1, 1, 2, 1, 1, 1), tolerance: 1e-12 });
  doubled.coefficients.forEach((v, i) => assert.ok(Math.abs(v - weighted.coefficients[i]!) < 1e-7));
});

test('property: probabilities sum to one and intercepts sum to zero', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true })), { minLength: 9, maxLength: 30 }), (points) => {
      const x = fromRows(points.map(([a, b]) => [a, b]));
      const y = Int32Array.from(points, (_, i) => i % 3);
      const fit = fitLogisticRegression(x, y, 3);
      const p = predictProba(fit, x);
      for (let i = 0; i < x.rows; i++) assert.ok(Math.abs(p.data[i * 3]! + p.data[i * 3 + 1]! + p.data[i * 3 + 2]! - 1) < 1e-12);
      assert.ok(Math.abs(fit.intercepts.reduce((a, b) => a + b, 0)) < 1e-8);
    }),
    { numRuns: 30 },
  );
});
