/**
 * The shapes of a segment profile: what goes in (segment labels, variables as typed arrays, weights) and
 * what comes out (sizes, per-variable tests, per-cell values, indices and significance, ranking, labels).
 * Every number in a result is finite or null: a test that cannot be computed says why (`problem`).
 *
 * core/ stays independent of spec/: pipeline/profile maps this result onto the profile.json schema.
 */
import type { Logger } from '../../lib/logger.js';
import type { Rng } from '../random/rng.js';
import type { AdjustmentMethod } from '../stats/adjust/p-adjust.js';
import type { TestProblem } from '../stats/tests/test-problem.js';
import type { WeightMode } from '../stats/weights/weight-mode.js';

export interface NumericVariable {
  readonly kind: 'numeric';
  readonly name: string;
  readonly label?: string;
  /** NaN = missing. */
  readonly values: Float64Array;
}

export interface CategoricalVariable {
  readonly kind: 'categorical';
  readonly name: string;
  readonly label?: string;
  /** Index into `levels`; −1 = missing. */
  readonly codes: Int32Array;
  readonly levels: readonly string[];
}

export type ProfileVariable = NumericVariable | CategoricalVariable;

export interface ProfileInput {
  /** Segment of each row, 0..k−1; −1 = not segmented (left out). */
  readonly segments: Int32Array;
  /** One name per segment; a segment without rows is an empty segment. */
  readonly segmentNames: readonly string[];
  readonly variables: readonly ProfileVariable[];
  /** Row weights (survey weights); non-positive or missing weights drop the row. */
  readonly weights?: Float64Array;
}

export interface ProfileOptions {
  readonly alpha?: number;
  readonly adjustment?: AdjustmentMethod;
  /** Default: 'effective' with weights, 'unweighted' without. */
  readonly weightMode?: WeightMode;
  /** For Monte-Carlo exact tests; default seed 1. */
  readonly rng?: Rng;
  /** Replicates of the Monte-Carlo exact test; default 2000, R's default B for simulated p-values. */
  readonly monteCarloReplicates?: number;
  /** Tables beyond this count are not enumerated exactly (Monte-Carlo instead). */
  readonly exactTableBudget?: number;
  readonly logger?: Logger;
}

export interface SegmentSize {
  readonly index: number;
  readonly name: string;
  /** Column letter used in significance letters (A, B, …). */
  readonly letter: string;
  readonly count: number;
  readonly weighted: number;
  readonly effective: number;
  /** Weighted share of all segmented rows. */
  readonly share: number;
}

export type Significance = 'higher' | 'lower' | 'none' | 'untested';

export interface CellResult {
  readonly segment: number;
  /** Mean (numeric) or share in [0, 1] (categorical level); null when the segment has no answers. */
  readonly value: number | null;
  /** 100 × value / total value; null when the total is ≤ 0 or the value is missing. */
  readonly index: number | null;
  /** Rows answering in this segment, and the base the tests used (n_eff when weighted). */
  readonly count: number;
  readonly base: number;
  /** Segment against the other segments (Welch t or pooled z). */
  readonly statistic: number | null;
  readonly pValue: number | null;
  readonly adjustedPValue: number | null;
  readonly significance: Significance;
  /** Letters of the segments this one is significantly higher than (pairwise, adjusted per row). */
  readonly letters: string;
}

export interface RowResult {
  /** 'mean' for a numeric variable, the level for a categorical one. */
  readonly label: string;
  readonly total: number | null;
  readonly totalCount: number;
  /** Standard deviation of the total (numeric rows): scale for standardized differences. */
  readonly totalSd: number | null;
  readonly cells: readonly CellResult[];
}

export type TestName = 'welch-anova' | 'anova' | 'kruskal-wallis' | 'chi-square' | 'fisher-exact' | 'monte-carlo-fisher' | 'none';
export type EffectSizeName = 'omega-squared' | 'eta-squared' | 'cramers-v' | 'epsilon-squared';

export interface TestSummary {
  readonly test: TestName;
  readonly statistic: number | null;
  readonly df: number | null;
  readonly df2: number | null;
  readonly pValue: number | null;
  readonly effectSize: number | null;
  readonly effectSizeName: EffectSizeName | null;
}

export type VariableFlag =
  | 'all-missing'
  | 'zero-variance'
  | 'single-category'
  | 'low-expected'
  | 'exact-on-unweighted'
  | 'monte-carlo'
  | 'segment-without-data'
  | 'welch-undefined';

export interface VariableResult extends TestSummary {
  readonly name: string;
  readonly label: string;
  readonly kind: 'numeric' | 'categorical';
  /** Omnibus p-value adjusted across all variables of the profile. */
  readonly adjustedPValue: number | null;
  /** Comparable strength in [0, 1]: eta (√eta²) for numeric variables, Cramér's V for categorical ones. */
  readonly strength: number | null;
  /** 1 = strongest differentiator; null when untested. */
  readonly rank: number | null;
  readonly significant: boolean;
  readonly problem: TestProblem | null;
  readonly flags: readonly VariableFlag[];
  /** Every test computed for this variable (the primary one is repeated at the top level). */
  readonly tests: readonly TestSummary[];
  /** For categorical variables with low expected counts: cells under 5 and the smallest expected count. */
  readonly expected: { readonly cellsBelow5: number; readonly cells: number; readonly minExpected: number } | null;
  readonly missing: number;
  readonly rows: readonly RowResult[];
}

export interface Descriptor {
  readonly variable: string;
  readonly text: string;
  readonly score: number;
}

export interface ProfileResult {
  readonly n: number;
  readonly weightedN: number;
  readonly effectiveN: number;
  readonly weightMode: WeightMode;
  readonly alpha: number;
  readonly adjustment: AdjustmentMethod;
  readonly segments: readonly SegmentSize[];
  readonly variables: readonly VariableResult[];
  /** Variable names, strongest first (significant ones before the others). */
  readonly ranking: readonly string[];
  /** Per segment: a short suggested label and the descriptors it was built from. */
  readonly labels: readonly { readonly segment: number; readonly label: string; readonly descriptors: readonly Descriptor[] }[];
}

export type ProfileProblem = { readonly kind: 'single-segment'; readonly segment: string } | { readonly kind: 'no-segments' };
