import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bfi, bfiFile, iris } from '../../../test/reference/classify/fixtures.js';
import { fitLda } from './lda.js';
import { predictProba } from './linear-classifier.js';
import { segmentPosterior } from './gaussian-posterior.js';
import { selectRows } from './cross-validate.js';
import { adaptivePath, nextQuestion, stopAt } from './adaptive-questioning.js';
import { createRng } from '../random/rng.js';

// With every answer known the posterior is LDA's predict_proba (equal to sklearn's, see lda.test.ts);
// with a subset it is the LDA fitted on that subset of columns alone (exact Gaussian marginal).
test('posterior from a partial form equals LDA fitted on the answered questions (iris, every subset)', () => {
  const { x, y } = iris();
  const full = fitLda(x, y, 3);
  // the marginal uses the full fit's n − k covariance, which is what LDA on the subset computes too
  for (let mask = 1; mask < 16; mask++) {
    const columns = [0, 1, 2, 3].filter((j) => mask & (1 << j));
    const sub = fitLda(selectRows(x, columns, () => true).x, y, 3);
    for (const row of [0, 57, 120]) {
      const answers = Float64Array.from([0, 1, 2, 3], (j) => (columns.includes(j) ? x.data[row * 4 + j]! : Number.NaN));
      const posterior = segmentPosterior(full, answers);
      const expected = predictProba(sub, selectRows(x, columns, (i) => i === row).x).data;
      posterior.forEach((v, c) => assert.ok(Math.abs(v - expected[c]!) < 1e-10, `mask ${mask} row ${row}`));
    }
  }
  assert.deepEqual(Array.from(segmentPosterior(full, new Float64Array(4).fill(Number.NaN))), Array.from(full.priors));
});

test('property: posteriors are probability vectors for any answers', () => {
  const { x, y } = iris();
  const model = fitLda(x, y, 3);
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constant(Number.NaN), fc.double({ min: 0, max: 8, noNaN: true })), { minLength: 4, maxLength: 4 }), (values) => {
      const p = segmentPosterior(model, Float64Array.from(values));
      assert.ok(Math.abs(p.reduce((a, b) => a + b, 0) - 1) < 1e-12);
      assert.ok(p.every((v) => v >= 0 && v <= 1));
    }),
  );
});

test('adaptive questioning on bfi: asks fewer questions than the fixed form for the same accuracy', { skip: bfiFile.skip }, () => {
  const { x, y } = bfi();
  const columns = [17, 13, 15, 14, 11, 18]; // sklearn's forward-selection order (forward-selection.test.ts)
  const sub = selectRows(x, columns, () => true).x;
  const model = fitLda(sub, y, 4);
  const options = columns.map(() => Float64Array.of(1, 2, 3, 4, 5, 6));
  const fixed = predictProba(model, sub);
  let fixedHits = 0;
  for (let i = 0; i < sub.rows; i++) {
    const row = fixed.data.subarray(i * 4, i * 4 + 4);
    if (row.indexOf(Math.max(...row)) === y[i]) fixedHits++;
  }
  const rng = createRng(3);
  const sample = Array.from({ length: 300 }, () => rng.int(sub.rows));
  let hits = 0;
  let asked = 0;
  let fixedSample = 0;
  for (const i of sample) {
    const path = adaptivePath(model, sub.data.subarray(i * 6, i * 6 + 6), options);
    assert.equal(path.asked.length, 6);
    assert.equal(new Set(path.asked).size, 6);
    const stop = stopAt(path, 0.9);
    hits += stop.segment === y[i] ? 1 : 0;
    asked += stop.questions;
    const full = stopAt(path, 1.01);
    assert.equal(full.questions, 6);
    const row = fixed.data.subarray(i * 4, i * 4 + 4);
    if (full.segment === row.indexOf(Math.max(...row))) fixedSample++;
  }
  assert.equal(fixedSample, sample.length, 'asking everything gives the fixed form');
  assert.ok(asked / sample.length < 6, `average questions ${asked / sample.length}`);
  assert.ok(hits / sample.length > 0.6, `adaptive accuracy ${hits / sample.length}`);
  assert.ok(fixedHits / sub.rows > 0.7);
  const first = nextQuestion(model, new Float64Array(6).fill(Number.NaN), options);
  assert.ok(first && first.expectedEntropy < Math.log(4));
});
