import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { collectingLogger } from '../../lib/logger.js';
import { fixture, close, readNumericCsv, surveyWeight, spiFile, type DataRefs } from '../../../test/reference/stats/fixtures.js';
import { holm } from '../stats/adjust/holm.js';
import { profile } from './profile.js';
import type { ProfileInput, ProfileResult, ProfileVariable } from './profile-types.js';

// References: test/reference/stats/spi.json (make.py) — statsmodels anova_oneway(use_var='unequal') for the
// Welch omnibus test, scipy.stats.chi2_contingency(correction=False), scipy.stats.ttest_ind(equal_var=False)
// and statsmodels proportions_ztest for each segment against the rest; the 'effective' entries use
// statsmodels anova_generic / weightstats.ttest_ind with Kish-rescaled weights w_i = 0.5 + ((37 i) mod 11)/10.

/** spi rows by exercise frequency (exer 1..6 → segments 0..5) with two numeric and two categorical variables. */
function spiInput(weighted: boolean): ProfileInput {
  const columns = readNumericCsv(spiFile.path);
  const exer = columns.get('exer') ?? new Float64Array(0);
  const n = exer.length;
  const categorical = (name: string, levels: number[]): ProfileVariable => {
    const raw = columns.get(name) ?? new Float64Array(0);
    return { kind: 'categorical', name, codes: Int32Array.from(raw, (v) => levels.indexOf(v)), levels: levels.map(String) };
  };
  return {
    segments: Int32Array.from(exer, (v) => (Number.isFinite(v) ? v - 1 : -1)),
    segmentNames: ['1', '2', '3', '4', '5', '6'],
    variables: [
      { kind: 'numeric', name: 'health', values: columns.get('health') ?? new Float64Array(0) },
      { kind: 'numeric', name: 'age', values: columns.get('age') ?? new Float64Array(0) },
      categorical('sex', [1, 2]),
      categorical('smoke', [1, 2, 3, 4, 5, 6, 7, 8, 9]),
    ],
    ...(weighted ? { weights: Float64Array.from({ length: n }, (_, i) => surveyWeight(i)) } : {}),
  };
}

/** Every number anywhere in the result is finite (null is allowed): JSON never carries NaN. */
function assertNoNaN(result: ProfileResult): void {
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'number') assert.ok(Number.isFinite(value), `${path} = ${value}`);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
  };
  walk(result, 'profile');
}

for (const [mode, weighted] of [['unweighted', false], ['effective', true]] as const) {
  test(`profile of spi by exer equals SciPy/statsmodels (${mode})`, { skip: spiFile.skip }, () => {
    const refs = fixture<DataRefs>('spi.json').cases;
    const r = profile(spiInput(weighted), { rng: undefined });
    assert.ok(r.ok);
    const p = r.value;
    assertNoNaN(p);
    assert.equal(p.weightMode, mode);
    for (const name of ['health', 'age']) {
      const ref = refs.find((c) => c.variable === name && c.kind === 'numeric')?.[mode];
      const v = p.variables.find((x) => x.name === name);
      assert.ok(ref && v);
      assert.equal(v.test, 'welch-anova');
      assert.ok(close(v.statistic ?? 0, ref.welch.statistic) && close(v.df2 ?? 0, ref.welch.df2) && close(v.pValue ?? 0, ref.welch.pValue, 1e-8), name);
      v.rows[0]?.cells.forEach((cell, g) => {
        assert.ok(close(cell.value ?? 0, ref.means[g] ?? 0, 1e-12));
        assert.ok(close(cell.pValue ?? 0, ref.vsRest[g]?.pValue ?? 0, 1e-8), `${name} cell ${g}`);
      });
      // the cells of a row are one Holm family
      const raw = v.rows[0]?.cells.map((c) => c.pValue) ?? [];
      assert.deepEqual(v.rows[0]?.cells.map((c) => c.adjustedPValue), holm(raw));
    }
    const sexRef = refs.find((c) => c.variable === 'sex' && c.kind === 'categorical')?.[mode];
    const sex = p.variables.find((x) => x.name === 'sex');
    assert.ok(sexRef && sex && sex.test === 'chi-square');
    assert.ok(close(sex.statistic ?? 0, sexRef.chiSquare.statistic) && close(sex.pValue ?? 0, sexRef.chiSquare.pValue, 1e-8) && close(sex.effectSize ?? 0, sexRef.chiSquare.cramersV));
    sex.rows.forEach((row, j) => row.cells.forEach((cell, g) => assert.ok(close(cell.pValue ?? 0, sexRef.vsRest[j]?.[g]?.pValue ?? 0, 1e-8), `sex ${j},${g}`)));
    // smoke has sparse cells (9 levels x 6 segments): flagged, p-value from Fisher's test (Monte-Carlo: too many tables)
    const smoke = p.variables.find((x) => x.name === 'smoke');
    assert.ok(smoke && smoke.flags.includes('low-expected') && smoke.test === 'monte-carlo-fisher');
    const smokeRef = refs.find((c) => c.variable === 'smoke' && c.kind === 'categorical')?.[mode];
    assert.ok(close(smoke.statistic ?? 0, smokeRef?.chiSquare.statistic ?? 0));
    // ranking: significant variables first, by strength
    assert.equal(p.ranking.length, 4);
    assert.deepEqual(p.variables.map((v) => v.rank).sort(), [1, 2, 3, 4]);
    assert.equal(p.labels.length, 6);
  });
}

