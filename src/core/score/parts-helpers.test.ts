import { test } from 'node:test';
import assert from 'node:assert/strict';
import { affiliationStrength } from './affiliation-strength.js';
import { countByGroup, sumByGroup } from './sum-by-group.js';

test('affiliation strength: the doc example (1 + ln 5) + 1 + ln 10', () => {
  const s = affiliationStrength(Uint8Array.of(1, 0), Int32Array.of(4, 0), Uint8Array.of(1, 0), Float64Array.of(9, 0));
  assert.ok(Math.abs((s[0] as number) - (1 + Math.log(5) + 1 + Math.log(10))) < 1e-12);
  assert.equal(s[1], 0);
});

test('sums and counts by group skip items without a group', () => {
  assert.deepEqual([...sumByGroup(Float64Array.of(1, 2, 4), Int32Array.of(0, -1, 0), 2)], [5, 0]);
  assert.deepEqual([...countByGroup(Int32Array.of(0, -1, 1, 1), 2)], [1, 2]);
  assert.deepEqual([...countByGroup(Int32Array.of(0, 1, 1), 2, (i) => i !== 1)], [1, 1]);
});
