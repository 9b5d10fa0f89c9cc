/**
 * Dispatches one variable to its profiler: numeric variables get means and ANOVA-family tests,
 * categorical variables get shares and contingency tests. `stream` seeds the Monte-Carlo test of
 * variable i from its own fork of the profile's generator, so adding a variable never changes another's p.
 *
 * @example
 * categoricalOrNumeric(variable, ctx, 0).test; // 'welch-anova' or 'chi-square' …
 */
import { assertNever } from '../../lib/assert-never.js';
import { profileCategorical } from './categorical-profile.js';
import { profileNumeric } from './numeric-profile.js';
import type { ProfileContext } from './profile-context.js';
import type { ProfileVariable, VariableResult } from './profile-types.js';

export function categoricalOrNumeric(variable: ProfileVariable, ctx: ProfileContext, stream: number): VariableResult {
  switch (variable.kind) {
    case 'numeric':
      return profileNumeric(variable, ctx);
    case 'categorical':
      return profileCategorical(variable, ctx, stream);
    default:
      return assertNever(variable, 'variable kind');
  }
}
