import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffValues } from './run-diff.js';

test('diffValues lists the changed leaves by path; lists of numbers compare whole', () => {
  const a = { seed: 42, segmentations: [{ name: 's', ks: [2, 3, 4], seed: 42 }], profile: null };
  const b = { seed: 7, segmentations: [{ name: 's', ks: [2, 3], seed: 7 }], profile: { segmentation: 's' } };
  assert.deepEqual(diffValues(a, b), [
    { path: 'profile', a: null, b: { segmentation: 's' } },
    { path: 'seed', a: 42, b: 7 },
    { path: 'segmentations[0].ks', a: [2, 3, 4], b: [2, 3] },
    { path: 'segmentations[0].seed', a: 42, b: 7 },
  ]);
  assert.deepEqual(diffValues({ x: { y: 1 } }, { y: 1, x: { y: 1 } }), [{ path: 'y', a: null, b: 1 }]);
  assert.deepEqual(diffValues(a, structuredClone(a)), []);
});
