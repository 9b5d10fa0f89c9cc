import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignTiers, tierBreaks, tierOf } from './tiers.js';

test('the doc example: natural-breaks tiers follow the gaps', () => {
  assert.deepEqual([...assignTiers(Float64Array.of(1, 2, 3, 10, 11, 12, 30), { method: 'jenks', count: 3 })], [3, 3, 3, 2, 2, 2, 1]);
});

test('quantile tiers are equal-count; tied bounds collapse', () => {
  const scores = Float64Array.from({ length: 9 }, (_, i) => i);
  assert.deepEqual([...assignTiers(scores, { method: 'quantile', count: 3 })], [3, 3, 3, 2, 2, 2, 1, 1, 1]);
  assert.equal(tierBreaks(Float64Array.of(1, 1, 1, 1), { method: 'quantile', count: 4 }).length, 1);
  assert.equal(tierOf(5, new Float64Array(0)), 1);
});
