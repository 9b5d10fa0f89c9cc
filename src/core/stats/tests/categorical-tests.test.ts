import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, close, spiFile, anxietyFile, type DataRefs, type CaseRef } from '../../../../test/reference/stats/fixtures.js';
import { caseInput, deriveAnxietyCell, type CaseInput } from '../../../../test/reference/stats/cases.js';
import { createRng } from '../../random/rng.js';
import { crosstab } from '../crosstab.js';
import { scaledWeights, type WeightMode } from '../weights/weight-mode.js';
import { chiSquareTest } from './chi-square-test.js';
import { twoProportionZ } from './two-proportion-z.js';
import { fisherExact } from './fisher-exact.js';
import { monteCarloFisher } from './monte-carlo-fisher.js';

// References: test/reference/stats/{spi,anxiety}.json (make.py): scipy.stats.chi2_contingency(t,
// correction=False) and statsmodels proportions_ztest([x1, x2], [n1, n2]) for each cell against the rest,
// unweighted, with count weights (rows repeated) and with Kish-effective survey weights; r.json: R 4.2
// fisher.test (exact, and simulate.p.value = TRUE, B = 1e5) and chisq.test(correct = FALSE).
let checks = 0;
function check(label: string, actual: number, expected: number, failures: string[], relative = 1e-9): void {
  checks++;
  if (!close(actual, expected, relative)) failures.push(`${label}: ${actual} vs ${expected}`);
}

function runCase(ref: CaseRef, input: CaseInput, mode: WeightMode, failures: string[]): void {
  const refs = mode === 'unweighted' ? ref.unweighted : mode === 'frequency' ? ref.frequency : ref.effective;
  const weights = mode === 'unweighted' ? undefined : mode === 'frequency' ? input.counts : input.survey;
  const present = Uint8Array.from(input.codes, (c) => (c >= 0 ? 1 : 0));
  const testWeights = weights ? scaledWeights(input.groups, input.k, weights, mode, present) : undefined;
  const label = `${ref.variable} by ${ref.group} (${mode})`;
  const tested = crosstab(input.codes, input.levels, input.groups, input.k, testWeights);
  const chi = chiSquareTest(tested.table, input.k, input.levels);
  if (!chi.ok) throw new Error(`${label}: ${chi.error}`);
  check(`${label} X²`, chi.value.statistic, refs.chiSquare.statistic, failures);
  check(`${label} p`, chi.value.pValue, refs.chiSquare.pValue, failures, 1e-8);
  check(`${label} V`, chi.value.cramersV, refs.chiSquare.cramersV, failures);
  assert.equal(chi.value.df, refs.chiSquare.df);
  if (refs.chiSquare.minExpected !== undefined) check(`${label} min E`, chi.value.minExpected, refs.chiSquare.minExpected, failures);
  // cells against the rest: weighted shares, bases in the test's units (Kish n_eff in 'effective' mode)
  const raw = crosstab(input.codes, input.levels, input.groups, input.k, weights);
  const base = (sumW: number, sumW2: number): number => (mode === 'effective' ? (sumW * sumW) / sumW2 : sumW);
  for (let j = 0; j < input.levels; j++) {
    for (let g = 0; g < input.k; g++) {
      let restW = 0;
      let restW2 = 0;
      let restX = 0;
      for (let h = 0; h < input.k; h++) {
        if (h === g) continue;
        restW += raw.sumW[h] ?? 0;
        restW2 += raw.sumW2[h] ?? 0;
        restX += raw.table[h * input.levels + j] ?? 0;
      }
      const sumW = raw.sumW[g] ?? 0;
      const z = twoProportionZ((raw.table[g * input.levels + j] ?? 0) / sumW, base(sumW, raw.sumW2[g] ?? 0), restX / restW, base(restW, restW2));
      const expected = refs.vsRest[j]?.[g];
      if (!z.ok || !expected) throw new Error(`${label}: cell ${j},${g}`);
      check(`${label} z ${j},${g}`, z.value.statistic, expected.statistic, failures);
      check(`${label} z p ${j},${g}`, z.value.pValue, expected.pValue, failures, 1e-8);
    }
  }
}

for (const [name, file, derive] of [['spi.json', spiFile, undefined], ['anxiety.json', anxietyFile, deriveAnxietyCell]] as const) {
  const refs = fixture<DataRefs>(name);
  for (const mode of ['unweighted', 'frequency', 'effective'] as const) {
    test(`chi-square and column-proportion tests on ${refs.source} equal SciPy/statsmodels (${mode})`, { skip: file.skip }, () => {
      const failures: string[] = [];
      const before = checks;
      for (const ref of refs.cases.filter((c) => c.kind === 'categorical')) runCase(ref, caseInput(file.path, ref, derive), mode, failures);
      assert.ok(checks - before >= 40, `only ${checks - before} comparisons ran`);
      assert.deepEqual(failures, []);
    });
  }
}

