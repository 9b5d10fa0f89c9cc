/**
 * Chooses the typing questions: forward selection under stratified k-fold cross-validation with both
 * LDA and multinomial logistic regression (core/classify), the method with the better best accuracy
 * winning (LDA on ties: it also scores partial forms exactly), then accuracy and per-segment recall of
 * both methods at every size along the winner's path, and the default size — the smallest within one
 * point of the best.
 *
 * Cost (the demo's budget is seconds): LDA fits are slices of each fold's moments computed once
 * (core/classify/lda-fold-moments.ts, identical to refitting); logistic regression, far dearer, tries
 * only the 3 candidates LDA ranks best at each step, stops at a 1e-4 gradient (held-out predictions
 * have settled by then) and warm-starts every fit from the same fold's fit without the new question
 * (core/classify/warm-logistic-fitter.ts). On the medium demo survey (1,452 × 32, 10 questions) that
 * took selection from 2.9 s to 0.8 s with the same questions, order and accuracies.
 *
 * Complexity: O(folds·n·items²) once, O(maxQuestions · items · folds) LDA slices, O(maxQuestions · 3 ·
 * folds) logistic fits.
 *
 * @example
 * const s = selectQuestions(data, { folds: 5, seed: 1, maxQuestions: 8, C: 1, margin: 0.01 }, progress);
 * s.path;   // item indices in selection order;  s.size: 5;  s.method: 'lda'
 */
import { crossValidate, type Fitter } from '../../core/classify/cross-validate.js';
import { confusionMatrix, recall } from '../../core/classify/classification-metrics.js';
import { forwardSelectionSteps, smallestWithin, type ForwardStep } from '../../core/classify/forward-selection.js';
import { ldaFoldFitter } from '../../core/classify/lda-fold-moments.js';
import { warmLogisticFitter } from '../../core/classify/warm-logistic-fitter.js';
import { stratifiedFolds } from '../../core/classify/stratified-folds.js';
import { matrix, type Matrix } from '../../core/matrix/matrix.js';
import { createRng } from '../../core/random/rng.js';
import type { ProgressSink } from '../../lib/progress.js';
import type { TypingStep } from '../../spec/typing-model.js';
import type { TypingData } from './typing-data.js';

export interface SelectOptions {
  readonly folds: number;
  readonly seed: number;
  readonly maxQuestions: number;
  readonly C: number;
  readonly margin: number;
  /** Force a form size instead of the default rule. */
  readonly size?: number;
}

export interface QuestionSelection {
  readonly method: 'lda' | 'logistic';
  /** Item indices in selection order (length = maxQuestions or fewer). */
  readonly path: readonly number[];
  readonly steps: TypingStep[];
  readonly size: number;
  readonly fold: Int32Array;
  /** Pooled out-of-fold predictions of the winner at the chosen size. */
  readonly predicted: Int32Array;
}

/** Items standardised (LDA is unaffected; logistic regression's penalty then treats items alike). */
export function standardiseColumns(x: Matrix): Matrix {
  const out = matrix(x.rows, x.cols, Float64Array.from(x.data));
  for (let j = 0; j < x.cols; j++) {
    let mean = 0;
    for (let i = 0; i < x.rows; i++) mean += x.data[i * x.cols + j]!;
    mean /= x.rows;
    let variance = 0;
    for (let i = 0; i < x.rows; i++) variance += (x.data[i * x.cols + j]! - mean) ** 2;
    const sd = Math.sqrt(variance / Math.max(1, x.rows - 1)) || 1;
    for (let i = 0; i < x.rows; i++) out.data[i * x.cols + j] = (x.data[i * x.cols + j]! - mean) / sd;
  }
  return out;
}

export function selectQuestions(data: TypingData, options: SelectOptions, progress: ProgressSink): QuestionSelection {
  const k = data.segments.length;
  const fold = stratifiedFolds(data.y, k, options.folds, createRng(options.seed));
  const x = standardiseColumns(data.x);
  const fitters: Record<'lda' | 'logistic', Fitter> = {
    // each fold's moments once; every candidate set's LDA is then a slice (identical to refitting)
    lda: ldaFoldFitter(x, data.y, k, fold, options.folds),
    // selection compares held-out predictions, settled at a 1e-4 gradient; each fit warm-starts from its prefix's
    logistic: warmLogisticFitter({ C: options.C, tolerance: 1e-4, polish: false }),
  };
  const maxColumns = Math.min(options.maxQuestions, data.items.length);
  const paths = { lda: [] as ForwardStep[], logistic: [] as ForwardStep[] };
  for (const method of ['lda', 'logistic'] as const) {
    const phase = `selecting questions (${method === 'lda' ? 'LDA' : 'logistic regression'})`;
    progress({ phase, done: 0, total: maxColumns });
    // logistic regression is ~100× dearer to fit than LDA: it tries the 3 candidates LDA ranks best at each step
    const screen = method === 'logistic' ? { fit: fitters.lda, keep: 3 } : undefined;
    for (const step of forwardSelectionSteps(x, data.y, k, { fold, folds: options.folds, fit: fitters[method], maxColumns, ...(screen ? { screen } : {}) })) {
      paths[method].push(step);
      progress({ phase, done: step.columns.length, total: maxColumns, detail: data.items[step.column] });
    }
  }
  const best = (steps: ForwardStep[]): number => Math.max(...steps.map((s) => s.validation.accuracy));
  const method = best(paths.logistic) > best(paths.lda) + 1e-12 ? 'logistic' : 'lda';
  const chosen = paths[method];
  const other = method === 'lda' ? 'logistic' : 'lda';
  const steps: TypingStep[] = chosen.map((step, i) => {
    const mine = step.validation;
    const theirs = crossValidate(x, data.y, k, fold, options.folds, fitters[other], step.columns);
    const summary = (v: typeof mine) => ({ accuracy: v.accuracy, recall: Array.from(recall(confusionMatrix(data.y, v.predicted, k), k), (r) => (Number.isNaN(r) ? null : r)) });
    const lda = method === 'lda' ? mine : theirs;
    const logistic = method === 'lda' ? theirs : mine;
    return { questions: i + 1, added: data.items[step.column]!, lda: summary(lda), logistic: summary(logistic) };
  });
  const size = options.size ? Math.min(options.size, chosen.length) : smallestWithin(chosen.map((s) => s.validation.accuracy), options.margin);
  return { method, path: chosen.map((s) => s.column), steps, size, fold, predicted: chosen[size - 1]!.validation.predicted };
}
