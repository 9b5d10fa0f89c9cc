import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalCdf } from '../stats/distributions/normal.js';
import { fastNormalCdf } from './fast-normal-cdf.js';

// normalCdf is checked against scipy.stats.norm in core/stats; e.g. scipy.stats.norm.cdf(1.959963984540054) = 0.975
test('Hart’s approximation equals the incomplete-gamma normal CDF to 1e-14', () => {
  assert.ok(Math.abs(fastNormalCdf(1.959963984540054) - 0.975) < 1e-14);
  assert.equal(fastNormalCdf(0), 0.5);
  assert.equal(fastNormalCdf(-40), 0);
  assert.equal(fastNormalCdf(40), 1);
  fc.assert(
    fc.property(fc.double({ min: -12, max: 12, noNaN: true }), (z) => {
      assert.ok(Math.abs(fastNormalCdf(z) - normalCdf(z)) < 1e-14, `z = ${z}`);
    }),
    { numRuns: 2000 },
  );
});
