import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bfi, bfiFile } from '../../../test/reference/classify/fixtures.js';
import { fitLda } from './lda.js';
import { fitLogisticRegression } from './logistic-regression.js';
import { forwardSelection, smallestWithin } from './forward-selection.js';
import { createRng } from '../random/rng.js';
import { stratifiedFolds } from './stratified-folds.js';

// sklearn 1.2.1 SequentialFeatureSelector(LinearDiscriminantAnalysis(), direction='forward',
// scoring='accuracy', cv=PredefinedSplit(fold)) on bfi's 25 items, segments = KMeans(4, random_state=0):
// order [17, 13, 15, 14, 11, 18], accuracy [0.4975…, 0.6437…, 0.6798…, 0.7274…, 0.7582…, 0.7824…]
test('forward selection with LDA follows scikit-learn SequentialFeatureSelector on the bfi survey', { skip: bfiFile.skip }, () => {
  const { x, y, fold, ref } = bfi();
  const steps = forwardSelection(x, y, 4, { fold, folds: 5, fit: (a, b, k) => fitLda(a, b, k), maxColumns: 6 });
  assert.deepEqual(steps.map((s) => s.column), ref.forward_lda.order);
  steps.forEach((s, i) => assert.ok(Math.abs(s.validation.accuracy - ref.forward_lda.accuracy[i]!) < 1e-12));
});

// same with LogisticRegression(multinomial, lbfgs, C=1): order [17, 13, 15, 14]
test('forward selection with logistic regression follows scikit-learn on the bfi survey', { skip: bfiFile.skip }, () => {
  const { x, y, fold, ref } = bfi();
  const steps = forwardSelection(x, y, 4, { fold, folds: 5, fit: (a, b, k) => fitLogisticRegression(a, b, k, { tolerance: 1e-7 }), maxColumns: 4 });
  assert.deepEqual(steps.map((s) => s.column), ref.forward_logistic.order);
  steps.forEach((s, i) => assert.ok(Math.abs(s.validation.accuracy - ref.forward_logistic.accuracy[i]!) < 1e-9));
});

test('the default size is the smallest within one point of the best', () => {
  assert.equal(smallestWithin([0.5, 0.71, 0.72, 0.725]), 3);
  assert.equal(smallestWithin([0.9, 0.8]), 1);
  assert.equal(smallestWithin([0.5, 0.6, 0.7], 0.15), 2);
});

test('stratified folds give every fold a share of every segment', () => {
  const y = Int32Array.from({ length: 103 }, (_, i) => (i < 60 ? 0 : i < 90 ? 1 : 2));
  const fold = stratifiedFolds(y, 3, 5, createRng(7));
  for (let f = 0; f < 5; f++) {
    for (let c = 0; c < 3; c++) {
      const count = y.filter((v, i) => v === c && fold[i] === f).length;
      assert.ok(count >= 2 && count <= 12, `fold ${f} segment ${c}: ${count}`);
    }
  }
  assert.deepEqual(stratifiedFolds(y, 3, 5, createRng(7)), fold);
});
