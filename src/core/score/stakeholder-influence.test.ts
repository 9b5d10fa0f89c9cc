import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stakeholderInfluence } from './stakeholder-influence.js';

const unit = (n: number) => fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n });
const arrays = (n: number) => fc.tuple(unit(n), unit(n), unit(n));

test('PhRMA mode: influence does not move with prescribing volume, whatever its weight (PhRMA Code on speakers)', () => {
  fc.assert(
    fc.property(arrays(12), fc.array(fc.double({ min: 0, max: 1e5, noNaN: true }), { minLength: 12, maxLength: 12 }), ([pr, kol, volume], other) => {
      const weights = { pagerank: 0.4, kol: 0.4, volume: 0.2 };
      const a = stakeholderInfluence({ pagerank: Float64Array.from(pr), kol: Float64Array.from(kol), volume: Float64Array.from(volume) }, weights, 'phrma');
      const b = stakeholderInfluence({ pagerank: Float64Array.from(pr), kol: Float64Array.from(kol), volume: Float64Array.from(other) }, weights, 'phrma');
      assert.deepEqual([...a], [...b]);
    }),
  );
});

test('standard mode may use volume when asked; volume alone is refused', () => {
  const inputs = { pagerank: Float64Array.of(0.1, 0.1, 0.1), kol: Float64Array.of(0, 0, 0), volume: Float64Array.of(1, 10, 100) };
  const withVolume = stakeholderInfluence(inputs, { pagerank: 1, kol: 0, volume: 1 }, 'standard');
  assert.ok((withVolume[2] as number) > (withVolume[0] as number));
  assert.throws(() => stakeholderInfluence(inputs, { pagerank: 0, kol: 0, volume: 1 }, 'standard'), /volume alone is not influence/);
});
