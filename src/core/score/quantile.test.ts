import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quantile } from './quantile.js';
import { columnsSkip, cutsFixture, referenceColumns } from '../../../test/reference/score/columns.js';

test('equal to numpy.quantile (linear, type 7) on real CMS columns', { skip: columnsSkip }, async () => {
  const columns = await referenceColumns();
  for (const [name, x] of Object.entries(columns)) {
    for (const [q, expected] of Object.entries(cutsFixture[name]?.quantiles ?? {})) {
      assert.ok(Math.abs(quantile(x, Number(q)) - expected) < 1e-12, `${name} q=${q}`);
    }
  }
});

test('small cases: python3 -c "import numpy as np; print(np.quantile([3,1,2,4], [0.5, 0.1]))" → [2.5 1.3]', () => {
  assert.equal(quantile(Float64Array.of(3, 1, 2, 4), 0.5), 2.5);
  assert.ok(Math.abs(quantile(Float64Array.of(3, 1, 2, 4), 0.1) - 1.3) < 1e-15);
  assert.throws(() => quantile(Float64Array.of(1), 2), /\[0, 1\]/);
  assert.throws(() => quantile(new Float64Array(0), 0.5), /undefined/);
});
