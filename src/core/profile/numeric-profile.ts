/**
 * Profile of one numeric variable (a rating, a volume, an engagement count) across segments: the mean per
 * segment and overall, the index, Welch's ANOVA as the omnibus test (classical ANOVA when Welch is
 * undefined) with Kruskal–Wallis alongside, omega² as effect size, and per-cell Welch t tests.
 *
 * Why Welch first: segments rarely share a variance, and Welch's test keeps its error rate when they do
 * not, at almost no cost when they do (Delacre, Leys, Mora & Lakens 2019, IRSP 32(1):13).
 * Complexity: O(n log n) (the Kruskal–Wallis sort) plus O(k²) cell tests.
 *
 * @example
 * profileNumeric({ kind: 'numeric', name: 'health', values }, ctx).rows[0].cells[0].value; // mean of segment 0
 */
import { profileMessages } from '../../lib/messages/profile.js';
import { kruskalWallis } from '../stats/tests/kruskal-wallis.js';
import { oneWayAnova } from '../stats/tests/one-way-anova.js';
import { welchAnova } from '../stats/tests/welch-anova.js';
import { welchT } from '../stats/tests/welch-t.js';
import { complementSummary, summarizeGroups, totalSummary, type WeightedSummary } from '../stats/weights/weighted-summary.js';
import { scaledWeights, testBase } from '../stats/weights/weight-mode.js';
import { rowCellTests } from './cell-tests.js';
import { finiteOrNull, type ProfileContext } from './profile-context.js';
import type { CellResult, NumericVariable, TestSummary, VariableFlag, VariableResult } from './profile-types.js';

const none: TestSummary = { test: 'none', statistic: null, df: null, df2: null, pValue: null, effectSize: null, effectSizeName: null };

function cells(summaries: readonly WeightedSummary[], total: WeightedSummary, ctx: ProfileContext): CellResult[] {
  const tests = rowCellTests(
    {
      k: ctx.k,
      vsRest: (g) => welchT(summaries[g] ?? total, complementSummary(summaries, g), ctx.mode),
      pair: (g, h) => welchT(summaries[g] ?? total, summaries[h] ?? total, ctx.mode),
    },
    ctx.letters,
    ctx.alpha,
    ctx.adjustment,
  );
  return summaries.map((s, g) => {
    const value = s.sumW > 0 ? s.mean : null;
    const index = value !== null && total.mean > 0 ? (100 * value) / total.mean : null;
    const test = tests[g];
    return {
      segment: g,
      value: finiteOrNull(value),
      index: finiteOrNull(index),
      count: s.count,
      base: finiteOrNull(testBase(s, ctx.mode)) ?? 0,
      statistic: test?.statistic ?? null,
      pValue: test?.pValue ?? null,
      adjustedPValue: test?.adjustedPValue ?? null,
      significance: test?.significance ?? 'untested',
      letters: test?.letters ?? '',
    };
  });
}

export function profileNumeric(variable: NumericVariable, ctx: ProfileContext): VariableResult {
  const label = variable.label ?? variable.name;
  const summaries = summarizeGroups(variable.values, ctx.segments, ctx.k, ctx.weights);
  const total = totalSummary(summaries);
  const flags: VariableFlag[] = [];
  const base = { name: variable.name, label, kind: 'numeric' as const, missing: ctx.segmentedRows - total.count, expected: null };
  const row = (c: CellResult[]) => [{ label: 'mean', total: total.sumW > 0 ? finiteOrNull(total.mean) : null, totalCount: total.count, totalSd: total.sumW > 0 ? finiteOrNull(Math.sqrt(total.ss / total.sumW)) : null, cells: c }];
  if (total.count === 0) {
    ctx.logger.warn('all-missing', profileMessages.allMissing(variable.name));
    const empty = summaries.map((s, g): CellResult => ({ segment: g, value: null, index: null, count: 0, base: 0, statistic: null, pValue: null, adjustedPValue: null, significance: 'untested', letters: '' }));
    return { ...base, ...none, adjustedPValue: null, strength: null, rank: null, significant: false, problem: 'no-data', flags: ['all-missing'], tests: [], rows: row(empty) };
  }
  summaries.forEach((s, g) => {
    if (s.count === 0 && (ctx.segmentCounts[g] ?? 0) > 0) {
      flags.push('segment-without-data');
      ctx.logger.warn('segment-without-data', profileMessages.segmentWithoutData(variable.name, ctx.names[g] ?? String(g)));
    }
  });
  const anova = oneWayAnova(summaries, ctx.mode);
  const welch = welchAnova(summaries, ctx.mode);
  const present = Uint8Array.from(variable.values, (v) => (Number.isFinite(v) ? 1 : 0));
  const kw = kruskalWallis(variable.values, ctx.segments, ctx.k, ctx.weights ? scaledWeights(ctx.segments, ctx.k, ctx.weights, ctx.mode, present) : undefined);
  const tests: TestSummary[] = [];
  if (welch.ok) tests.push({ test: 'welch-anova', statistic: welch.value.statistic, df: welch.value.df1, df2: welch.value.df2, pValue: welch.value.pValue, effectSize: null, effectSizeName: null });
  if (anova.ok) {
    const a = anova.value;
    tests.push({ test: 'anova', statistic: finiteOrNull(a.statistic), df: a.df1, df2: a.df2, pValue: a.pValue, effectSize: a.omegaSquared, effectSizeName: 'omega-squared' });
  }
  if (kw.ok) tests.push({ test: 'kruskal-wallis', statistic: kw.value.statistic, df: kw.value.df, df2: null, pValue: kw.value.pValue, effectSize: kw.value.epsilonSquared, effectSizeName: 'epsilon-squared' });
  const rows = row(cells(summaries, total, ctx));
  if (!anova.ok) {
    if (anova.error === 'zero-variance') {
      flags.push('zero-variance');
      ctx.logger.warn('zero-variance', profileMessages.zeroVariance(variable.name));
    }
    return { ...base, ...none, adjustedPValue: null, strength: null, rank: null, significant: false, problem: anova.error, flags, tests, rows };
  }
  const effect = { effectSize: anova.value.omegaSquared, effectSizeName: 'omega-squared' as const };
  let primary: TestSummary;
  if (welch.ok) primary = { ...(tests[0] ?? none), ...effect };
  else {
    flags.push('welch-undefined');
    ctx.logger.warn('welch-undefined', profileMessages.welchUndefined(variable.name));
    primary = tests.find((t) => t.test === 'anova') ?? none;
  }
  return { ...base, ...primary, adjustedPValue: null, strength: Math.sqrt(anova.value.etaSquared), rank: null, significant: false, problem: null, flags, tests, rows };
}
