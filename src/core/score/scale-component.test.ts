import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scaleComponent } from './scale-component.js';

test('the doc example: a range between two quantiles, capped', () => {
  assert.deepEqual([...scaleComponent(Float64Array.of(0, 5, 10, 1000), { log: false, floor: 0, cap: 0.5 }).values], [0, 2 / 3, 1, 1]);
});

test('the range can be fitted on a subset, and on positive values only', () => {
  const raw = Float64Array.of(0, 0, 0, 10, 20, 30);
  const masked = scaleComponent(raw, { log: false, floor: 0, cap: 1, mask: Uint8Array.of(0, 0, 0, 1, 1, 1) });
  assert.deepEqual([masked.low, masked.high], [10, 30]);
  assert.deepEqual([...masked.values], [0, 0, 0, 0, 0.5, 1]);
  const sparse = scaleComponent(Float64Array.of(0, 0, 0, 0, 3), { log: false, among: 'positive' });
  assert.deepEqual([...sparse.values], [0, 0, 0, 0, 1]);
});

test('a constant part contributes nothing; an empty one too', () => {
  assert.deepEqual([...scaleComponent(Float64Array.of(4, 4, 4), { log: true }).values], [0, 0, 0]);
  assert.equal(scaleComponent(new Float64Array(0), { log: true }).values.length, 0);
});

test('property: values lie in [0, 1] and keep the order of the raw values', () => {
  fc.assert(
    fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }), fc.boolean(), (xs, log) => {
      const raw = Float64Array.from(xs);
      const { values } = scaleComponent(raw, { log });
      for (let i = 0; i < xs.length; i++) {
        assert.ok((values[i] as number) >= 0 && (values[i] as number) <= 1);
        for (let j = 0; j < xs.length; j++) if ((raw[i] as number) < (raw[j] as number)) assert.ok((values[i] as number) <= (values[j] as number));
      }
    }),
  );
});
