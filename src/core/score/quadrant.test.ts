import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeQuadrants, quadrantIds, quadrantOf } from './quadrant.js';

test('high opportunity with low position is growth; with high position expansion; low opportunity splits likewise', () => {
  assert.equal(quadrantOf(true, false), 'growth');
  assert.equal(quadrantOf(true, true), 'expansion');
  assert.equal(quadrantOf(false, true), 'maintain_monitor');
  assert.equal(quadrantOf(false, false), 'low_priority');
  const q = placeQuadrants(Float64Array.of(80, 10, 50), Float64Array.of(0.1, 0.9, 0.5), 50, 0.5);
  assert.deepEqual(Array.from(q, (i) => quadrantIds[i]), ['growth', 'maintain_monitor', 'low_priority']);
});
