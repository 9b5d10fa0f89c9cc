/**
 * Profile of one categorical variable (role, specialty, account type, a single-choice answer) across
 * segments: the share of each level per segment and overall, the index, Pearson's chi-square with
 * Cramér's V, and per-cell column-proportion z tests. When expected counts fall under 5 the variable is
 * flagged and its p-value comes from Fisher's exact test (enumerated when the table is small enough) or
 * its Monte-Carlo version.
 *
 * Reference: see ../stats/tests/chi-square-test.ts, fisher-exact.ts, monte-carlo-fisher.ts,
 * two-proportion-z.ts.
 * Complexity: O(n + k·L) for the tables, O(k²·L) cell tests, plus the exact test when triggered.
 *
 * @example
 * profileCategorical({ kind: 'categorical', name: 'role', codes, levels: ['nurse', 'physician'] }, ctx).rows.length; // 2
 */
import { profileMessages } from '../../lib/messages/profile.js';
import { chiSquareTest, type ChiSquareResult } from '../stats/tests/chi-square-test.js';
import { fisherExact } from '../stats/tests/fisher-exact.js';
import { monteCarloFisher } from '../stats/tests/monte-carlo-fisher.js';
import { twoProportionZ } from '../stats/tests/two-proportion-z.js';
import { crosstab, type Crosstab } from '../stats/crosstab.js';
import { scaledWeights } from '../stats/weights/weight-mode.js';
import { rowCellTests } from './cell-tests.js';
import { finiteOrNull, type ProfileContext } from './profile-context.js';
import type { CategoricalVariable, CellResult, RowResult, TestSummary, VariableFlag, VariableResult } from './profile-types.js';

const none: TestSummary = { test: 'none', statistic: null, df: null, df2: null, pValue: null, effectSize: null, effectSizeName: null };

/** The base of a share in the test's units: Σw, or Kish's n_eff in 'effective' mode. */
function shareBase(sumW: number, sumW2: number, ctx: ProfileContext): number {
  return ctx.mode === 'effective' ? (sumW2 > 0 ? (sumW * sumW) / sumW2 : 0) : sumW;
}

function levelRow(raw: Crosstab, level: number, name: string, ctx: ProfileContext): RowResult {
  const { k, levels } = raw;
  const x = (g: number): number => raw.table[g * levels + level] ?? 0;
  const sumW = (g: number): number => raw.sumW[g] ?? 0;
  const share = (g: number): number => (sumW(g) > 0 ? x(g) / sumW(g) : 0);
  const base = (g: number): number => shareBase(sumW(g), raw.sumW2[g] ?? 0, ctx);
  const allW = raw.sumW.reduce((a, b) => a + b, 0);
  const allX = Array.from({ length: k }, (_, g) => x(g)).reduce((a, b) => a + b, 0);
  const total = allW > 0 ? allX / allW : null;
  const tests = rowCellTests(
    {
      k,
      vsRest: (g) => {
        const restW = allW - sumW(g);
        const restW2 = raw.sumW2.reduce((a, b) => a + b, 0) - (raw.sumW2[g] ?? 0);
        return twoProportionZ(share(g), base(g), restW > 0 ? (allX - x(g)) / restW : 0, shareBase(restW, restW2, ctx));
      },
      pair: (g, h) => twoProportionZ(share(g), base(g), share(h), base(h)),
    },
    ctx.letters,
    ctx.alpha,
    ctx.adjustment,
  );
  const cells = Array.from({ length: k }, (_, g): CellResult => {
    const value = sumW(g) > 0 ? share(g) : null;
    const test = tests[g];
    return {
      segment: g,
      value,
      index: value !== null && total !== null && total > 0 ? finiteOrNull((100 * value) / total) : null,
      count: raw.count[g] ?? 0,
      base: finiteOrNull(base(g)) ?? 0,
      statistic: test?.statistic ?? null,
      pValue: test?.pValue ?? null,
      adjustedPValue: test?.adjustedPValue ?? null,
      significance: test?.significance ?? 'untested',
      letters: test?.letters ?? '',
    };
  });
  return { label: name, total, totalCount: raw.count.reduce((a, b) => a + b, 0), totalSd: null, cells };
}

