import { test } from 'node:test';
import assert from 'node:assert/strict';
import { equalPosterior, twoGaussianMixture } from './two-gaussian-mixture.js';
import { columnsSkip, cutsFixture, referenceColumns } from '../../../test/reference/score/columns.js';

test('equal to sklearn GaussianMixture(2, reg_covar=1e-6, tol=1e-10) on real CMS columns', { skip: columnsSkip }, async () => {
  // e.g. MSPB ratio: means [0.98778, 1.02169] (test/reference/score/make.py, sklearn 1.2.1)
  const columns = await referenceColumns();
  for (const [name, x] of Object.entries(columns)) {
    const ref = cutsFixture[name]?.mixture;
    assert.ok(ref);
    const fit = twoGaussianMixture(x);
    assert.equal(fit.converged, true, name);
    for (const c of [0, 1] as const) {
      assert.ok(Math.abs(fit.means[c] - (ref.means[c] as number)) < 1e-5 * Math.max(1, Math.abs(ref.means[c] as number)), `${name} mean ${c}: ${fit.means[c]}`);
      assert.ok(Math.abs(fit.weights[c] - (ref.weights[c] as number)) < 1e-5, `${name} weight ${c}: ${fit.weights[c]}`);
      assert.ok(Math.abs(fit.variances[c] / (ref.variances[c] as number) - 1) < 1e-4, `${name} variance ${c}: ${fit.variances[c]}`);
    }
    assert.ok(Math.abs(fit.logLikelihood - ref.logLikelihood) < 1e-6 * Math.abs(ref.logLikelihood), `${name} log-likelihood`);
    assert.ok(fit.cut > fit.means[0] && fit.cut < fit.means[1]);
  }
});

test('the cut is where both weighted densities are equal', () => {
  const w = [0.7, 0.3] as const;
  const m = [1, 5] as const;
  const v = [1, 4] as const;
  const x = equalPosterior(w, m, v);
  const density = (c: 0 | 1): number => (w[c] * Math.exp(-((x - m[c]) ** 2) / (2 * v[c]))) / Math.sqrt(2 * Math.PI * v[c]);
  assert.ok(Math.abs(density(0) - density(1)) < 1e-12);
  assert.equal(equalPosterior([0.5, 0.5], [0, 2], [1, 1]), 1);
});

test('the doc example separates two clear groups', () => {
  const fit = twoGaussianMixture(Float64Array.of(1, 1.2, 0.8, 1.1, 9, 9.5, 10, 8.7));
  assert.ok(Math.abs(fit.means[0] - 1.025) < 1e-6);
  assert.ok(Math.abs(fit.means[1] - 9.3) < 1e-6);
  assert.ok(Math.abs(fit.cut - 2.9394655696) < 1e-6, 'nearer the narrow lower component'); // equal posterior, see the test above
  assert.throws(() => twoGaussianMixture(Float64Array.of(1)), /at least 2/);
});