const r = fixture<{ values: Record<string, number[]> }>('r.json').values;
const table = (name: string): { cells: number[]; rows: number; cols: number } => {
  const [rows = 0, cols = 0] = r[`${name}_dim`] ?? [];
  return { cells: r[`${name}_table`] ?? [], rows, cols };
};

test('Fisher exact equals R fisher.test on real sparse tables', () => {
  // R 4.2: fisher.test(table(h$R17, h$cell)) with h = head(anxiety, 60) → 0.28742547892432013 (4 x 4)
  //        fisher.test(table(h$R5, h$gender)) → 0.7665741542971714 (5 x 2)
  //        fisher.test(matrix(c(3,1,1,3), 2)) → 0.4857142857142858 (Fisher's tea tasting)
  //        fisher.test(table(h$R1 >= 3, h$age)) → 0.09105711518581802 (2 x 2)
  for (const [name, p] of [['fisher_r17_head60', 'fisher_r17_head60_p'], ['fisher_r5_gender', 'fisher_r5_gender_p']] as const) {
    const t = table(name);
    const result = fisherExact(t.cells, t.rows, t.cols);
    assert.ok(result && close(result.pValue, r[p]?.[0] ?? Number.NaN, 1e-7), `${name}: ${result?.pValue} vs ${r[p]?.[0]}`);
  }
  assert.ok(close(fisherExact([3, 1, 1, 3], 2, 2)?.pValue ?? 0, r.fisher_tea_p?.[0] ?? Number.NaN, 1e-12));
  assert.ok(close(fisherExact(r.fisher_2x2_table ?? [], 2, 2)?.pValue ?? 0, r.fisher_2x2_p?.[0] ?? Number.NaN, 1e-12));
});

test('Fisher exact gives up (undefined) beyond its table budget, and Monte-Carlo matches R within its error', () => {
  // R 4.2: set.seed(1); fisher.test(t, simulate.p.value = TRUE, B = 1e5) on table(anxiety$R17, cell) → 0.0711
  const t = table('r17_cell');
  assert.equal(fisherExact(t.cells, t.rows, t.cols, 1000), undefined);
  const mc = monteCarloFisher(t.cells, t.rows, t.cols, createRng(7), 20_000);
  const expected = r.r17_cell_fisher_mc_p?.[0] ?? Number.NaN;
  // both are estimates: allow 4 combined standard errors
  const se = Math.sqrt(mc.standardError ** 2 + (expected * (1 - expected)) / 1e5);
  assert.ok(Math.abs(mc.pValue - expected) < 4 * se, `${mc.pValue} vs ${expected} ± ${4 * se}`);
  // the chi-square test on the same table flags low expected counts; R chisq.test p = 0.0818 (with a warning)
  const chi = chiSquareTest(t.cells, t.rows, t.cols);
  assert.ok(chi.ok && chi.value.lowExpected && close(chi.value.pValue, r.r17_cell_chisq_p?.[0] ?? Number.NaN, 1e-9));
});

test('Monte-Carlo converges to the exact p-value on a small table and is deterministic for a seed', () => {
  const t = table('fisher_r17_head60');
  const exact = fisherExact(t.cells, t.rows, t.cols)?.pValue ?? Number.NaN;
  const a = monteCarloFisher(t.cells, t.rows, t.cols, createRng(3), 20_000);
  const b = monteCarloFisher(t.cells, t.rows, t.cols, createRng(3), 20_000);
  assert.equal(a.pValue, b.pValue);
  assert.ok(Math.abs(a.pValue - exact) < 4 * a.standardError + 1e-4, `${a.pValue} vs ${exact}`);
});

test('degenerate tables are values, not NaN', () => {
  assert.deepEqual(chiSquareTest([0, 0, 0, 0], 2, 2), { ok: false, error: 'no-data' });
  assert.deepEqual(chiSquareTest([5, 0, 7, 0], 2, 2), { ok: false, error: 'single-category' });
  assert.deepEqual(chiSquareTest([5, 3, 0, 0], 2, 2), { ok: false, error: 'fewer-than-two-groups' });
  assert.deepEqual(twoProportionZ(0, 10, 0, 20), { ok: false, error: 'zero-variance' });
  assert.equal(fisherExact([5, 0, 7, 0], 2, 2)?.pValue, 1);
  // an empty group (row of zeros) is dropped: df counts live rows only (R drops it too with a warning)
  const chi = chiSquareTest([10, 20, 0, 0, 30, 5], 3, 2);
  assert.ok(chi.ok && chi.value.df === 1 && chi.value.rows === 2);
});
