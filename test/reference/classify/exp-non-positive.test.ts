import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { expNonPositive } from './exp-non-positive.js';

const relative = (a: number, b: number): number => Math.abs(a - b) / b;

// numpy 1.24.2: np.exp(-0.5) 0.6065306597126334, np.exp(-700.0) 9.85967654375977e-305,
// np.exp(-3.4657359027997265) 0.03125, np.exp(-123.456789) 2.4176742435619816e-54, np.exp(-1e-300) 1.0
test('exp of non-positive numbers equals numpy’s to a few units in the last place', () => {
  const numpy: [number, number][] = [
    [-0.5, 0.6065306597126334],
    [-700, 9.85967654375977e-305],
    [-3.4657359027997265, 0.03125],
    [-123.456789, 2.4176742435619816e-54],
    [-1e-300, 1],
    [0, 1],
  ];
  for (const [x, expected] of numpy) assert.ok(relative(expNonPositive(x), expected) <= 4.5e-16, `exp(${x}) = ${expNonPositive(x)} vs ${expected}`);
});

test('property: within 4 ulp of Math.exp on [−708, 0]; Math.exp itself outside', () => {
  fc.assert(
    fc.property(fc.double({ min: -708, max: 0, noNaN: true }), (x) => {
      assert.ok(relative(expNonPositive(x), Math.exp(x)) <= 9e-16, `x = ${x}`);
    }),
    { numRuns: 20000 },
  );
  for (const x of [-709, -800, 1, 3, Number.NaN, -Infinity]) assert.ok(Object.is(expNonPositive(x), Math.exp(x)), String(x));
  // the small arguments softmax sees most
  for (let x = -40; x <= 0; x += 0.001) assert.ok(relative(expNonPositive(x), Math.exp(x)) <= 9e-16, `x = ${x}`);
});
