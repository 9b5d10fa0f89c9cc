import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { iris } from '../../../test/reference/classify/fixtures.js';
import { createRng } from '../random/rng.js';
import { predict, type LinearClassifier } from './linear-classifier.js';
import { blockRows, createScorer, predictBlocks, type FeatureFiller } from './predict-blocks.js';
import { chunkRows } from './score-memory.js';
import { expNonPositive } from '../../../test/reference/classify/exp-non-positive.js';
import { minExponent } from './softmax.js';
import type { Matrix } from '../matrix/matrix.js';

/** A filler over a row-major matrix (feature j of row r → out[j·stride + r]). */
const fillerOf = (x: Matrix): FeatureFiller => (start, count, out, stride) => {
  for (let j = 0; j < x.cols; j++) for (let r = 0; r < count; r++) out[j * stride + r] = x.data[(start + r) * x.cols + j]!;
};

// sklearn 1.2.1 LogisticRegression(multinomial, lbfgs, C=1, tol=1e-12).fit(iris).predict_proba(X[:10])
// (test/reference/classify/iris.json, proba_head); our coefficients are sklearn's to 1e-6
test('block scoring gives scikit-learn’s predict_proba on iris, with the given coefficients', () => {
  const { x, ref } = iris();
  const logistic = ref.logistic.find((r) => r.C === 1)!;
  const model: LinearClassifier = { k: 3, p: 4, intercepts: Float64Array.from(logistic.intercept), coefficients: Float64Array.from(logistic.coef.flat()) };
  const out = predictBlocks(model, x.rows, fillerOf(x), { probabilities: true });
  logistic.proba_head.flat().forEach((v, i) => assert.ok(Math.abs(out.probabilities![i]! - v) < 1e-12, `${out.probabilities![i]} vs ${v}`));
});

test('property: same winners and probabilities as row-by-row scoring, for any k, p and n (block edges included)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 2 * blockRows + 7 }), fc.integer({ min: 1, max: 1000 }), (k, p, n, seed) => {
      const rng = createRng(seed);
      const model: LinearClassifier = {
        k,
        p,
        intercepts: Float64Array.from({ length: k }, () => rng.normal()),
        coefficients: Float64Array.from({ length: k * p }, () => 3 * rng.normal()),
      };
      const x: Matrix = { rows: n, cols: p, data: Float64Array.from({ length: n * p }, () => rng.normal()) };
      const reference = predict(model, x);
      const out = predictBlocks(model, n, fillerOf(x), { probabilities: true });
      assert.deepEqual(out.labels, reference.labels);
      for (let i = 0; i < n; i++) assert.ok(Math.abs(out.confidence[i]! - reference.confidence[i]!) <= 1e-15, `row ${i}`);
      for (let i = 0; i < n * k; i++) assert.ok(Math.abs(out.probabilities![i]! - reference.probabilities.data[i]!) <= 1e-15);
      for (let i = 0; i < n; i++) {
        let total = 0;
        for (let c = 0; c < k; c++) total += out.probabilities![i * k + c]!;
        assert.ok(Math.abs(total - 1) < 1e-14);
      }
    }),
    { numRuns: 200 },
  );
});

test('ties go to the first segment, and extreme scores stay finite (differences clamped at −700)', () => {
  const model: LinearClassifier = { k: 3, p: 1, intercepts: Float64Array.of(0, 0, -5000), coefficients: Float64Array.of(1, 1, 0) };
  const rows = (_start: number, _count: number, buffer: Float64Array): void => {
    buffer[0] = 2;
    buffer[1] = -1;
  };
  const out = predictBlocks(model, 2, rows, { probabilities: true });
  assert.deepEqual(Array.from(out.labels), [0, 0]);
  assert.equal(out.confidence[0], 0.5);
  assert.ok(out.probabilities!.every((v) => Number.isFinite(v) && v >= 0));
});

/**
 * The pass as scalar JavaScript (intercept, then features in order; first maximum; test/reference/classify/exp-non-positive.ts of
 * the clamped differences summed in segment order; 1 / Σ; e · (1 / Σ)): the kernel must give these
 * numbers bit for bit.
 */
function scalarPass(model: LinearClassifier, x: Matrix): { labels: number[]; probabilities: number[] } {
  const { k, p, intercepts, coefficients } = model;
  const labels: number[] = [];
  const probabilities: number[] = [];
  for (let i = 0; i < x.rows; i++) {
    const z = Array.from({ length: k }, (_, c) => {
      let s = intercepts[c]!;
      for (let j = 0; j < p; j++) s += coefficients[c * p + j]! * x.data[i * p + j]!;
      return s;
    });
    let best = 0;
    for (let c = 1; c < k; c++) if (z[c]! > z[best]!) best = c;
    const e = z.map((v) => expNonPositive(Math.max(v - z[best]!, minExponent)));
    const inverse = 1 / e.reduce((a, b) => a + b, 0);
    labels.push(best);
    probabilities.push(...e.map((v) => v * inverse));
  }
  return { labels, probabilities };
}

