import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, close, spiFile, anxietyFile, type DataRefs, type CaseRef } from '../../../../test/reference/stats/fixtures.js';
import { caseInput, deriveAnxietyCell, type CaseInput } from '../../../../test/reference/stats/cases.js';
import { summarizeGroups, complementSummary } from '../weights/weighted-summary.js';
import { scaledWeights, type WeightMode } from '../weights/weight-mode.js';
import { oneWayAnova } from './one-way-anova.js';
import { welchAnova } from './welch-anova.js';
import { kruskalWallis } from './kruskal-wallis.js';
import { welchT } from './welch-t.js';

// References: test/reference/stats/{spi,anxiety}.json from test/reference/stats/make.py —
//   unweighted: scipy.stats.f_oneway, statsmodels anova_oneway(use_var='unequal'), scipy.stats.kruskal,
//               scipy.stats.ttest_ind(equal_var=False) (segment vs the rest)
//   frequency:  the same calls on np.repeat(rows, f_i), f_i = 1 + (i mod 3)
//   effective:  statsmodels anova_generic(means, variances, nobs) and weightstats.ttest_ind(usevar='unequal',
//               weights=...) with weights w_i = 0.5 + ((37 i) mod 11)/10 rescaled to each group's Kish n_eff
const tolerance = 1e-9;
let checks = 0;

function check(label: string, actual: number, expected: number, failures: string[], relative = tolerance): void {
  checks++;
  if (!close(actual, expected, relative)) failures.push(`${label}: ${actual} vs ${expected}`);
}

function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: string }, label: string): T {
  if (!r.ok) throw new Error(`${label}: ${r.error}`);
  return r.value;
}

function runCase(ref: CaseRef, input: CaseInput, mode: WeightMode, failures: string[]): void {
  const refs = mode === 'unweighted' ? ref.unweighted : mode === 'frequency' ? ref.frequency : ref.effective;
  const weights = mode === 'unweighted' ? undefined : mode === 'frequency' ? input.counts : input.survey;
  const summaries = summarizeGroups(input.values, input.groups, input.k, weights);
  const label = `${ref.variable} by ${ref.group} (${mode})`;
  const anova = unwrap(oneWayAnova(summaries, mode), label);
  check(`${label} anova F`, anova.statistic, refs.anova.statistic, failures);
  check(`${label} anova p`, anova.pValue, refs.anova.pValue, failures);
  const welch = unwrap(welchAnova(summaries, mode), label);
  check(`${label} welch F`, welch.statistic, refs.welch.statistic, failures);
  check(`${label} welch df2`, welch.df2, refs.welch.df2, failures);
  check(`${label} welch p`, welch.pValue, refs.welch.pValue, failures);
  summaries.forEach((s, g) => check(`${label} mean ${g}`, s.mean, refs.means[g] ?? Number.NaN, failures, 1e-12));
  refs.vsRest.forEach((expected, g) => {
    const t = unwrap(welchT(summaries[g] ?? summaries[0]!, complementSummary(summaries, g), mode), label);
    check(`${label} t ${g}`, t.statistic, expected.statistic, failures);
    check(`${label} t p ${g}`, t.pValue, expected.pValue, failures, 1e-8);
    if (expected.df !== undefined) check(`${label} t df ${g}`, t.df, expected.df, failures);
  });
  if (refs.kruskal) {
    const kw = unwrap(kruskalWallis(input.values, input.groups, input.k, weights ? scaledWeights(input.groups, input.k, weights, mode) : undefined), label);
    check(`${label} kruskal H`, kw.statistic, refs.kruskal.statistic, failures);
    check(`${label} kruskal p`, kw.pValue, refs.kruskal.pValue, failures);
  }
}

for (const [name, file, derive] of [['spi.json', spiFile, undefined], ['anxiety.json', anxietyFile, deriveAnxietyCell]] as const) {
  const refs = fixture<DataRefs>(name);
  for (const mode of ['unweighted', 'frequency', 'effective'] as const) {
    test(`numeric tests on ${refs.source} equal SciPy/statsmodels (${mode})`, { skip: file.skip }, () => {
      const failures: string[] = [];
      const before = checks;
      for (const ref of refs.cases.filter((c) => c.kind === 'numeric')) runCase(ref, caseInput(file.path, ref, derive), mode, failures);
      assert.ok(checks - before >= 40, `only ${checks - before} comparisons ran`);
      assert.deepEqual(failures, []);
    });
  }
}

