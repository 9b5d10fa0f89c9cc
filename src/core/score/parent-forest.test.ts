import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { resolveParents } from './parent-forest.js';

test('the doc example: a chain to a root and a two-account cycle', () => {
  const forest = resolveParents(Int32Array.of(-1, 0, 3, 2, 1));
  assert.deepEqual([...forest.root], [0, 0, 2, 3, 0]);
  assert.deepEqual([...forest.onCycle], [0, 0, 1, 1, 0]);
  assert.equal(forest.cycleAccounts, 2);
});

test('a self-parent is a cycle of one; a parent outside the table is no parent; accounts below a cycle resolve', () => {
  const forest = resolveParents(Int32Array.of(0, 9, 0, 2));
  assert.deepEqual([...forest.root], [0, 1, 0, 0]);
  assert.deepEqual([...forest.onCycle], [1, 0, 0, 0]);
});

test('property: every root is a fixed point reached by following parents, or a cycle member', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -1, max: 14 }), { minLength: 1, maxLength: 15 }), (links) => {
      const parent = Int32Array.from(links, (p) => (p >= links.length ? -1 : p));
      const { root, onCycle } = resolveParents(parent);
      for (let i = 0; i < parent.length; i++) {
        const r = root[i] as number;
        assert.ok(r >= 0 && r < parent.length);
        assert.ok(parent[r] === -1 || onCycle[r] === 1, 'a root has no parent or had its link ignored');
        // walking up from i (stopping at ignored links) reaches r
        let v = i;
        for (let steps = 0; steps <= parent.length && v !== r; steps++) v = onCycle[v] === 1 ? v : (parent[v] as number);
        assert.equal(v, r);
      }
    }),
    { numRuns: 500 },
  );
});
