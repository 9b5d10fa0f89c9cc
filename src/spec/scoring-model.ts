/**
 * A fitted scoring model as JSON: what `segmap score` reads, what `segmap sql` compiles, what the typing
 * tool's fixed form and the universe projection save. One shape for every linear softmax classifier
 * (multinomial logistic regression and LDA both end in it):
 *
 *   feature_j = (input − center) / scale        (numeric; `log1p` first when set; missing → center)
 *             | 1 if input = level else 0       (indicator; missing or unseen level → 0)
 *   score_c   = intercept_c + Σ_j coefficient_cj · feature_j          (summed left to right)
 *   p_c       = softmax(score)_c, with score differences clamped at −700 (no exp underflow)
 *   segment   = the first segment with the largest score; "unassigned" when its probability is below
 *               `unassignedBelow` (when set)
 *
 * Input and segment names are identifiers for SQL (letters, digits, `_`, space, `-`), checked here.
 *
 * @example
 * ScoringModel.parse({ format: 'segmap.scoring-model', version: 1, method: 'logistic', segments: ['a', 'b'],
 *   inputs: [{ name: 'beds', type: 'numeric' }], features: [{ kind: 'numeric', input: 'beds', center: 200, scale: 80 }],
 *   intercepts: [0, 0], coefficients: [[-0.5], [0.5]] });
 */
import { z } from 'zod';

const plainName = /^[\p{L}_][\p{L}\p{N}_ -]{0,62}$/u;
export const ModelName = z
  .string()
  .regex(plainName, 'requires letters, digits, underscores, spaces or hyphens (at most 63, starting with a letter or underscore)')
  .refine((s) => !s.endsWith(' '), 'must not end with a space');

const finite = z.number().finite();

export const ModelInput = z.discriminatedUnion('type', [
  z.object({ name: ModelName, type: z.literal('numeric') }).strict(),
  z.object({ name: ModelName, type: z.literal('categorical'), levels: z.array(z.string().max(200)).min(1) }).strict(),
]);
export type ModelInput = z.infer<typeof ModelInput>;

export const ModelFeature = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('numeric'),
      input: ModelName,
      center: finite,
      scale: finite.positive(),
      /** Apply ln(1 + x) before centring (counts and volumes). */
      log1p: z.boolean().default(false),
    })
    .strict(),
  z.object({ kind: z.literal('indicator'), input: ModelName, level: z.string().max(200) }).strict(),
]);
export type ModelFeature = z.infer<typeof ModelFeature>;

export const ScoringModel = z
  .object({
    format: z.literal('segmap.scoring-model'),
    version: z.literal(1),
    method: z.enum(['logistic', 'lda']),
    /** Segment names in score order; the output `segment` column carries these. */
    segments: z.array(z.string().min(1).max(200)).min(2),
    /** The id column copied to the output (`id` unless the training data used another name). */
    idColumn: ModelName.default('id'),
    inputs: z.array(ModelInput).min(1),
    features: z.array(ModelFeature).min(1),
    intercepts: z.array(finite),
    coefficients: z.array(z.array(finite)),
    /** Rows whose top probability is below this get the segment "unassigned". */
    unassignedBelow: z.number().min(0).max(1).optional(),
    /** Free-form training facts (rows, C, accuracy…); not used for scoring. */
    training: z.record(z.string(), z.unknown()).default({}),
  })
  .strict()
  .superRefine((m, ctx) => {
    const k = m.segments.length;
    const p = m.features.length;
    if (m.intercepts.length !== k) ctx.addIssue({ code: 'custom', path: ['intercepts'], message: `requires ${k} values, one per segment` });
    if (m.coefficients.length !== k || m.coefficients.some((row) => row.length !== p)) {
      ctx.addIssue({ code: 'custom', path: ['coefficients'], message: `requires ${k} rows of ${p} values (segments × features)` });
    }
    const inputs = new Map(m.inputs.map((i) => [i.name, i]));
    if (inputs.size !== m.inputs.length) ctx.addIssue({ code: 'custom', path: ['inputs'], message: 'input names must be unique' });
    m.features.forEach((f, j) => {
      const input = inputs.get(f.input);
      if (!input) ctx.addIssue({ code: 'custom', path: ['features', j, 'input'], message: `refers to unknown input ${f.input}` });
      else if ((f.kind === 'numeric') !== (input.type === 'numeric')) {
        ctx.addIssue({ code: 'custom', path: ['features', j, 'kind'], message: `does not fit ${input.type} input ${f.input}` });
      }
    });
    if (new Set(m.segments).size !== k) ctx.addIssue({ code: 'custom', path: ['segments'], message: 'segment names must be unique' });
    if (m.segments.includes(unassignedSegment)) ctx.addIssue({ code: 'custom', path: ['segments'], message: `"${unassignedSegment}" is reserved` });
    if (inputs.has(m.idColumn)) ctx.addIssue({ code: 'custom', path: ['idColumn'], message: 'must not also be a model input' });
  });
export type ScoringModel = z.infer<typeof ScoringModel>;

/** The segment given to rows below `unassignedBelow`. */
export const unassignedSegment = 'unassigned';