test('R oneway.test and kruskal.test agree on spi health by exer', { skip: spiFile.skip }, () => {
  // R 4.2: oneway.test(health ~ exer, data = spi) → F, num df, denom df, p (r.json: welch_health_exer);
  //        oneway.test(..., var.equal = TRUE); kruskal.test(health ~ exer)
  const r = fixture<{ values: Record<string, number[]> }>('r.json').values;
  const ref = fixture<DataRefs>('spi.json').cases.find((c) => c.variable === 'health' && c.kind === 'numeric');
  assert.ok(ref);
  const input = caseInput(spiFile.path, ref);
  const s = summarizeGroups(input.values, input.groups, input.k);
  const welch = unwrap(welchAnova(s), 'welch');
  const [wF = 0, wDf1 = 0, wDf2 = 0, wP = 0] = r.welch_health_exer ?? [];
  assert.ok(close(welch.statistic, wF, 1e-9) && close(welch.df1, wDf1) && close(welch.df2, wDf2, 1e-9) && close(welch.pValue, wP, 1e-8));
  const anova = unwrap(oneWayAnova(s), 'anova');
  const [aF = 0, , aDf2 = 0, aP = 0] = r.anova_health_exer ?? [];
  assert.ok(close(anova.statistic, aF, 1e-9) && anova.df2 === aDf2 && close(anova.pValue, aP, 1e-8));
  const kw = unwrap(kruskalWallis(input.values, input.groups, input.k), 'kw');
  const [kH = 0, kDf = 0, kP = 0] = r.kruskal_health_exer ?? [];
  assert.ok(close(kw.statistic, kH, 1e-9) && kw.df === kDf && close(kw.pValue, kP, 1e-8));
});

test('bad input is a value, never NaN', () => {
  const flat = summarizeGroups(Float64Array.of(3, 3, 3, 3), Int32Array.of(0, 0, 1, 1), 2);
  assert.deepEqual(oneWayAnova(flat), { ok: false, error: 'zero-variance' });
  assert.deepEqual(welchAnova(flat), { ok: false, error: 'zero-variance' });
  assert.deepEqual(kruskalWallis(Float64Array.of(3, 3, 3, 3), Int32Array.of(0, 0, 1, 1), 2), { ok: false, error: 'zero-variance' });
  const one = summarizeGroups(Float64Array.of(1, 2, 3), Int32Array.of(0, 0, 0), 2);
  assert.deepEqual(oneWayAnova(one), { ok: false, error: 'fewer-than-two-groups' });
  const none = summarizeGroups(Float64Array.of(Number.NaN, Number.NaN), Int32Array.of(0, 1), 2);
  assert.deepEqual(oneWayAnova(none), { ok: false, error: 'no-data' });
  // separated groups without inner variance: F = ∞, p = 0 (R: F = Inf, p < 2.2e-16)
  const separated = oneWayAnova(summarizeGroups(Float64Array.of(1, 1, 2, 2), Int32Array.of(0, 0, 1, 1), 2));
  assert.ok(separated.ok && separated.value.pValue === 0 && separated.value.etaSquared === 1);
  assert.deepEqual(welchAnova(summarizeGroups(Float64Array.of(1, 2, 5), Int32Array.of(0, 0, 1), 2)), { ok: false, error: 'group-too-small' });
});

test('effect sizes: eta², omega², epsilon² on a textbook example', () => {
  // R: summary(aov(y ~ g)) with y = 1..6, g = rep(1:2, each = 3): SSB = 13.5, SSW = 4 → F = 13.5, p = 0.02131
  const values = Float64Array.of(1, 2, 3, 4, 5, 6);
  const groups = Int32Array.of(0, 0, 0, 1, 1, 1);
  const a = oneWayAnova(summarizeGroups(values, groups, 2));
  assert.ok(a.ok);
  assert.ok(close(a.value.statistic, 13.5) && close(a.value.pValue, 0.021311641128756723, 1e-9)); // R: pf(13.5, 1, 4, lower.tail = FALSE)
  assert.ok(close(a.value.etaSquared, 13.5 / 17.5));
  assert.ok(close(a.value.omegaSquared, (13.5 - 1) / (17.5 + 1)));
  const k = kruskalWallis(values, groups, 2); // R: kruskal.test(1:6, rep(1:2, each = 3)) → 3.8571, p = 0.04953
  assert.ok(k.ok && close(k.value.statistic, 27 / 7) && close(k.value.pValue, 0.049534613435626706, 1e-9) && close(k.value.epsilonSquared, 27 / 7 / 5));
});
