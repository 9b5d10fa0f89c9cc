import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fixture, close } from '../../../../test/reference/stats/fixtures.js';
import { adjustPValues } from './p-adjust.js';

// Reference: test/reference/stats/r.json — R 4.2 p.adjust(p, "holm") and p.adjust(p, "BH") where p are the
// chisq.test(correct = FALSE) p-values of PROMIS anxiety items R1..R29 by age x gender cell.
const r = fixture<{ values: Record<string, number[]> }>('r.json').values;

test('Holm and BH equal R p.adjust on 29 real p-values', () => {
  const input = r.padjust_input ?? [];
  assert.equal(input.length, 29);
  for (const [method, key] of [['holm', 'padjust_holm'], ['bh', 'padjust_bh']] as const) {
    const actual = adjustPValues(input, method);
    (r[key] ?? []).forEach((expected, i) => assert.ok(close(actual[i] ?? Number.NaN, expected, 1e-12), `${method}[${i}]`));
  }
});

test('small examples from R, with missing values left out of the family', () => {
  // R: p.adjust(c(.01, .04, .03), "holm") → 0.03 0.06 0.06; "BH" → 0.03 0.04 0.04
  assert.deepEqual(adjustPValues([0.01, 0.04, 0.03], 'holm').map((p) => Number(p?.toFixed(12))), [0.03, 0.06, 0.06]);
  assert.deepEqual(adjustPValues([0.01, 0.04, 0.03], 'bh').map((p) => Number(p?.toFixed(12))), [0.03, 0.04, 0.04]);
  // R: p.adjust(c(.01, NA, .04), "holm") → 0.02 NA 0.04
  assert.deepEqual(adjustPValues([0.01, null, 0.04], 'holm'), [0.02, null, 0.04]);
  assert.deepEqual(adjustPValues([0.2], 'none'), [0.2]);
});

test('property: adjusted ≥ raw, ≤ 1, order-preserving, and Holm ≥ BH', () => {
  fc.assert(
    fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 }), (p) => {
      const h = adjustPValues(p, 'holm');
      const b = adjustPValues(p, 'bh');
      p.forEach((raw, i) => {
        const hi = h[i] ?? -1;
        const bi = b[i] ?? -1;
        assert.ok(hi >= raw - 1e-15 && hi <= 1 && bi >= raw - 1e-15 && bi <= 1 && hi >= bi - 1e-15);
        p.forEach((other, j) => {
          if (raw < other) assert.ok(hi <= (h[j] ?? 0) + 1e-15 && bi <= (b[j] ?? 0) + 1e-15);
        });
      });
    }),
  );
});
