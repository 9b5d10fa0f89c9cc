import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { rankGroups } from './rank-groups.js';

test('the doc example: ties share the better group', () => {
  assert.deepEqual([...rankGroups(Float64Array.of(5, 9, 1, 9), 2)], [2, 1, 2, 1]);
});

test('deciles of 1..100: ten per decile, the top ten in decile 1', () => {
  const deciles = rankGroups(Float64Array.from({ length: 100 }, (_, i) => i + 1), 10);
  assert.equal(deciles[99], 1);
  assert.equal(deciles[0], 10);
  for (let d = 1; d <= 10; d++) assert.equal(deciles.filter((x) => x === d).length, 10);
});

test('property: groups lie in 1..g and never invert the score order', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 50 }), fc.integer({ min: 1, max: 10 }), (xs, g) => {
      const scores = Float64Array.from(xs);
      const groups = rankGroups(scores, g);
      for (let i = 0; i < xs.length; i++) {
        assert.ok((groups[i] as number) >= 1 && (groups[i] as number) <= g);
        for (let j = 0; j < xs.length; j++) if ((scores[i] as number) > (scores[j] as number)) assert.ok((groups[i] as number) <= (groups[j] as number));
      }
    }),
  );
  assert.throws(() => rankGroups(Float64Array.of(1), 0), /whole number/);
});
