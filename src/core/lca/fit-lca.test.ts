import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isSegmapError, UsageError } from '../../lib/errors.js';
import { modelMessages } from '../../lib/messages/model.js';
import type { Rng } from '../random/rng.js';
import { createRng, permutation } from '../random/rng.js';
import { fitLca } from './fit-lca.js';
import { fitLcaStart } from './fit-lca-start.js';
import { prepareLcaData } from './lca-data.js';
import { randomLcaStart } from './lca-parameters.js';
import { predictLca } from './predict-lca.js';
import { runLcaEm } from './run-lca-em.js';
import { summarizeLca } from './summarize-lca.js';

/** n rows from a 3-class model over 5 items with 3 levels; class r favours level r+1. */
function simulate(n: number, rng: Rng, missingRate = 0): Int32Array[] {
  const items = Array.from({ length: 5 }, () => new Int32Array(n));
  for (let i = 0; i < n; i++) {
    const u = rng.next();
    const cls = u < 0.5 ? 0 : u < 0.8 ? 1 : 2;
    for (const column of items) {
      column[i] = rng.next() < 0.7 ? cls + 1 : 1 + rng.int(3);
      if (rng.next() < missingRate) column[i] = 0;
    }
  }
  return items;
}

const noNaN = (values: ArrayLike<number>): boolean => Array.from(values).every((v) => !Number.isNaN(v));

test('k out of range and k above the distinct patterns are UsageErrors from the catalogue', () => {
  const items = [Int32Array.of(1, 2, 1, 2), Int32Array.of(1, 2, 1, 2)];
  assert.throws(() => fitLca({ items }, { k: 3 }), (e: unknown) => e instanceof UsageError && e.message === modelMessages.lcaTooFewPatterns(3, 2));
  assert.throws(() => fitLca({ items }, { k: 0 }), { message: modelMessages.kRange(0) });
  assert.throws(() => fitLca({ items }, { k: 1.5 }), { message: modelMessages.kRange(1.5) });
  assert.throws(() => fitLca({ items }, { k: 2, starts: 0 }), { message: modelMessages.startsRange(0) });
  assert.throws(() => fitLca({ items }, { k: 2, tolerance: -1 }), { message: modelMessages.toleranceRange(-1) });
  assert.throws(() => fitLca({ items }, { k: 2, maxIterations: 0 }), { message: modelMessages.iterationsRange(0) });
});

test('recovers planted classes; shares are sorted; same seed, same fit', () => {
  const items = simulate(3000, createRng(5));
  const a = fitLca({ items }, { k: 3, seed: 9 });
  const b = fitLca({ items }, { k: 3, seed: 9 });
  assert.deepEqual(a.labels, b.labels);
  assert.equal(a.logLikelihood, b.logLikelihood);
  assert.ok(Math.abs(a.shares[0]! - 0.5) < 0.05 && Math.abs(a.shares[1]! - 0.3) < 0.05, `shares ${Array.from(a.shares)}`);
  assert.ok(a.shares[0]! >= a.shares[1]! && a.shares[1]! >= a.shares[2]!);
  assert.equal(a.converged, true);
  assert.equal(a.startLogLikelihoods.length, 10);
});

test('starts run one by one (as on worker threads, in any order) give the same fit as fitLca', () => {
  const items = simulate(500, createRng(2));
  const whole = fitLca({ items }, { k: 3, seed: 4, starts: 4 });
  const data = prepareLcaData({ items });
  const parts = [3, 1, 0, 2].map((start) => fitLcaStart(data, { k: 3, seed: 4, start }));
  const assembled = summarizeLca(data, parts);
  assert.deepEqual(assembled.labels, whole.labels);
  assert.deepEqual(assembled.startLogLikelihoods, whole.startLogLikelihoods);
  assert.equal(assembled.bestStart, whole.bestStart);
});

test('EM never lowers the log-likelihood (also with missing items kept)', () => {
  const data = prepareLcaData({ items: simulate(400, createRng(3), 0.15) }, 'available');
  const start = randomLcaStart(data.levels, 3, createRng(1));
  let previous = -Infinity;
  for (let m = 1; m <= 30; m++) {
    const ll = runLcaEm(data, start, { maxIterations: m, tolerance: -1 }).logLikelihood;
    assert.ok(ll >= previous - 1e-9, `iteration ${m}: ${ll} < ${previous}`);
    previous = ll;
  }
});

test('without missing answers, available equals listwise', () => {
  const items = simulate(300, createRng(8));
  const listwise = fitLca({ items }, { k: 2, seed: 1, starts: 3 });
  const available = fitLca({ items }, { k: 2, seed: 1, starts: 3, missing: 'available' });
  assert.equal(available.logLikelihood, listwise.logLikelihood);
  assert.equal(available.missing, 'available');
  assert.equal(listwise.missing, 'listwise');
});

