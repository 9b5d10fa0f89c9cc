/**
 * The `segmap profile` contract (BRIEF.md): FILE --segment COL [--columns] [--weights] --out DIR writes
 * profile.json (per variable test, statistic, df, pValue, effectSize; per segment and variable value, index,
 * significance), profile.xlsx and report.html; --json on stdout only; bad input is one clear line on
 * stderr and a non-zero exit, or a warning when the profile can still be made — never NaN.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProfileDocument } from '../../src/spec/profile.js';
import { close, fixture, readNumericCsv, spiFile, surveyWeight, type DataRefs } from '../reference/stats/fixtures.js';
import { segmap } from './profile-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'segmap-profile-cli-'));
const csv = join(dir, 'spi-weighted.csv');

before(() => {
  if (spiFile.skip) return;
  // the spi respondents with make.py's survey weights, plus a constant and an empty column
  const c = readNumericCsv(spiFile.path);
  const cols = ['exer', 'health', 'age', 'sex', 'smoke'];
  const cell = (v: number | undefined): string => (v === undefined || Number.isNaN(v) ? '' : String(v));
  const lines = [`${cols.join(',')},w,flat,empty`];
  const n = c.get('exer')?.length ?? 0;
  for (let i = 0; i < n; i++) lines.push(`${cols.map((k) => cell(c.get(k)?.[i])).join(',')},${surveyWeight(i)},7,`);
  writeFileSync(csv, `${lines.join('\n')}\n`);
});

test('profile writes the three deliverables and its numbers equal statsmodels/SciPy (weighted)', { skip: spiFile.skip }, () => {
  const out = join(dir, 'out');
  const r = segmap('profile', csv, '--segment', 'exer', '--columns', 'health,age,sex,smoke,flat,empty', '--weights', 'w', '--out', out, '--json');
  assert.equal(r.status, 0, r.stderr);
  const summary = JSON.parse(r.stdout) as { files: Record<string, string>; variables: { name: string; test: string; statistic: number | null; df: number | null; pValue: number | null; effectSize: number | null }[] };
  assert.deepEqual(readdirSync(out).sort(), ['profile.json', 'profile.xlsx', 'report.html']);
  const doc = ProfileDocument.parse(JSON.parse(readFileSync(join(out, 'profile.json'), 'utf8')));
  assert.doesNotMatch(readFileSync(join(out, 'profile.json'), 'utf8'), /NaN|Infinity/);
  assert.equal(doc.weightMode, 'effective');
  assert.equal(doc.segments.length, 6);
  // statsmodels anova_generic(use_var='unequal') with Kish-rescaled weights (test/reference/stats/spi.json)
  const ref = fixture<DataRefs>('spi.json').cases.find((c) => c.variable === 'health' && c.kind === 'numeric')?.effective;
  const health = doc.variables.find((v) => v.name === 'health');
  assert.ok(ref && health);
  assert.equal(health.test, 'welch-anova');
  assert.ok(close(health.statistic ?? 0, ref.welch.statistic) && close(health.pValue ?? 0, ref.welch.pValue, 1e-8));
  health.rows[0]?.cells.forEach((cell, g) => assert.ok(close(cell.pValue ?? 0, ref.vsRest[g]?.pValue ?? 0, 1e-8)));
  // the contract's per-variable fields are in the --json summary too
  const sex = summary.variables.find((v) => v.name === 'sex');
  assert.ok(sex && sex.test === 'chi-square' && sex.df === 5 && sex.pValue !== null && sex.effectSize !== null);
  // bad variables are reported, not fatal, and carry no numbers
  const flat = doc.variables.find((v) => v.name === 'flat');
  const empty = doc.variables.find((v) => v.name === 'empty');
  assert.ok(flat && flat.problem === 'single-category' && flat.pValue === null);
  assert.ok(empty && empty.problem === 'no-data' && empty.flags.includes('all-missing'));
  assert.match(r.stderr, /warning: `empty` has no values in any segment/);
  // sparse smoking levels: flagged, exact p-value
  const smoke = doc.variables.find((v) => v.name === 'smoke');
  assert.ok(smoke);
  assert.equal(smoke.kind, 'numeric'); // nine numeric codes: profiled as a mean
});

test('sparse categories are flagged and get an exact test; a constant column is reported without a test', () => {
  const file = join(dir, 'small.csv');
  const rows = ['seg,answer,score,const'];
  const answers = ['yes', 'yes', 'no', 'maybe'];
  for (let i = 0; i < 24; i++) rows.push(`${['a', 'b', 'c'][i % 3]},${answers[(i * 7) % 4]},${(i % 5) + (i % 3)},3.5`);
  writeFileSync(file, `${rows.join('\n')}\n`);
  const out = join(dir, 'small');
  const r = segmap('profile', file, '--segment', 'seg', '--out', out, '--json');
  assert.equal(r.status, 0, r.stderr);
  const doc = ProfileDocument.parse(JSON.parse(readFileSync(join(out, 'profile.json'), 'utf8')));
  const answer = doc.variables.find((v) => v.name === 'answer');
  assert.ok(answer && answer.flags.includes('low-expected') && answer.test === 'fisher-exact' && answer.expected !== null);
  assert.match(r.stderr, /`answer`: \d+ of 9 cells have expected counts under 5/);
  // 'const' has one value: with a single distinct value it is categorical with one level
  const constant = doc.variables.find((v) => v.name === 'const');
  assert.ok(constant && constant.pValue === null && constant.notes.length > 0);
});

test('an empty segment is kept with n = 0 and a warning', () => {
  const file = join(dir, 'gap.csv');
  const rows = ['segment,x'];
  for (let i = 0; i < 30; i++) rows.push(`${[1, 2, 4][i % 3]},${i % 7}`);
  writeFileSync(file, `${rows.join('\n')}\n`);
  const r = segmap('profile', file, '--segment', 'segment', '--out', join(dir, 'gap'), '--json');
  assert.equal(r.status, 0, r.stderr);
  const doc = ProfileDocument.parse(JSON.parse(readFileSync(join(dir, 'gap', 'profile.json'), 'utf8')));
  assert.deepEqual(doc.segments.map((s) => [s.id, s.count]), [['1', 10], ['2', 10], ['3', 0], ['4', 10]]);
  assert.match(r.stderr, /segment `3` has no rows/);
});

test('an XLSX file is profiled through the same readers as segmap import', async () => {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('data');
  sheet.addRow(['segment', 'score', 'role']);
  for (let i = 0; i < 60; i++) sheet.addRow([i % 2 === 0 ? 'east' : 'west', (i % 2) * 3 + (i % 5), i % 3 === 0 ? 'nurse' : 'physician']);
  const file = join(dir, 'book.xlsx');
  await workbook.xlsx.writeFile(file);
  const r = segmap('profile', file, '--segment', 'segment', '--out', join(dir, 'xlsx'), '--json');
  assert.equal(r.status, 0, r.stderr);
  const doc = ProfileDocument.parse(JSON.parse(readFileSync(join(dir, 'xlsx', 'profile.json'), 'utf8')));
  assert.deepEqual(doc.segments.map((s) => [s.id, s.count]), [['east', 30], ['west', 30]]);
  const score = doc.variables.find((v) => v.name === 'score');
  assert.ok(score && score.kind === 'numeric' && score.significant);
  // by construction: east = i mod 5 over even i (mean 2), west = 3 + i mod 5 over odd i (mean 5)
  assert.deepEqual(score.rows[0]?.cells.map((c) => c.value), [2, 5]);
});

test('fatal bad input: one line on stderr, non-zero exit, nothing written', () => {
  const one = join(dir, 'one.csv');
  writeFileSync(one, 'segment,x\nA,1\nA,2\nA,3\n');
  const cases: [string[], number, RegExp][] = [
    [['profile', one, '--segment', 'segment', '--out', join(dir, 'x1')], 3, /^segmap: .*one\.csv, column segment: segment column `segment` requires at least 2 segments; every row has `A`$/],
    [['profile', one, '--segment', 'nope', '--out', join(dir, 'x2')], 3, /has no segment column `nope`$/],
    [['profile', one, '--segment', 'segment', '--columns', 'x,y', '--out', join(dir, 'x3')], 3, /has no column `y`$/],
    [['profile', join(dir, 'missing.csv'), '--segment', 'segment', '--out', join(dir, 'x4')], 3, /file not found/],
    [['profile', one, '--segment', 'segment', '--adjust', 'bonferroni', '--out', join(dir, 'x5')], 2, /--adjust requires one of holm, bh, none$/],
  ];
  for (const [args, status, message] of cases) {
    const r = segmap(...args);
    assert.equal(r.status, status, `${args.join(' ')}: ${r.stderr}`);
    // progress lines may precede it (stderr is not a terminal here); the error is one line, the last
    const errors = r.stderr.trim().split('\n').filter((l) => l.startsWith('segmap:'));
    assert.equal(errors.length, 1, r.stderr);
    assert.match(errors[0] ?? '', message);
    assert.equal(r.stderr.trim().split('\n').pop(), errors[0]);
    assert.equal(r.stdout, '');
  }
  assert.ok(!existsSync(join(dir, 'x1')));
  const bad = join(dir, 'badweight.csv');
  writeFileSync(bad, 'segment,w,x\nA,1,1\nB,-2,2\nA,1,3\nB,1,4\n');
  const r = segmap('profile', bad, '--segment', 'segment', '--weights', 'w', '--out', join(dir, 'x6'));
  assert.equal(r.status, 3);
  assert.match(r.stderr, /badweight\.csv, row 3, column w: weights require a non-negative number, got `-2`/);
});

test('LibreOffice reads the CLI workbook: sizes and effective bases', { skip: spiFile.skip || (existsSync('/usr/bin/soffice') ? false : 'needs LibreOffice') }, () => {
  const out = join(dir, 'out');
  if (!existsSync(join(out, 'profile.xlsx'))) assert.equal(segmap('profile', csv, '--segment', 'exer', '--columns', 'health,sex', '--weights', 'w', '--out', out).status, 0);
  const doc = ProfileDocument.parse(JSON.parse(readFileSync(join(out, 'profile.json'), 'utf8')));
  execFileSync('/usr/bin/soffice', [`-env:UserInstallation=file://${join(dir, 'lo')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1', '--outdir', join(dir, 'lo-out'), join(out, 'profile.xlsx')], { stdio: 'pipe', timeout: 120_000 });
  const sizes = readFileSync(join(dir, 'lo-out', 'profile-Sizes.csv'), 'utf8').trim().split('\n');
  assert.equal(sizes[0], 'Segment,Letter,Label,Rows,Weighted,Effective n,Share');
  doc.segments.forEach((s, i) => {
    const fields = sizes[i + 1]?.match(/("[^"]*"|[^,]*)(,|$)/g)?.map((f) => f.replace(/,$/, '').replace(/^"|"$/g, '')) ?? [];
    assert.equal(fields[0], s.id);
    assert.equal(Number(fields[3]), s.count);
    assert.ok(Math.abs(Number(fields[5]) - s.effective) < 1e-9);
  });
});
