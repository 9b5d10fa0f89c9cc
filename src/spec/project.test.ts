import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dialectNames } from '../compile/dialect/index.js';
import { adjustmentMethods } from '../core/stats/adjust/p-adjust.js';
import { kRange, maxSegments } from './k-range.js';
import { normalizeProject } from './normalize-project.js';
import { CompileSection, ProfileSection, Project, SqlDialectName } from './project.js';
import { issueText, parseProject } from './project-issues.js';

const problems = (raw: unknown): string[] => {
  const r = parseProject(raw);
  return r.ok ? [] : r.error.map(issueText);
};

test('kRange reads one k or an inclusive range, and nothing else', () => {
  assert.deepEqual(kRange(4), [4]);
  assert.deepEqual(kRange('4'), [4]);
  assert.deepEqual(kRange(' 2 .. 5 '), [2, 3, 4, 5]);
  for (const bad of ['9..3', '1..4', '2..31', '0', '31', 'x', '4.5', 4.5, '2..2', '-3']) assert.equal(kRange(bad), undefined, String(bad));
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (low, high) => {
      const ks = kRange(`${low}..${high}`);
      if (ks === undefined) return !(low >= 2 && high > low && high <= maxSegments);
      return ks.length === high - low + 1 && ks[0] === low && ks.at(-1) === high;
    }),
  );
});

test('the smallest project is a version; every default is applied and normalized', () => {
  const parsed = Project.parse({ version: 1 });
  const n = normalizeProject(parsed);
  assert.equal(n.workspace, '.');
  assert.equal(n.out, 'out');
  assert.equal(n.seed, 42);
  assert.equal(n.staleAfterDays, 365);
  assert.deepEqual(n.compile.dialects, ['duckdb']);
  assert.deepEqual([n.sources, n.segmentations, n.exports], [[], [], []]);
  assert.deepEqual([n.prioritization, n.profile, n.typing, n.projection, n.rules, n.asOf], [null, null, null, null, null, null]);
});

test('normalization resolves k, seeds, missing values and screening per source', () => {
  const n = normalizeProject(Project.parse({
    version: 1,
    seed: 7,
    segmentations: [
      { name: 'survey', method: 'kmeans', k: '2..4' },
      { name: 'file', method: 'gmm', k: 3, seed: 9, source: { file: 'x.csv', id: 'stakeholder_id', entity: 'stakeholder' }, columns: ['a', 'b'] },
      { name: 'classes', method: 'lca', k: '3', items: ['q1', 'q2'] },
    ],
    exports: [{ kind: 'calllist', out: 'out/a.csv' }],
  }));
  const [survey, file, classes] = n.segmentations;
  assert.deepEqual(survey, { name: 'survey', method: 'kmeans', ks: [2, 3, 4], source: { kind: 'survey' }, columns: null, weights: null, seed: 7, starts: null, resamples: null, missing: 'mean', screen: true });
  assert.deepEqual(file?.source, { kind: 'file', file: 'x.csv', id: 'stakeholder_id', entity: 'stakeholder' });
  assert.deepEqual([file?.ks, file?.seed, file?.missing, file?.screen, file?.columns], [[3], 9, 'listwise', false, ['a', 'b']]);
  assert.deepEqual([classes?.ks, classes?.missing, classes?.columns], [[3], 'listwise', ['q1', 'q2']]);
  assert.equal(n.exports[0]?.maxAgeDays, 365);
});

test('two spellings of the same project normalize to the same value (so they hash the same)', () => {
  const a = normalizeProject(Project.parse({ version: 1, segmentations: [{ name: 's', method: 'kmeans', k: 4 }] }));
  const b = normalizeProject(Project.parse({ segmentations: [{ k: '4', method: 'kmeans', name: 's', source: 'survey' }], seed: 42, version: 1, workspace: '.' }));
  assert.deepEqual(a, b);
});

