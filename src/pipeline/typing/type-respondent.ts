/**
 * Types one respondent — the function behind the typing endpoint, the web page and `segmap typing ask`:
 *
 *   - every question answered → the fixed form's classifier (the same numbers as typing.xlsx, `segmap
 *     score` and `segmap sql`), method 'fixed-form';
 *   - some answered → the exact posterior from the answered questions alone under LDA's Gaussian
 *     segments (no imputation), method 'partial';
 *   - `next` is the most informative unanswered question (expected entropy), or null once the top
 *     segment's probability reaches the adaptive threshold or nothing is left to ask.
 *
 * Unknown questions and answers outside the options are error values listing what is allowed.
 * Complexity: O(q³ + q²·(k + options)) per call, q = questions (a handful).
 *
 * @example
 * const r = typeRespondent(model, { q3: 4 });
 * if (r.ok) r.value;   // { segment: 'Innovators', probability: 0.71, next: { id: 'q1', … }, … }
 * else r.error;        // { kind: 'invalid-answer', question: 'q3', allowed: [1, 2, 3, 4, 5], message: … }
 */
import { nextQuestionGiven, posteriorState } from '../../core/classify/adaptive-questioning.js';
import { ok, type Result } from '../../lib/result.js';
import type { TypingModel, TypingQuestion } from '../../spec/typing-model.js';
import { parseAnswers, type TypingAnswerError, type TypingAnswers } from './parse-answers.js';
import { prepareTyping, type PreparedTyping } from './prepared-typing.js';

export interface TypingResult {
  readonly segment: string;
  readonly probability: number;
  /** Every segment's probability, in model order. */
  readonly probabilities: readonly { readonly segment: string; readonly probability: number }[];
  readonly answered: number;
  readonly total: number;
  /** Every question answered. */
  readonly complete: boolean;
  readonly method: 'fixed-form' | 'partial';
  /** The top probability has reached the adaptive threshold. */
  readonly confident: boolean;
  /** The question to ask next, or null when done. */
  readonly next: TypingQuestion | null;
  /** The segment's card, when the model carries one. */
  readonly card: TypingModel['cards'][number] | null;
}

export function typeRespondent(model: TypingModel, answers: TypingAnswers): Result<TypingResult, TypingAnswerError> {
  const tool = prepareTyping(model);
  const parsed = parseAnswers(tool, answers);
  if (!parsed.ok) return parsed;
  return ok(typeValues(tool, parsed.value));
}

/** The same, from answers already in question order (NaN = unanswered). */
export function typeValues(tool: PreparedTyping, values: Float64Array): TypingResult {
  const { model } = tool;
  const total = values.length;
  let answered = 0;
  for (const v of values) if (!Number.isNaN(v)) answered++;
  const complete = answered === total;
  const state = complete ? undefined : posteriorState(tool.gaussian, values);
  const probabilities = state ? state.posterior : fixedForm(tool, values);
  let best = 0;
  for (let c = 1; c < probabilities.length; c++) if (probabilities[c]! > probabilities[best]!) best = c;
  const probability = probabilities[best]!;
  const confident = probability >= model.adaptive.threshold;
  const next = !state || confident ? undefined : nextQuestionGiven(state, tool.grids);
  const segment = model.segments[best]!;
  return {
    segment,
    probability,
    probabilities: model.segments.map((s, c) => ({ segment: s, probability: probabilities[c]! })),
    answered,
    total,
    complete,
    method: complete ? 'fixed-form' : 'partial',
    confident,
    next: next ? tool.questions[next.question]! : null,
    card: model.cards.find((c) => c.segment === segment) ?? null,
  };
}

function fixedForm(tool: PreparedTyping, values: Float64Array): Float64Array {
  const features = tool.model.fixedForm.features;
  const x = new Float64Array(features.length);
  features.forEach((f, j) => {
    const i = tool.index.get(f.input)!;
    const v = values[i]!;
    if (f.kind === 'indicator') x[j] = String(v) === f.level ? 1 : 0;
    else x[j] = ((f.log1p ? Math.log(1 + v) : v) - f.center) / f.scale;
  });
  const prediction = tool.scorer.predict(1, (_, __, out, stride) => x.forEach((v, j) => (out[j * stride] = v)), { probabilities: true });
  return prediction.probabilities!;
}
