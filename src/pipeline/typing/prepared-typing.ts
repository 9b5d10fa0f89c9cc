/**
 * A typing model turned into the typed arrays its hot path needs (Gaussian segments, option grids, the
 * fixed form's coefficients), built once per model object and cached, so answering a request costs
 * microseconds: the typing endpoint must hold thousands of requests per second.
 *
 * @example
 * const tool = prepareTyping(model);   // the same object for the same model
 */
import type { GaussianSegments } from '../../core/classify/gaussian-posterior.js';
import { createScorer, type Scorer } from '../../core/classify/predict-blocks.js';
import type { TypingModel, TypingQuestion } from '../../spec/typing-model.js';
import { linearClassifier } from '../score/model-features.js';

export interface PreparedTyping {
  readonly model: TypingModel;
  readonly gaussian: GaussianSegments;
  /** The fixed form's classifier, with its scoring memory kept for every request. */
  readonly scorer: Scorer;
  /** Answer values weighed by adaptive mode, per question. */
  readonly grids: readonly Float64Array[];
  readonly index: ReadonlyMap<string, number>;
  readonly questions: readonly TypingQuestion[];
}

const cache = new WeakMap<TypingModel, PreparedTyping>();

export function prepareTyping(model: TypingModel): PreparedTyping {
  const cached = cache.get(model);
  if (cached) return cached;
  const q = model.questions.length;
  const prepared: PreparedTyping = {
    model,
    gaussian: {
      k: model.segments.length,
      p: q,
      means: Float64Array.from(model.gaussian.means.flat()),
      covariance: Float64Array.from(model.gaussian.covariance.flat()),
      priors: Float64Array.from(model.gaussian.priors),
    },
    scorer: createScorer(linearClassifier(model.fixedForm)),
    grids: model.questions.map((question) => Float64Array.from(grid(question))),
    index: new Map(model.questions.map((question, i) => [question.id, i])),
    questions: model.questions,
  };
  cache.set(model, prepared);
  return prepared;
}

function grid(question: TypingQuestion): number[] {
  if (question.options.length) return question.options.map((o) => o.value);
  const { min, max } = question.range ?? { min: 0, max: 1 };
  return Array.from({ length: 9 }, (_, i) => min + ((max - min) * i) / 8);
}
