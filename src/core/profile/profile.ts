/**
 * Profiles a segmentation over any variables: sizes (rows, weighted, Kish effective), per variable the
 * omnibus test with its effect size and a strength on a common scale, per segment and variable (or level)
 * the value, index against the total, significance against the other segments and significance letters
 * against each other segment; variables ranked as differentiators; a suggested label per segment.
 *
 * Phases: 1. resolve options → 2. sizes → 3. one profiler per variable (numeric / categorical) →
 * 4. adjust omnibus p-values across variables and rank → 5. suggest labels.
 * Works for any segmentation (statistical, projected, rule, persona, quadrant): it only needs labels.
 *
 * Multiple comparisons: omnibus p-values are adjusted across the variables of the profile; cell tests per
 * banner row (segment-vs-rest family and pairwise family), with the method of `adjustment`.
 * Reference: see the tests in ../stats (checked against SciPy, statsmodels and R).
 * Complexity: O(m · (n log n + k² L)) for m variables.
 *
 * @example
 * const r = profile({ segments, segmentNames: ['A', 'B', 'C'], variables });
 * if (r.ok) r.value.variables[0].pValue;  // e.g. 1.2e-8
 * // a segment column with one value: err({ kind: 'single-segment', segment: 'A' })
 */
import { silentLogger } from '../../lib/logger.js';
import { profileMessages } from '../../lib/messages/profile.js';
import { err, ok, type Result } from '../../lib/result.js';
import { createRng } from '../random/rng.js';
import { kishEffectiveN } from '../stats/weights/effective-sample-size.js';
import { categoricalOrNumeric } from './profile-variable.js';
import type { ProfileContext } from './profile-context.js';
import type { ProfileInput, ProfileOptions, ProfileProblem, ProfileResult } from './profile-types.js';
import { rankDifferentiators } from './rank-differentiators.js';
import { segmentSizes } from './segment-sizes.js';
import { suggestLabels } from './suggest-labels.js';

export function profile(input: ProfileInput, options: ProfileOptions = {}): Result<ProfileResult, ProfileProblem> {
  // 1. options
  const logger = options.logger ?? silentLogger;
  const mode = input.weights ? (options.weightMode ?? 'effective') : 'unweighted';
  const weights = mode === 'unweighted' ? undefined : input.weights;
  // 2. sizes; a profile needs two segments with rows
  const sizes = segmentSizes(input.segments, input.segmentNames, weights);
  const live = sizes.filter((s) => s.count > 0);
  if (live.length === 0) return err({ kind: 'no-segments' });
  if (live.length === 1) return err({ kind: 'single-segment', segment: live[0]?.name ?? '' });
  for (const s of sizes) if (s.count === 0) logger.warn('empty-segment', profileMessages.emptySegment(s.name));
  const segmented = Float64Array.from(input.segments, (g, i) => (g >= 0 && g < sizes.length && (!weights || (weights[i] ?? 0) > 0) ? (weights ? (weights[i] ?? 0) : 1) : 0));
  const ctx: ProfileContext = {
    segments: input.segments,
    k: sizes.length,
    names: input.segmentNames,
    letters: sizes.map((s) => s.letter),
    weights,
    mode,
    alpha: options.alpha ?? 0.05,
    adjustment: options.adjustment ?? 'holm',
    rng: options.rng ?? createRng(1),
    replicates: options.monteCarloReplicates ?? 2000,
    exactBudget: options.exactTableBudget ?? 2_000_000,
    logger,
    segmentedRows: sizes.reduce((a, s) => a + s.count, 0),
    segmentCounts: sizes.map((s) => s.count),
  };
  // 3. per variable
  const profiled = input.variables.map((v, i) => categoricalOrNumeric(v, ctx, i));
  // 4. rank
  const variables = rankDifferentiators(profiled, ctx.adjustment, ctx.alpha);
  const ranking = variables.filter((v) => v.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map((v) => v.name);
  // 5. labels
  const labels = suggestLabels(variables, sizes);
  return ok({
    n: ctx.segmentedRows,
    weightedN: segmented.reduce((a, b) => a + b, 0),
    effectiveN: kishEffectiveN(segmented),
    weightMode: mode,
    alpha: ctx.alpha,
    adjustment: ctx.adjustment,
    segments: sizes,
    variables,
    ranking,
    labels,
  });
}