test('invalid projects say what is wrong at which YAML path, in the house style', () => {
  assert.deepEqual(problems({ version: 1, segmentations: [{ name: 's', method: 'kmeans', k: 3 }, { name: 't', method: 'gmm', k: '9..3' }] }), [
    'segmentations[1].k requires a whole number from 1 to 30 (e.g. 4) or a range such as 2..8, got "9..3"',
  ]);
  assert.deepEqual(problems({ version: 1, segmentations: [{ name: 's', method: 'kmean', k: 4 }] }), ['segmentations[0].method requires one of `kmeans`, `gmm`, `lca`, `kprototypes`, got "kmean"']);
  assert.deepEqual(problems({ version: 1, segmentations: [{ name: 's', method: 'kmeans' }] }), ['segmentations[0].k requires a value']);
  assert.deepEqual(problems({ version: 1, sedd: 3 }), ['the project file has unknown key `sedd`']);
  assert.deepEqual(problems({ version: 2 }), ['version requires one of `1`, got 2']);
  assert.deepEqual(problems({ version: 1, seed: 'x' }), ['seed requires a number, got text "x"']);
  assert.deepEqual(problems([]), ['the project file requires a YAML mapping (keys such as version, sources, segmentations)']);
  assert.deepEqual(problems({ version: 1, exports: [{ kind: 'crm', out: 'a.csv' }] }), ['exports[0].kind requires one of `calllist`, got "crm"']);
  assert.deepEqual(problems({ version: 1, exports: [{ kind: 'calllist', out: 'a.txt' }] }), ['exports[0].out requires a file ending in .csv or .xlsx']);
  for (const p of problems({ version: 1, segmentations: [{ name: 'a b', method: 'kmeans', k: 3 }] })) assert.match(p, /^segmentations\[0\]\.name requires a name of letters/);
});

test('references between sections and source-specific options are checked', () => {
  const segs = [{ name: 's', method: 'kmeans', k: 3 }, { name: 'f', method: 'kmeans', k: 3, source: { file: 'x.csv' } }];
  assert.deepEqual(problems({ version: 1, segmentations: segs, profile: { segmentation: 'nope' } }), [
    'profile.segmentation requires the name of a segmentation declared under segmentations (`s`, `f`), got `nope`',
  ]);
  assert.match(problems({ version: 1, segmentations: segs, projection: { segmentation: 'f' } })[0] ?? '', /^projection\.segmentation requires a segmentation with source: survey/);
  assert.match(problems({ version: 1, segmentations: segs, profile: { segmentation: 'f' } })[0] ?? '', /^profile\.segmentation requires a segmentation of workspace entities/);
  assert.deepEqual(problems({ version: 1, segmentations: [...segs, { name: 's', method: 'gmm', k: 2 }] }), ['segmentations[2].name requires a unique name; `s` is declared twice']);
  assert.match(problems({ version: 1, segmentations: [{ name: 's', method: 'kmeans', k: 3, weights: 'w' }] })[0] ?? '', /^segmentations\[0\]\.weights requires `weight`/);
  assert.match(problems({ version: 1, segmentations: [{ name: 's', method: 'lca', k: 3, missing: 'mean' }] })[0] ?? '', /^segmentations\[0\]\.missing requires listwise/);
  assert.match(problems({ version: 1, segmentations: [{ ...segs[1], screen: true }] })[0] ?? '', /^segmentations\[0\]\.screen requires source: survey/);
  assert.match(problems({ version: 1, segmentations: [{ name: 'f', method: 'kmeans', k: 3, source: { file: 'x.csv', entity: 'account' } }] })[0] ?? '', /^segmentations\[0\]\.source\.entity requires `id`/);
  assert.match(problems({ version: 1, segmentations: [{ name: 's', method: 'kmeans', k: 3, columns: ['a'], items: ['b'] }] })[0] ?? '', /^segmentations\[0\]\.items requires either columns or items/);
});

test('reused sections keep their own checks and wording: prioritization policy, rule conditions', () => {
  assert.deepEqual(problems({ version: 1, prioritization: { kol: { mode: 'phrma' }, influence: { volume: 1 } } }).length, 1);
  assert.match(problems({ version: 1, prioritization: { kol: { mode: 'phrma' }, influence: { volume: 1 } } })[0] ?? '', /PhRMA Code/);
  assert.match(problems({ version: 1, prioritization: { volme: {} } })[0] ?? '', /^prioritization has unknown key `volme`/);
  const rules = problems({ version: 1, rules: { segments: [{ name: 'a', entity: 'account', entry: { field: 'beds', gtee: 1 } }] } });
  assert.equal(rules.length, 1);
  assert.match(rules[0] ?? '', /^rules\.segments\[0\]\.entry: a condition requires .* got keys `field`, `gtee`/);
});

test('enums the spec repeats match the areas that own them', () => {
  assert.deepEqual(SqlDialectName.options, [...dialectNames]);
  assert.deepEqual(ProfileSection.shape.adjustment.unwrap().options, [...adjustmentMethods]);
  assert.deepEqual(CompileSection.parse({}).dialects, ['duckdb']);
});
