import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { summarizeGroups, combineSummaries, complementSummary, totalSummary } from './weighted-summary.js';
import { kishEffectiveN, designEffect } from './effective-sample-size.js';
import { scaledWeights, testBase, testVariance } from './weight-mode.js';

const values = fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 60 });

test('Kish effective n: equal weights give n; R check sum(w)^2/sum(w^2) for w = c(1, 3) is 1.6', () => {
  assert.equal(kishEffectiveN(Float64Array.of(2, 2, 2)), 3);
  assert.ok(Math.abs(kishEffectiveN(Float64Array.of(1, 3)) - 1.6) < 1e-15);
  assert.equal(kishEffectiveN(Float64Array.of(0, Number.NaN)), 0);
  assert.ok(Math.abs(designEffect(2, 4, 10) - 1.25) < 1e-15);
});

test('property: unit weights equal the unweighted summary; combine equals one pass', () => {
  fc.assert(
    fc.property(values, fc.integer({ min: 1, max: 59 }), (ys, cut) => {
      const y = Float64Array.from(ys);
      const split = Int32Array.from(ys, (_, i) => (i < Math.min(cut, ys.length - 1) ? 0 : 1));
      const one = Int32Array.from(ys, () => 0);
      const [whole] = summarizeGroups(y, one, 1);
      const [weighted] = summarizeGroups(y, one, 1, Float64Array.from(ys, () => 1));
      const parts = summarizeGroups(y, split, 2);
      const combined = totalSummary(parts);
      assert.ok(whole && weighted);
      for (const s of [weighted, combined]) {
        assert.ok(Math.abs(s.mean - whole.mean) <= 1e-9 * (1 + Math.abs(whole.mean)));
        assert.ok(Math.abs(s.ss - whole.ss) <= 1e-7 * (1 + whole.ss));
        assert.equal(s.count, whole.count);
      }
      const rest = complementSummary(parts, 0);
      assert.equal(rest.count, parts[1]?.count);
    }),
  );
});

test('property: integer weights equal repeated rows', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.integer({ min: 1, max: 4 })), { minLength: 2, maxLength: 30 }), (rows) => {
      const [w] = summarizeGroups(Float64Array.from(rows, (r) => r[0]), new Int32Array(rows.length), 1, Float64Array.from(rows, (r) => r[1]));
      const expanded = rows.flatMap(([y, k]) => Array.from({ length: k }, () => y));
      const [e] = summarizeGroups(Float64Array.from(expanded), new Int32Array(expanded.length), 1);
      assert.ok(w && e && Math.abs(w.mean - e.mean) < 1e-9 && Math.abs(w.ss - e.ss) < 1e-6 * (1 + e.ss) && w.sumW === e.sumW);
    }),
  );
});

test('effective scaling: each group sums to its own n_eff, missing answers excluded', () => {
  const groups = Int32Array.of(0, 0, 0, 1, 1, -1);
  const weights = Float64Array.of(1, 3, 2, 1, 1, 5);
  const present = Uint8Array.of(1, 1, 0, 1, 1, 1);
  const scaled = scaledWeights(groups, 2, weights, 'effective', present);
  assert.ok(Math.abs((scaled[0] ?? 0) + (scaled[1] ?? 0) - 1.6) < 1e-12);
  assert.equal(scaled[2], 0);
  assert.equal(scaled[5], 0);
  assert.deepEqual(Array.from(scaledWeights(groups, 2, weights, 'unweighted')), [1, 1, 1, 1, 1, 0]);
  const s = combineSummaries({ count: 1, sumW: 1, sumW2: 1, mean: 0, ss: 0 }, { count: 1, sumW: 3, sumW2: 9, mean: 4, ss: 0 });
  assert.ok(Math.abs(testBase(s, 'effective') - 1.6) < 1e-12 && testBase(s, 'frequency') === 4);
  assert.ok(Number.isNaN(testVariance({ count: 1, sumW: 1, sumW2: 1, mean: 0, ss: 0 }, 'frequency')));
});
