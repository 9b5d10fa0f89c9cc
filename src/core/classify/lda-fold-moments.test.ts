import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bfi, bfiFile, iris } from '../../../test/reference/classify/fixtures.js';
import { gatherRows } from './cross-validate.js';
import { forwardSelection } from './forward-selection.js';
import { fitLda } from './lda.js';
import { ldaFoldFitter } from './lda-fold-moments.js';
import { createRng } from '../random/rng.js';
import { stratifiedFolds } from './stratified-folds.js';
import type { Matrix } from '../matrix/matrix.js';

/** Every fold, the given columns: the sliced fit is fitLda's on the same rows, bit for bit. */
function assertSameAsRefit(x: Matrix, y: Int32Array, k: number, fold: Int32Array, folds: number, columns: number[]): void {
  const fit = ldaFoldFitter(x, y, k, fold, folds);
  const cols = Int32Array.from(columns);
  for (let f = 0; f < folds; f++) {
    const train = Int32Array.from(Array.from({ length: x.rows }, (_, i) => i).filter((i) => fold[i] !== f));
    const sub = gatherRows(x, train, cols);
    const labels = Int32Array.from(train, (i) => y[i]!);
    const sliced = fit(sub, labels, k, { fold: f, columns: cols });
    const refit = fitLda(sub, labels, k);
    assert.deepEqual(sliced.coefficients, refit.coefficients);
    assert.deepEqual(sliced.intercepts, refit.intercepts);
  }
}

test('property: LDA from a fold’s moments equals refitting on any column subset, in any order (iris)', () => {
  const { x, y } = iris();
  const fold = stratifiedFolds(y, 3, 5, createRng(3));
  fc.assert(
    fc.property(fc.shuffledSubarray([0, 1, 2, 3], { minLength: 1 }), (columns) => assertSameAsRefit(x, y, 3, fold, 5, columns)),
    { numRuns: 30 },
  );
});

// the same sklearn SequentialFeatureSelector reference as forward-selection.test.ts:
// order [17, 13, 15, 14, 11, 18], accuracy [0.4975…, 0.6437…, 0.6798…, 0.7274…, 0.7582…, 0.7824…]
test('forward selection with fold moments follows scikit-learn on the bfi survey, as refitting does', { skip: bfiFile.skip }, () => {
  const { x, y, fold, ref } = bfi();
  assertSameAsRefit(x, y, 4, fold, 5, [24, 3, 17, 0, 9]);
  const steps = forwardSelection(x, y, 4, { fold, folds: 5, fit: ldaFoldFitter(x, y, 4, fold, 5), maxColumns: 6 });
  assert.deepEqual(steps.map((s) => s.column), ref.forward_lda.order);
  steps.forEach((s, i) => assert.ok(Math.abs(s.validation.accuracy - ref.forward_lda.accuracy[i]!) < 1e-12));
});