const randomModel = (k: number, p: number, seed: number, spread = 3): { model: LinearClassifier; rng: ReturnType<typeof createRng> } => {
  const rng = createRng(seed);
  const model = { k, p, intercepts: Float64Array.from({ length: k }, () => rng.normal()), coefficients: Float64Array.from({ length: k * p }, () => spread * rng.normal()) };
  return { model, rng };
};

test('property: the WebAssembly pass gives the scalar definition’s numbers bit for bit', () => {
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 1000 }), (k, p, n, seed) => {
      // wide coefficients so differences reach the −700 clamp as well as the ordinary range
      const { model, rng } = randomModel(k, p, seed, seed % 3 === 0 ? 200 : 3);
      const x: Matrix = { rows: n, cols: p, data: Float64Array.from({ length: n * p }, () => rng.normal()) };
      const out = predictBlocks(model, n, fillerOf(x), { probabilities: true });
      const reference = scalarPass(model, x);
      assert.deepEqual(Array.from(out.labels), reference.labels);
      assert.deepEqual(Array.from(out.probabilities!), reference.probabilities);
      reference.labels.forEach((label, i) => assert.ok(Object.is(out.confidence[i], reference.probabilities[i * k + label]), `row ${i}`));
    }),
    { numRuns: 100 },
  );
});

test('rows across several output chunks, with and without probabilities, agree with row-by-row scoring', () => {
  const n = 2 * chunkRows + 131;
  const { model, rng } = randomModel(5, 7, 42);
  const x: Matrix = { rows: n, cols: 7, data: Float64Array.from({ length: n * 7 }, () => rng.normal()) };
  const reference = predict(model, x);
  const out = predictBlocks(model, n, fillerOf(x), { probabilities: true });
  const bare = predictBlocks(model, n, fillerOf(x));
  assert.deepEqual(out.labels, reference.labels);
  assert.deepEqual(bare.labels, reference.labels);
  assert.deepEqual(bare.confidence, out.confidence);
  assert.equal(bare.probabilities, undefined);
  for (let i = 0; i < n * 5; i++) assert.ok(Math.abs(out.probabilities![i]! - reference.probabilities.data[i]!) <= 1e-15, `value ${i}`);
});

test('a filler that itself scores (re-entrant call) does not disturb the outer scoring, nor does a zero-row call', () => {
  const outer = randomModel(4, 3, 7);
  const inner = randomModel(6, 11, 8);
  const x: Matrix = { rows: 300, cols: 3, data: Float64Array.from({ length: 900 }, () => outer.rng.normal()) };
  const y: Matrix = { rows: 5, cols: 11, data: Float64Array.from({ length: 55 }, () => inner.rng.normal()) };
  const innerResults: Int32Array[] = [];
  const fill = fillerOf(x);
  const out = predictBlocks(outer.model, x.rows, (start, count, buffer, stride) => {
    innerResults.push(predictBlocks(inner.model, y.rows, fillerOf(y)).labels);
    fill(start, count, buffer, stride);
  });
  assert.deepEqual(out.labels, predict(outer.model, x).labels);
  for (const labels of innerResults) assert.deepEqual(labels, predict(inner.model, y).labels);
  assert.equal(predictBlocks(outer.model, 0, fill).labels.length, 0);
});

test('a scorer reuses its memory across calls and still scores a call made from inside its own filler', () => {
  const { model, rng } = randomModel(5, 4, 9);
  const scorer = createScorer(model);
  const a: Matrix = { rows: 500, cols: 4, data: Float64Array.from({ length: 2000 }, () => rng.normal()) };
  const b: Matrix = { rows: 3, cols: 4, data: Float64Array.from({ length: 12 }, () => rng.normal()) };
  for (const x of [a, b, a]) assert.deepEqual(scorer.predict(x.rows, fillerOf(x)).labels, predict(model, x).labels);
  const nested: Int32Array[] = [];
  const fill = fillerOf(a);
  const out = scorer.predict(a.rows, (start, count, buffer, stride) => {
    nested.push(scorer.predict(b.rows, fillerOf(b)).labels);
    fill(start, count, buffer, stride);
  });
  assert.deepEqual(out.labels, predict(model, a).labels);
  for (const labels of nested) assert.deepEqual(labels, predict(model, b).labels);
});
