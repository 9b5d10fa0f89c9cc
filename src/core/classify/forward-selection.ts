/**
 * Forward selection of questions under cross-validation: start with none; at each step add the question
 * whose addition gives the highest mean held-out accuracy; stop after `maxColumns`. This is scikit-learn's
 * `SequentialFeatureSelector(direction='forward', scoring='accuracy')` (ties go to the lower column
 * index), run as a generator so the CLI can show progress and the batch function simply drains it.
 *
 * The accuracy reported for a step is the one that chose it, so it is slightly optimistic (the same
 * folds chose and scored the question); with a handful of questions out of dozens the bias is small,
 * and the table is for choosing a size, not for quoting a guarantee.
 *
 * Reference: Guyon & Elisseeff (2003), "An introduction to variable and feature selection", JMLR 3:1157.
 * Complexity: O(maxColumns · candidates · folds) fits (with `screen`, that many cheap fits and
 * maxColumns · keep · folds expensive ones).
 *
 * @example
 * const steps = forwardSelection(x, y, 4, { fold, folds: 5, fit: (a, b, k) => fitLda(a, b, k), maxColumns: 6 });
 * steps.map((s) => s.column);   // e.g. [17, 13, 15, 14, 11, 18]
 */
import type { Matrix } from '../matrix/matrix.js';
import { crossValidate, type CrossValidation, type Fitter } from './cross-validate.js';

export interface ForwardOptions {
  readonly fold: Int32Array;
  readonly folds: number;
  readonly fit: Fitter;
  readonly maxColumns: number;
  /**
   * Screening for expensive fitters: at each step rank every candidate with this cheaper fitter's CV
   * accuracy and try only the best `keep` with `fit` (e.g. logistic regression screened by LDA).
   */
  readonly screen?: { readonly fit: Fitter; readonly keep: number };
}

export interface ForwardStep {
  /** The column added at this step. */
  readonly column: number;
  /** All columns chosen so far, in order. */
  readonly columns: readonly number[];
  /** Held-out results of the chosen set. */
  readonly validation: CrossValidation;
}

export function* forwardSelectionSteps(x: Matrix, y: Int32Array, k: number, options: ForwardOptions): Generator<ForwardStep, void, undefined> {
  const chosen: number[] = [];
  const limit = Math.min(options.maxColumns, x.cols);
  while (chosen.length < limit) {
    let best: { column: number; validation: CrossValidation } | undefined;
    for (const column of candidates(x, y, k, options, chosen)) {
      const validation = crossValidate(x, y, k, options.fold, options.folds, options.fit, [...chosen, column]);
      if (best === undefined || validation.accuracy > best.validation.accuracy) best = { column, validation };
    }
    if (!best) return;
    chosen.push(best.column);
    yield { column: best.column, columns: [...chosen], validation: best.validation };
  }
}

/** The columns to try at this step, in increasing index (ties go to the lower index). */
function candidates(x: Matrix, y: Int32Array, k: number, options: ForwardOptions, chosen: readonly number[]): number[] {
  const open = Array.from({ length: x.cols }, (_, j) => j).filter((j) => !chosen.includes(j));
  const screen = options.screen;
  if (!screen || open.length <= screen.keep) return open;
  const scored = open.map((column) => ({ column, accuracy: crossValidate(x, y, k, options.fold, options.folds, screen.fit, [...chosen, column]).accuracy }));
  scored.sort((a, b) => b.accuracy - a.accuracy || a.column - b.column);
  return scored
    .slice(0, screen.keep)
    .map((s) => s.column)
    .sort((a, b) => a - b);
}

export function forwardSelection(x: Matrix, y: Int32Array, k: number, options: ForwardOptions): ForwardStep[] {
  return [...forwardSelectionSteps(x, y, k, options)];
}

/**
 * The default form size: the fewest questions whose accuracy is within `margin` (one point = 0.01) of
 * the best size's. @example smallestWithin([0.5, 0.71, 0.72, 0.725], 0.01)   // 3: 0.72 is within one point of 0.725
 */
export function smallestWithin(accuracies: readonly number[], margin = 0.01): number {
  const best = Math.max(...accuracies);
  const index = accuracies.findIndex((a) => a >= best - margin - 1e-12);
  return index + 1;
}