const tiny = (variables: ProfileVariable[], segments = Int32Array.of(0, 0, 0, 1, 1, 1, 2, 2, 2), names = ['a', 'b', 'c']): ProfileInput => ({ segments, segmentNames: names, variables });

test('bad input: one segment value, no segments', () => {
  const v: ProfileVariable = { kind: 'numeric', name: 'x', values: Float64Array.of(1, 2, 3) };
  assert.deepEqual(profile(tiny([v], Int32Array.of(0, 0, 0), ['only'])), { ok: false, error: { kind: 'single-segment', segment: 'only' } });
  assert.deepEqual(profile(tiny([v], Int32Array.of(-1, -1, -1), ['a', 'b'])), { ok: false, error: { kind: 'no-segments' } });
});

test('bad input: empty segment, zero variance, all missing, single category — warned, never NaN', () => {
  const logger = collectingLogger();
  const input = tiny(
    [
      { kind: 'numeric', name: 'flat', values: Float64Array.of(4, 4, 4, 4, 4, 4, 4, 4, 4) },
      { kind: 'numeric', name: 'gone', values: new Float64Array(9).fill(Number.NaN) },
      { kind: 'numeric', name: 'ok', values: Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9) },
      { kind: 'categorical', name: 'one', codes: new Int32Array(9), levels: ['yes', 'no'] },
      { kind: 'categorical', name: 'sparse', codes: Int32Array.of(0, 0, 1, 1, 1, 0, 2, 2, 2), levels: ['x', 'y', 'z'] },
    ],
    Int32Array.of(0, 0, 0, 1, 1, 1, 3, 3, 3),
    ['a', 'b', 'empty', 'd'],
  );
  const r = profile(input, { logger });
  assert.ok(r.ok);
  assertNoNaN(r.value);
  const by = (name: string) => r.value.variables.find((v) => v.name === name);
  assert.equal(by('flat')?.problem, 'zero-variance');
  assert.deepEqual(by('flat')?.flags, ['zero-variance']);
  assert.equal(by('flat')?.rows[0]?.cells[0]?.index, 100);
  assert.equal(by('gone')?.problem, 'no-data');
  assert.equal(by('one')?.problem, 'single-category');
  assert.equal(by('ok')?.test, 'welch-anova');
  const sparse = by('sparse');
  assert.ok(sparse?.flags.includes('low-expected') && sparse.test === 'fisher-exact');
  assert.equal(r.value.segments[2]?.count, 0);
  assert.equal(by('ok')?.rows[0]?.cells[2]?.value, null);
  assert.equal(by('ok')?.rows[0]?.cells[2]?.significance, 'untested');
  const codes = logger.warnings.map((w) => w.code).sort();
  assert.deepEqual(codes, ['all-missing', 'empty-segment', 'low-expected', 'single-category', 'zero-variance']);
  // house style: starts lowercase (or with a quoted name), no final period
  assert.ok(logger.warnings.every((w) => !/^[A-Z]/.test(w.message) && !w.message.endsWith('.')));
});

test('property: letters agree with values, and every number is finite', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 4 })), { minLength: 12, maxLength: 80 }), (rows) => {
      const r = profile({
        segments: Int32Array.from(rows, (x) => x[0]),
        segmentNames: ['a', 'b', 'c'],
        variables: [
          { kind: 'numeric', name: 'v', values: Float64Array.from(rows, (x) => x[1] * x[0]) },
          { kind: 'categorical', name: 'c', codes: Int32Array.from(rows, (x) => x[1] % 3), levels: ['p', 'q', 'r'] },
        ],
      });
      if (!r.ok) return;
      assertNoNaN(r.value);
      for (const v of r.value.variables) {
        for (const row of v.rows) {
          for (const cell of row.cells) {
            for (const letter of cell.letters) {
              const other = row.cells[letter.charCodeAt(0) - 65];
              assert.ok(other && cell.value !== null && other.value !== null && cell.value > other.value);
            }
          }
        }
      }
    }),
    { seed: 7, numRuns: 60 },
  );
});

test('suggested labels name the distinctive traits', () => {
  const values = Float64Array.of(1, 1.2, 0.9, 1.1, 1, 5, 5.1, 4.9, 5.2, 5, 3, 3.1, 2.9, 3, 3.2);
  const segments = Int32Array.of(0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2);
  const role = Int32Array.of(0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 1, 0, 1, 0);
  const r = profile({ segments, segmentNames: ['x', 'y', 'z'], variables: [{ kind: 'numeric', name: 'usage', values }, { kind: 'categorical', name: 'role', codes: role, levels: ['nurse', 'physician'] }] }, { adjustment: 'bh' });
  assert.ok(r.ok);
  assert.equal(r.value.labels[0]?.label, 'Low usage, role: nurse');
  assert.equal(r.value.labels[1]?.label, 'High usage, role: physician');
  assert.equal(r.value.adjustment, 'bh');
});
