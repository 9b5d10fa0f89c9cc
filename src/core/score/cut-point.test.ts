import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cutPoint } from './cut-point.js';

const values = Float64Array.of(1, 2, 3, 2.5, 10, 11, 12, 10.5);

test('natural breaks cut in the gap; the quantile cut at the median; the mixture between the groups', () => {
  const jenks = cutPoint(values, 'jenks');
  assert.equal(jenks.threshold, 3);
  assert.equal(jenks.high, 4);
  // python3 -c "import numpy as np; print(np.quantile([1,2,3,2.5,10,11,12,10.5], 0.5))" → 6.5
  assert.equal(cutPoint(values, 'quantile').threshold, 6.5);
  assert.equal(cutPoint(values, 'quantile', { q: 0.25 }).high, 6);
  const mixture = cutPoint(values, 'mixture');
  assert.ok(mixture.threshold > 3 && mixture.threshold < 10);
  assert.equal(mixture.high, 4);
});

test('degenerate input: nothing is high', () => {
  assert.equal(cutPoint(Float64Array.of(5, 5, 5), 'jenks').high, 0);
  assert.equal(cutPoint(new Float64Array(0), 'mixture').high, 0);
});