test('integer weights equal duplicated rows', () => {
  const items = simulate(200, createRng(11));
  const weights = Float64Array.from({ length: 200 }, (_, i) => 1 + (i % 3));
  const duplicated = items.map((column) => Int32Array.from(Array.from(column).flatMap((v, i) => Array<number>(weights[i]!).fill(v))));
  const weighted = fitLca({ items, weights }, { k: 2, seed: 3, starts: 3 });
  const copies = fitLca({ items: duplicated }, { k: 2, seed: 3, starts: 3 });
  assert.ok(Math.abs(weighted.logLikelihood - copies.logLikelihood) < 1e-8);
  assert.ok(Math.abs(weighted.bic - copies.bic) < 1e-8);
  weighted.shares.forEach((s, r) => assert.ok(Math.abs(s - copies.shares[r]!) < 1e-10));
});

test('listwise: excluded rows get label -1; predictLca classifies them from what they answered', () => {
  const items = simulate(300, createRng(12), 0.1);
  const fit = fitLca({ items }, { k: 3, seed: 2, starts: 3 });
  const excluded = Array.from(fit.labels).flatMap((l, i) => (l === -1 ? [i] : []));
  assert.ok(excluded.length > 0 && fit.rowsExcluded === excluded.length);
  for (const i of excluded) assert.equal(fit.probability[i], 0);
  const typed = predictLca(fit, { items });
  // rows the fit used get the fit's posterior back
  for (let i = 0; i < 300; i++) {
    if (fit.labels[i] === -1) continue;
    assert.equal(typed.labels[i], fit.labels[i]);
    for (let r = 0; r < 3; r++) assert.ok(Math.abs(typed.posterior[i * 3 + r]! - fit.posterior[i * 3 + r]!) < 1e-12);
  }
  for (const i of excluded) {
    const answered = items.some((c) => c[i] !== 0);
    assert.equal(typed.labels[i]! >= 0, answered);
  }
  assert.throws(() => predictLca(fit, { items: items.map((c) => Int32Array.from(c, () => 4)) }), { message: modelMessages.lcaPredictCode('item1', 1, 4, 3) });
});

test('property: any small data set gives labels in [-1, k), posteriors summing to 1, no NaN', () => {
  const code = fc.integer({ min: 0, max: 3 });
  fc.assert(
    fc.property(
      fc.array(fc.tuple(code, code, code, code), { minLength: 8, maxLength: 40 }),
      fc.integer({ min: 1, max: 3 }),
      fc.constantFrom('listwise' as const, 'available' as const),
      (rows, k, missing) => {
        const items = [0, 1, 2, 3].map((j) => Int32Array.from(rows, (r) => r[j]!));
        let fit;
        try {
          fit = fitLca({ items }, { k, starts: 2, seed: 1, missing });
        } catch (e) {
          // degenerate draws (an item constant or unanswered, too few patterns) must fail cleanly
          assert.ok(isSegmapError(e), String(e));
          return;
        }
        assert.ok(noNaN(fit.posterior) && noNaN(fit.shares) && noNaN([fit.logLikelihood, fit.aic, fit.bic]));
        fit.itemProbabilities.forEach((m) => assert.ok(noNaN(m)));
        for (let i = 0; i < rows.length; i++) {
          const label = fit.labels[i]!;
          assert.ok(label >= -1 && label < k);
          const sum = fit.posterior.subarray(i * k, (i + 1) * k).reduce((a, b) => a + b, 0);
          assert.ok(label === -1 ? sum === 0 : Math.abs(sum - 1) < 1e-12);
        }
        assert.ok(Math.abs(fit.shares.reduce((a, b) => a + b, 0) - 1) < 1e-12);
      },
    ),
    { numRuns: 200 },
  );
});

test('property: permuting the rows permutes the labels and keeps the log-likelihood', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1000 }), (seed) => {
      const rng = createRng(seed);
      const items = simulate(150, rng);
      const order = Array.from(permutation(150, rng));
      const shuffled = items.map((c) => Int32Array.from(order, (i) => c[i]!));
      const a = fitLca({ items }, { k: 2, seed: 7, starts: 3 });
      const b = fitLca({ items: shuffled }, { k: 2, seed: 7, starts: 3 });
      assert.ok(Math.abs(a.logLikelihood - b.logLikelihood) < 1e-8 * Math.abs(a.logLikelihood));
      order.forEach((i, at) => assert.equal(b.labels[at], a.labels[i]));
    }),
    { numRuns: 15 },
  );
});
