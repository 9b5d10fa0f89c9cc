import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { classify, jenksBreaks } from './jenks-breaks.js';
import { columnsSkip, cutsFixture, referenceColumns } from '../../../test/reference/score/columns.js';

/** Brute force over every split into k contiguous classes of the sorted values: the smallest within SS. */
function bruteForce(values: number[], k: number): number {
  const x = [...values].sort((a, b) => a - b);
  const ss = (a: number, b: number): number => {
    const part = x.slice(a, b);
    const mean = part.reduce((s, v) => s + v, 0) / part.length;
    return part.reduce((s, v) => s + (v - mean) ** 2, 0);
  };
  const best = (start: number, classes: number): number => {
    if (classes === 1) return ss(start, x.length);
    let min = Infinity;
    for (let cut = start + 1; cut <= x.length - classes + 1; cut++) min = Math.min(min, ss(start, cut) + best(cut, classes - 1));
    return min;
  };
  return best(0, k);
}

test('the doc example: three obvious groups', () => {
  const fit = jenksBreaks(Float64Array.of(1, 2, 3, 10, 11, 12, 30), 3);
  assert.deepEqual([...fit.breaks], [3, 12]);
  assert.deepEqual([...fit.sizes], [3, 3, 1]);
  assert.equal(classify(11, fit.breaks), 1);
  assert.equal(classify(3, fit.breaks), 0);
});

test('equal to a plain Fisher DP (test/reference/score/make.py) on real CMS columns, k = 2..5', { skip: columnsSkip }, async () => {
  // e.g. MSPB ratio, k = 3: breaks [0.96, 1.07] (printed by make.py)
  const columns = await referenceColumns();
  for (const [name, x] of Object.entries(columns)) {
    const ref = cutsFixture[name];
    assert.ok(ref);
    assert.equal(x.length, ref.n);
    for (const [k, expected] of Object.entries(ref.jenks)) {
      const fit = jenksBreaks(x, Number(k));
      // DuckDB's ln(1 + n) and numpy's log1p(n) may differ in the last bit, hence 1e-12 and not equality
      assert.equal(fit.breaks.length, expected.breaks.length);
      fit.breaks.forEach((b, c) => assert.ok(Math.abs(b - (expected.breaks[c] as number)) < 1e-12, `${name} k=${k}: ${b}`));
      assert.ok(Math.abs(fit.withinSs - expected.withinSs) <= 1e-9 * Math.max(1, expected.withinSs), `${name} k=${k} within SS`);
    }
  }
});

test('property: the divide-and-conquer optimum equals brute force; classes hold contiguous values', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 11 }), fc.integer({ min: 1, max: 4 }), (values, k) => {
      const fit = jenksBreaks(Float64Array.from(values), k);
      const distinct = new Set(values).size;
      assert.equal(fit.k, Math.min(k, distinct));
      assert.ok(Math.abs(fit.withinSs - bruteForce(values, fit.k)) < 1e-7);
      assert.equal(fit.sizes.reduce((s, v) => s + v, 0), values.length);
      for (let c = 1; c < fit.breaks.length; c++) assert.ok((fit.breaks[c] as number) > (fit.breaks[c - 1] as number));
    }),
    { numRuns: 300 },
  );
});

test('edge cases: no values, constant values, bad k', () => {
  assert.equal(jenksBreaks(new Float64Array(0), 3).k, 0);
  const flat = jenksBreaks(Float64Array.of(4, 4, 4), 3);
  assert.equal(flat.k, 1);
  assert.equal(flat.breaks.length, 0);
  assert.equal(flat.gvf, 1);
  assert.throws(() => jenksBreaks(Float64Array.of(1), 0), /whole number/);
  assert.throws(() => jenksBreaks(Float64Array.of(1, NaN), 2), /finite/);
});
