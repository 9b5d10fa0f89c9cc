/**
 * Calibrates adaptive mode by cross-validation: on each fold, LDA's Gaussian segments are fitted on the
 * other folds and every held-out respondent is "asked" adaptively from their real answers (core
 * adaptivePath). Each stopping threshold then gives an accuracy and an average number of questions; the
 * threshold kept is the one that asks fewest questions on average while matching the fixed form's
 * cross-validated accuracy within half a point (or, when none does, asking everything).
 *
 * Complexity: O(n · q² · (q² + k·options)) for the paths, O(n · thresholds) for the table.
 *
 * @example
 * calibrateAdaptive(x, y, k, fold, 5, options, 0.81);   // { threshold: 0.93, averageQuestions: 4.2, accuracy: 0.812 }
 */
import { adaptivePath, stopAt, type AdaptivePath } from '../../core/classify/adaptive-questioning.js';
import { selectRows } from '../../core/classify/cross-validate.js';
import { fitLda } from '../../core/classify/lda.js';
import type { Matrix } from '../../core/matrix/matrix.js';

export interface AdaptiveCalibration {
  readonly threshold: number;
  readonly averageQuestions: number;
  readonly accuracy: number;
}

/** "The same accuracy": within half a point (adaptive mode scores with LDA, the fixed form maybe with logistic regression). */
export const sameAccuracy = 0.005;

/** 0.50, 0.51, …, 0.99, 0.995, 0.999, then 1 (never stop early). */
export const thresholdGrid: readonly number[] = [...Array.from({ length: 50 }, (_, i) => 0.5 + i / 100), 0.995, 0.999, 1];

export function calibrateAdaptive(x: Matrix, y: Int32Array, k: number, fold: Int32Array, folds: number, options: readonly Float64Array[], fixedAccuracy: number): AdaptiveCalibration {
  const q = x.cols;
  const all = Int32Array.from({ length: q }, (_, j) => j);
  const paths: AdaptivePath[] = new Array<AdaptivePath>(x.rows);
  for (let f = 0; f < folds; f++) {
    const train = selectRows(x, all, (i) => fold[i] !== f);
    const model = fitLda(train.x, Int32Array.from(train.index, (i) => y[i]!), k);
    for (let i = 0; i < x.rows; i++) {
      if (fold[i] === f) paths[i] = adaptivePath(model, x.data.subarray(i * q, (i + 1) * q), options);
    }
  }
  const table = thresholdGrid.map((threshold) => {
    let hits = 0;
    let asked = 0;
    paths.forEach((path, i) => {
      const stop = stopAt(path, threshold);
      asked += stop.questions;
      if (stop.segment === y[i]) hits++;
    });
    return { threshold, accuracy: hits / x.rows, averageQuestions: asked / x.rows };
  });
  const matching = table.filter((t) => t.accuracy >= fixedAccuracy - sameAccuracy);
  if (matching.length === 0) return table[table.length - 1]!;
  return matching.reduce((a, b) => (b.averageQuestions < a.averageQuestions ? b : a));
}
