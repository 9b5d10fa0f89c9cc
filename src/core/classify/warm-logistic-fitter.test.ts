import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bfi, bfiFile } from '../../../test/reference/classify/fixtures.js';
import { crossValidate } from './cross-validate.js';
import { forwardSelection } from './forward-selection.js';
import { fitLogisticRegression } from './logistic-regression.js';
import { warmLogisticFitter } from './warm-logistic-fitter.js';

// sklearn 1.2.1 SequentialFeatureSelector(LogisticRegression(multinomial, lbfgs, C=1), forward, accuracy,
// PredefinedSplit(fold)) on bfi: order [17, 13, 15, 14] (test/reference/classify/make.py)
test('warm-started forward selection takes scikit-learn’s steps on the bfi survey', { skip: bfiFile.skip }, () => {
  const { x, y, fold, ref } = bfi();
  const steps = forwardSelection(x, y, 4, { fold, folds: 5, fit: warmLogisticFitter({ tolerance: 1e-7 }), maxColumns: 4 });
  assert.deepEqual(steps.map((s) => s.column), ref.forward_logistic.order);
  steps.forEach((s, i) => assert.ok(Math.abs(s.validation.accuracy - ref.forward_logistic.accuracy[i]!) < 1e-9));
});

test('a warm start reaches the cold start’s optimum: same held-out predictions on a grown column set', { skip: bfiFile.skip }, () => {
  const { x, y, fold } = bfi();
  const warm = warmLogisticFitter({ tolerance: 1e-8 });
  crossValidate(x, y, 4, fold, 5, warm, [17, 13]);
  const grown = crossValidate(x, y, 4, fold, 5, warm, [17, 13, 15]);
  const cold = crossValidate(x, y, 4, fold, 5, (a, b, k) => fitLogisticRegression(a, b, k, { tolerance: 1e-8 }), [17, 13, 15]);
  assert.deepEqual(grown.predicted, cold.predicted);
  grown.probabilities.forEach((p, i) => assert.ok(Math.abs(p - cold.probabilities[i]!) < 1e-7));
});
