import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matrix } from '../matrix/matrix.js';
import { kolIndex } from './kol-index.js';

test('the doc example: each kind scaled among people who have it, then averaged', () => {
  const index = kolIndex(matrix(3, 2, Float64Array.of(0, 0, 12, 1, 40, 3)), Float64Array.of(1, 1));
  assert.equal(index[0], 0);
  assert.equal(index[2], 1);
  // each kind: log1p, divided by the 95th percentile (type 7) of its positive values, capped at 1
  const q95 = (a: number, b: number): number => a + 0.95 * (b - a);
  const expected = (Math.log(13) / q95(Math.log(13), Math.log(41)) + Math.log(2) / q95(Math.log(2), Math.log(4))) / 2;
  assert.ok(Math.abs((index[1] as number) - expected) < 1e-12);
  assert.ok(Math.abs(expected - 0.6072) < 1e-4);
});

test('a kind weighted 0 is ignored; no weight at all gives no KOLs', () => {
  const signals = matrix(2, 2, Float64Array.of(5, 0, 0, 9));
  assert.deepEqual([...kolIndex(signals, Float64Array.of(1, 0))], [1, 0]);
  assert.deepEqual([...kolIndex(signals, Float64Array.of(0, 0))], [0, 0]);
  assert.throws(() => kolIndex(signals, Float64Array.of(1)), /expected 2/);
});
