/**
 * The typing tool as JSON (`DIR/typing.json`): the few survey questions that reproduce a segmentation,
 * the fixed-form classifier that scores them (a ScoringModel, so `segmap score` and `segmap sql` take it
 * as is), the Gaussian segment model that scores partial forms and picks the next question in adaptive
 * mode, and the evidence — cross-validated accuracy and per-segment recall by number of questions.
 *
 * Questions are asked by `id` (the survey column); answers must be one of `options[].value`, or a number
 * within `range` for numeric questions with many values.
 *
 * @example
 * TypingModel.parse(JSON.parse(readFileSync('out/typing.json', 'utf8')));
 */
import { z } from 'zod';
import { ModelName, ScoringModel } from './scoring-model.js';

export const TypingOption = z.object({ value: z.number().finite(), label: z.string().max(200) }).strict();
export type TypingOption = z.infer<typeof TypingOption>;

export const TypingQuestion = z
  .object({
    id: ModelName,
    text: z.string().max(1000),
    /** Allowed answers, in increasing value. Empty for a numeric question asked within `range`. */
    options: z.array(TypingOption),
    range: z.object({ min: z.number().finite(), max: z.number().finite() }).strict().optional(),
  })
  .strict()
  .refine((q) => q.options.length >= 2 || q.range !== undefined, 'a question requires at least 2 options or a range');
export type TypingQuestion = z.infer<typeof TypingQuestion>;

const Accuracy = z.object({ accuracy: z.number().min(0).max(1), recall: z.array(z.number().nullable()) }).strict();

export const TypingStep = z
  .object({
    /** Number of questions in the form. */
    questions: z.number().int().min(1),
    /** The question added at this size. */
    added: z.string(),
    lda: Accuracy,
    logistic: Accuracy,
  })
  .strict();
export type TypingStep = z.infer<typeof TypingStep>;

export const TypingModel = z
  .object({
    format: z.literal('segmap.typing-model'),
    version: z.literal(1),
    /** The segmentation column the tool reproduces. */
    segmentColumn: z.string(),
    segments: z.array(z.string().min(1)).min(2),
    /** The fixed form's questions, in the order they were selected. */
    questions: z.array(TypingQuestion).min(1),
    /** The classifier of the complete fixed form (inputs = question ids). */
    fixedForm: ScoringModel,
    /** LDA's Gaussian segments over the questions: partial forms and adaptive questioning. */
    gaussian: z
      .object({
        means: z.array(z.array(z.number().finite())),
        covariance: z.array(z.array(z.number().finite())),
        priors: z.array(z.number().positive()),
      })
      .strict(),
    adaptive: z
      .object({
        /** Stop asking once the top segment's posterior reaches this. */
        threshold: z.number().min(0).max(1),
        /** Cross-validated average number of questions asked. */
        averageQuestions: z.number().min(0),
        /** Cross-validated accuracy of adaptive mode at this threshold. */
        accuracy: z.number().min(0).max(1),
        /** Cross-validated accuracy of the complete fixed form (pooled out-of-fold). */
        fixedFormAccuracy: z.number().min(0).max(1),
      })
      .strict(),
    selection: z
      .object({
        rows: z.number().int(),
        folds: z.number().int(),
        seed: z.number().int(),
        /** Accuracy by number of questions, both methods, along the chosen method's selection path. */
        steps: z.array(TypingStep),
        /** The size chosen: the smallest within `margin` of the best, unless the analyst set it. */
        size: z.number().int().min(1),
        margin: z.number(),
        method: z.enum(['lda', 'logistic']),
        /** All candidate items considered. */
        candidates: z.array(z.string()),
      })
      .strict(),
    /** Optional segment cards for the page: name, headline, talking points. */
    cards: z
      .array(z.object({ segment: z.string(), name: z.string(), headline: z.string().default(''), talkingPoints: z.array(z.string()).default([]) }).strict())
      .default([]),
  })
  .strict()
  .superRefine((m, ctx) => {
    const q = m.questions.length;
    const k = m.segments.length;
    if (m.gaussian.means.length !== k || m.gaussian.means.some((r) => r.length !== q)) ctx.addIssue({ code: 'custom', path: ['gaussian', 'means'], message: `requires ${k} rows of ${q}` });
    if (m.gaussian.covariance.length !== q || m.gaussian.covariance.some((r) => r.length !== q)) ctx.addIssue({ code: 'custom', path: ['gaussian', 'covariance'], message: `requires ${q}×${q}` });
    if (m.gaussian.priors.length !== k) ctx.addIssue({ code: 'custom', path: ['gaussian', 'priors'], message: `requires ${k} values` });
    const ids = m.questions.map((x) => x.id);
    const inputs = m.fixedForm.inputs.map((i) => i.name);
    if (ids.join('\u0000') !== inputs.join('\u0000')) ctx.addIssue({ code: 'custom', path: ['fixedForm', 'inputs'], message: 'must be the questions, in order' });
    if (m.fixedForm.segments.join('\u0000') !== m.segments.join('\u0000')) ctx.addIssue({ code: 'custom', path: ['fixedForm', 'segments'], message: 'must equal segments' });
  });
export type TypingModel = z.infer<typeof TypingModel>;
