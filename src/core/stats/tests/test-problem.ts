/**
 * Why a significance test could not be computed, as a value (never NaN in the output). The profile turns
 * each code into a user-facing message from the catalogue and keeps going with the other variables.
 *
 * @example
 * const r = oneWayAnova([s1]);    // err('fewer-than-two-groups')
 */
import type { Result } from '../../../lib/result.js';

export type TestProblem =
  /** No usable rows at all (an all-missing variable). */
  | 'no-data'
  /** Fewer than two groups with data: nothing to compare. */
  | 'fewer-than-two-groups'
  /** Every value is the same (within and between groups): the statistic is 0/0. */
  | 'zero-variance'
  /** A group has too few rows (≤ 1) or zero variance for a test that needs a within-group variance. */
  | 'group-too-small'
  /** A categorical variable with fewer than two observed categories. */
  | 'single-category';

export type TestResult<T> = Result<T, TestProblem>;
