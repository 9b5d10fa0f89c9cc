import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromRows } from '../matrix/matrix.js';
import { bfi, bfiFile, iris, type LdaReference } from '../../../test/reference/classify/fixtures.js';
import { fitLda } from './lda.js';
import { predictProba } from './linear-classifier.js';
import type { Matrix } from '../matrix/matrix.js';

const close = (a: number, b: number, tol: number): boolean => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

function assertMatchesSklearn(x: Matrix, y: Int32Array, ref: LdaReference): void {
  const k = ref.intercept.length;
  const p = x.cols;
  const n = x.rows;
  const fit = fitLda(x, y, k);
  assert.equal(fit.ridge, 0);
  ref.coef.forEach((row, c) => row.forEach((v, j) => assert.ok(close(fit.coefficients[c * p + j]!, v, 1e-9), `coef[${c}][${j}] ${fit.coefficients[c * p + j]} vs ${v}`)));
  ref.intercept.forEach((v, c) => assert.ok(close(fit.intercepts[c]!, v, 1e-9), `intercept[${c}] ${fit.intercepts[c]} vs ${v}`));
  ref.means.flat().forEach((v, i) => assert.ok(close(fit.means[i]!, v, 1e-12)));
  ref.priors.forEach((v, c) => assert.ok(close(fit.priors[c]!, v, 1e-12)));
  // sklearn's covariance_ is the MLE (divisor n); ours is divided by n − k
  ref.covariance_mle.flat().forEach((v, i) => assert.ok(close((fit.covariance[i]! * (n - k)) / n, v, 1e-10)));
  const proba = predictProba(fit, { rows: 10, cols: p, data: x.data.subarray(0, 10 * p) });
  ref.proba_head.flat().forEach((v, i) => assert.ok(Math.abs(proba.data[i]! - v) < 1e-9));
}

// sklearn 1.2.1: LinearDiscriminantAnalysis(store_covariance=True).fit(iris)
// coef_[0] = [6.3147584586753425, 12.139317180602893, -16.946424651195574, -20.77005459231798]
test('LDA equals scikit-learn on iris: coef_, intercept_, means_, covariance_, priors_, predict_proba', () => {
  const { x, y, ref } = iris();
  assertMatchesSklearn(x, y, ref.lda);
});

test('LDA equals scikit-learn on the bfi survey (25 items, 4 segments)', { skip: bfiFile.skip }, () => {
  const { x, y, ref } = bfi();
  assertMatchesSklearn(x, y, ref.lda);
});

test('a constant item gets a ridge instead of failing, and a segment without rows is refused', () => {
  const x = fromRows([[1, 0], [1, 1], [1, 3], [1, 4]]);
  const fit = fitLda(x, Int32Array.of(0, 0, 1, 1), 2);
  assert.ok(fit.ridge > 0);
  assert.ok(fit.coefficients.every(Number.isFinite));
  assert.throws(() => fitLda(x, Int32Array.of(0, 0, 0, 0), 2), /segment 1 has no rows/);
});