/** Fisher's exact p-value on unweighted counts, or its Monte-Carlo estimate when the table is too large. */
function exactTest(variable: CategoricalVariable, chi: ChiSquareResult, ctx: ProfileContext, stream: number, flags: VariableFlag[]): TestSummary {
  const counts = crosstab(variable.codes, variable.levels.length, ctx.segments, ctx.k, ctx.weights ? Float64Array.from(ctx.weights, (w) => (w > 0 ? 1 : 0)) : undefined);
  const exact = fisherExact(counts.table, ctx.k, variable.levels.length, ctx.exactBudget);
  if (ctx.weights) {
    flags.push('exact-on-unweighted');
    ctx.logger.warn('exact-on-unweighted', profileMessages.exactOnUnweighted(variable.name));
  }
  const summary = { statistic: chi.statistic, df: chi.df, df2: null, effectSize: chi.cramersV, effectSizeName: 'cramers-v' as const };
  if (exact) return { test: 'fisher-exact', pValue: exact.pValue, ...summary };
  flags.push('monte-carlo');
  const mc = monteCarloFisher(counts.table, ctx.k, variable.levels.length, ctx.rng.fork(stream), ctx.replicates);
  return { test: 'monte-carlo-fisher', pValue: mc.pValue, ...summary };
}

export function profileCategorical(variable: CategoricalVariable, ctx: ProfileContext, stream: number): VariableResult {
  const label = variable.label ?? variable.name;
  const levels = variable.levels.length;
  const raw = crosstab(variable.codes, levels, ctx.segments, ctx.k, ctx.weights);
  const answered = raw.count.reduce((a, b) => a + b, 0);
  const base = { name: variable.name, label, kind: 'categorical' as const, missing: ctx.segmentedRows - answered };
  const rows = variable.levels.map((name, j) => levelRow(raw, j, name, ctx));
  if (answered === 0) {
    ctx.logger.warn('all-missing', profileMessages.allMissing(variable.name));
    return { ...base, ...none, adjustedPValue: null, strength: null, rank: null, significant: false, problem: 'no-data', flags: ['all-missing'], tests: [], expected: null, rows };
  }
  const flags: VariableFlag[] = [];
  raw.count.forEach((c, g) => {
    if (c === 0 && (ctx.segmentCounts[g] ?? 0) > 0) {
      flags.push('segment-without-data');
      ctx.logger.warn('segment-without-data', profileMessages.segmentWithoutData(variable.name, ctx.names[g] ?? String(g)));
    }
  });
  const present = Uint8Array.from(variable.codes, (c) => (c >= 0 ? 1 : 0));
  const tested = ctx.weights ? crosstab(variable.codes, levels, ctx.segments, ctx.k, scaledWeights(ctx.segments, ctx.k, ctx.weights, ctx.mode, present)) : raw;
  const chi = chiSquareTest(tested.table, ctx.k, levels);
  if (!chi.ok) {
    if (chi.error === 'single-category') {
      flags.push('single-category');
      ctx.logger.warn('single-category', profileMessages.singleCategory(variable.name));
    }
    return { ...base, ...none, adjustedPValue: null, strength: null, rank: null, significant: false, problem: chi.error, flags, tests: [], expected: null, rows };
  }
  const c = chi.value;
  const chiSummary: TestSummary = { test: 'chi-square', statistic: c.statistic, df: c.df, df2: null, pValue: c.pValue, effectSize: c.cramersV, effectSizeName: 'cramers-v' };
  const tests: TestSummary[] = [chiSummary];
  let primary = chiSummary;
  if (c.lowExpected) {
    flags.push('low-expected');
    primary = exactTest(variable, c, ctx, stream, flags);
    tests.push(primary);
    ctx.logger.warn('low-expected', profileMessages.lowExpected(variable.name, c.cellsBelow5, c.cells, c.minExpected.toFixed(2), primary.test === 'fisher-exact' ? "Fisher's exact test" : "Fisher's test by Monte-Carlo"));
  }
  const expected = { cellsBelow5: c.cellsBelow5, cells: c.cells, minExpected: c.minExpected };
  return { ...base, ...primary, adjustedPValue: null, strength: c.cramersV, rank: null, significant: false, problem: null, flags, tests, expected, rows };
}
