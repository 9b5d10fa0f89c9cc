/**
 * profile.json: the document `segmap profile` writes and the workbook, the report and the API read.
 *
 * Contract (../shared/BRIEF.md): per variable `test`, `statistic`, `df`, `pValue`, `effectSize`; per segment
 * and variable `value`, `index`, `significance` (in `rows[].cells[]`: one row for a numeric variable — its
 * mean — and one per level of a categorical variable — its share in [0, 1]). No NaN anywhere: a value that
 * cannot be computed is null and `problem` says why.
 *
 * Conventions stated in the document itself (`adjustment`): omnibus p-values adjusted across variables;
 * cell tests (segment vs the other segments; pairwise letters) adjusted per banner row.
 *
 * @example
 * ProfileDocument.parse(JSON.parse(readFileSync('out/profile.json', 'utf8'))).variables[0].pValue;
 */
import { z } from 'zod';

const num = z.number();
const nullableNumber = num.nullable();

export const Significance = z.enum(['higher', 'lower', 'none', 'untested']);
export type Significance = z.infer<typeof Significance>;

export const TestName = z.enum(['welch-anova', 'anova', 'kruskal-wallis', 'chi-square', 'fisher-exact', 'monte-carlo-fisher', 'none']);
export type TestName = z.infer<typeof TestName>;

export const EffectSizeName = z.enum(['omega-squared', 'eta-squared', 'cramers-v', 'epsilon-squared']);
export type EffectSizeName = z.infer<typeof EffectSizeName>;

export const ProfileCell = z.object({
  /** Segment id (as in the segment column). */
  segment: z.string(),
  /** Mean (numeric) or share in [0, 1] (a level of a categorical variable). */
  value: nullableNumber,
  /** 100 × value / total value. */
  index: nullableNumber,
  count: num,
  /** The base the tests used (Kish effective n when weighted). */
  base: num,
  statistic: nullableNumber,
  pValue: nullableNumber,
  adjustedPValue: nullableNumber,
  /** Against the other segments, after adjustment. */
  significance: Significance,
  /** Letters of the segments this one is significantly higher than. */
  letters: z.string(),
});
export type ProfileCell = z.infer<typeof ProfileCell>;

export const ProfileRow = z.object({
  label: z.string(),
  total: nullableNumber,
  totalCount: num,
  totalSd: nullableNumber,
  cells: z.array(ProfileCell),
});
export type ProfileRow = z.infer<typeof ProfileRow>;

export const ProfileTest = z.object({
  test: TestName,
  statistic: nullableNumber,
  df: nullableNumber,
  df2: nullableNumber,
  pValue: nullableNumber,
  effectSize: nullableNumber,
  effectSizeName: EffectSizeName.nullable(),
});
export type ProfileTest = z.infer<typeof ProfileTest>;

export const ProfileVariable = ProfileTest.extend({
  name: z.string(),
  label: z.string(),
  /** Longer wording (the survey question), when known. */
  description: z.string().nullable(),
  kind: z.enum(['numeric', 'categorical']),
  adjustedPValue: nullableNumber,
  /** eta (numeric) or Cramér's V (categorical), in [0, 1]. */
  strength: nullableNumber,
  rank: z.number().int().positive().nullable(),
  significant: z.boolean(),
  problem: z.enum(['no-data', 'fewer-than-two-groups', 'zero-variance', 'group-too-small', 'single-category']).nullable(),
  /** The user-facing explanation of `problem` or of a flag, when any. */
  notes: z.array(z.string()),
  flags: z.array(z.enum(['all-missing', 'zero-variance', 'single-category', 'low-expected', 'exact-on-unweighted', 'monte-carlo', 'segment-without-data', 'welch-undefined'])),
  tests: z.array(ProfileTest),
  expected: z.object({ cellsBelow5: num, cells: num, minExpected: num }).nullable(),
  missing: num,
  rows: z.array(ProfileRow),
});
export type ProfileVariable = z.infer<typeof ProfileVariable>;

export const ProfileSegment = z.object({
  id: z.string(),
  letter: z.string(),
  /** The label shown everywhere: the suggested label until someone edits it. */
  label: z.string(),
  suggestedLabel: z.string(),
  count: num,
  weighted: num,
  effective: num,
  share: num,
});
export type ProfileSegment = z.infer<typeof ProfileSegment>;

export const ProfileDocument = z.object({
  schemaVersion: z.literal(1),
  source: z.object({
    file: z.string().nullable(),
    segmentation: z.string().nullable(),
    segmentColumn: z.string(),
    weightColumn: z.string().nullable(),
  }),
  n: num,
  weightedN: num,
  effectiveN: num,
  weightMode: z.enum(['unweighted', 'frequency', 'effective']),
  alpha: num,
  adjustment: z.object({ method: z.enum(['holm', 'bh', 'none']), families: z.string() }),
  segments: z.array(ProfileSegment),
  variables: z.array(ProfileVariable),
  /** Variable names, strongest differentiator first. */
  ranking: z.array(z.string()),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
});
export type ProfileDocument = z.infer<typeof ProfileDocument>;
