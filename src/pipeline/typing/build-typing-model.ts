/**
 * Builds a typing tool from survey respondents with known segments — the use case behind `segmap typing
 * build` and the demo:
 *   1. data      respondents with the segment and every candidate item answered      (./typing-data.ts)
 *   2. select    forward selection with LDA and logistic regression under CV; size   (./select-questions.ts)
 *   3. fit       the fixed form's scoring model on all respondents; LDA's Gaussian segments
 *   4. adaptive  the stopping threshold that matches the fixed form's CV accuracy    (./calibrate-adaptive.ts)
 *
 * @example
 * const { model } = buildTypingModel(table, { segment: 'segment', items: ['q1', 'q2', 'q3'] });
 * model.questions.map((q) => q.id);   // ['q3', 'q1']
 */
import { selectRows } from '../../core/classify/cross-validate.js';
import { confusionMatrix, accuracy as accuracyOf } from '../../core/classify/classification-metrics.js';
import { fitLda } from '../../core/classify/lda.js';
import { silentLogger, type Logger } from '../../lib/logger.js';
import { InputError } from '../../lib/errors.js';
import { typingMessages } from '../../lib/messages/typing.js';
import { noProgress, type ProgressSink } from '../../lib/progress.js';
import type { TypingModel, TypingQuestion } from '../../spec/typing-model.js';
import type { InputTable } from '../score/input-table.js';
import { tableFromRecords } from '../score/input-table.js';
import { fitScoringModel } from '../projection/fit-scoring-model.js';
import { calibrateAdaptive } from './calibrate-adaptive.js';
import { selectQuestions } from './select-questions.js';
import { typingData, type TypingData } from './typing-data.js';

export interface BuildTypingOptions {
  readonly segment: string;
  readonly items: readonly string[];
  /** Longest form considered (default min(12, items)). */
  readonly maxQuestions?: number;
  /** Use exactly this many questions instead of the smallest within one point of the best. */
  readonly size?: number;
  readonly folds?: number;
  readonly seed?: number;
  /** Logistic regression's C (default 1). */
  readonly C?: number;
  /** "Within one point": 0.01. */
  readonly margin?: number;
  readonly questionText?: Readonly<Record<string, string>>;
  readonly optionLabels?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly cards?: TypingModel['cards'];
  readonly logger?: Logger;
  readonly progress?: ProgressSink;
}

export interface BuiltTyping {
  readonly model: TypingModel;
  readonly data: TypingData;
}

export function buildTypingModel(table: InputTable, options: BuildTypingOptions): BuiltTyping {
  const logger = options.logger ?? silentLogger;
  const progress = options.progress ?? noProgress;
  const folds = options.folds ?? 5;
  const seed = options.seed ?? 1;
  const maxQuestions = options.maxQuestions ?? Math.min(12, options.items.length);
  if (!(Number.isInteger(maxQuestions) && maxQuestions >= 1)) throw new InputError(typingMessages.maxQuestionsRange(maxQuestions));
  // 1. data
  const data = typingData(table, options.segment, options.items, logger);
  const k = data.segments.length;
  data.segments.forEach((s, c) => {
    const rows = data.y.filter((v) => v === c).length;
    if (rows < folds) throw new InputError(typingMessages.segmentTooSmall(s, rows, folds));
  });
  // 2. select
  const selection = selectQuestions(data, { folds, seed, maxQuestions, C: options.C ?? 1, margin: options.margin ?? 0.01, ...(options.size ? { size: options.size } : {}) }, progress);
  const chosen = selection.path.slice(0, selection.size);
  const ids = chosen.map((j) => data.items[j]!);
  // 3. fit: the fixed form through the same design as every scoring model; Gaussian segments on raw answers
  const answers = selectRows(data.x, chosen, () => true).x;
  const answerTable = tableFromRecords(
    Array.from({ length: answers.rows }, (_, i) => Object.fromEntries(ids.map((id, j) => [id, answers.data[i * ids.length + j]!]))),
    ids,
  );
  progress({ phase: 'fitting the typing form', done: 0, total: 1 });
  const fixed = fitScoringModel(answerTable, ids, data.y, data.segments, {
    method: selection.method,
    C: options.C ?? 1,
    training: { respondents: data.y.length, source: 'segmap typing build' },
  });
  const gaussian = fitLda(answers, data.y, k);
  // 4. adaptive
  progress({ phase: 'calibrating adaptive mode', done: 0, total: 1 });
  const optionGrids = chosen.map((j) => Float64Array.from(questionGrid(data, j)));
  const fixedFormAccuracy = accuracyOf(confusionMatrix(data.y, selection.predicted, k), k);
  const adaptive = calibrateAdaptive(answers, data.y, k, selection.fold, folds, optionGrids, fixedFormAccuracy);
  progress({ phase: 'calibrating adaptive mode', done: 1, total: 1 });
  const q = ids.length;
  const model: TypingModel = {
    format: 'segmap.typing-model',
    version: 1,
    segmentColumn: options.segment,
    segments: [...data.segments],
    questions: chosen.map((j) => question(data, j, options)),
    fixedForm: fixed.model,
    gaussian: {
      means: Array.from({ length: k }, (_, c) => Array.from(gaussian.means.subarray(c * q, (c + 1) * q))),
      covariance: Array.from({ length: q }, (_, a) => Array.from(gaussian.covariance.subarray(a * q, (a + 1) * q))),
      priors: Array.from(gaussian.priors),
    },
    adaptive: { ...adaptive, fixedFormAccuracy },
    selection: { rows: data.y.length, folds, seed, steps: selection.steps, size: selection.size, margin: options.margin ?? 0.01, method: selection.method, candidates: [...data.items] },
    cards: options.cards ?? [],
  };
  return { model, data };
}

/** The answer values adaptive mode weighs: the options, or 9 points across a numeric item's range. */
export function questionGrid(data: TypingData, j: number): number[] {
  const options = data.options[j]!;
  if (options.length) return options;
  const { min, max } = data.ranges[j]!;
  return Array.from({ length: 9 }, (_, i) => min + ((max - min) * i) / 8);
}

function question(data: TypingData, j: number, options: BuildTypingOptions): TypingQuestion {
  const id = data.items[j]!;
  const labels = options.optionLabels?.[id] ?? {};
  const values = data.options[j]!;
  return {
    id,
    text: options.questionText?.[id] ?? id,
    options: values.map((value) => ({ value, label: labels[String(value)] ?? String(value) })),
    ...(values.length ? {} : { range: data.ranges[j]! }),
  };
}
