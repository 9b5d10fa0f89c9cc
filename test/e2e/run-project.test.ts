/**
 * Segmentation as code, end to end (`segmap run PROJECT.yaml`, `segmap runs D [--diff A B]`), run as a
 * user would (child processes). The small demo market is generated into D (sources only: D/data/*.csv),
 * examples/demo-project.yaml is copied to D/segmap.yaml and run:
 *   - twice with the same seed → the same spec hash and data hash, identical outputs and deliverables,
 *     and a diff that finds nothing changed (no tag moved);
 *   - with another seed → another spec hash, the same data hash, and a diff naming the setting;
 *   - invalid → one stderr line naming the YAML line and path, nothing run or recorded;
 *   - failing mid-run → recorded as failed, with the reason.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noProgress } from '../../src/lib/progress.js';
import { generateMarketStage } from '../../src/pipeline/demo/generate-market.js';
import { runDemo } from '../../src/pipeline/demo/run-demo.js';
import type { RunProjectResult } from '../../src/pipeline/run-project.js';
import type { RunDiff } from '../../src/pipeline/run-diff.js';
import type { RunRecord } from '../../src/pipeline/run-record.js';
import { repoRoot } from '../support/shared-data.js';

const root = mkdtempSync(join(tmpdir(), 'segmap-run-project-'));
process.on('exit', () => rmSync(root, { recursive: true, force: true }));
const dir = join(root, 'market');
const example = readFileSync(join(repoRoot, 'examples', 'demo-project.yaml'), 'utf8');

function segmap(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' }, maxBuffer: 64 << 20 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function writeProject(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

function runOk(file: string): RunProjectResult {
  const run = segmap('run', file, '--json');
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as RunProjectResult;
}

const projectRuns = (): RunRecord[] => {
  const run = segmap('runs', dir, '--json');
  assert.equal(run.status, 0, run.stderr);
  return (JSON.parse(run.stdout) as RunRecord[]).filter((r) => r.kind === 'project');
};

const diff = (a: string, b: string): RunDiff => {
  const run = segmap('runs', dir, '--diff', a, b, '--json');
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as RunDiff;
};

const outputsOf = (r: RunProjectResult): Record<string, unknown> => Object.fromEntries(r.steps.map((s) => [s.title, s.outputs]));
/**
 * Deliverables whose bytes a run determines. Left out: xlsx files (they carry their write time) and the
 * projection model and its SQL, whose coefficients can differ in the last bits between runs (the referral
 * PageRank input sums its edges in DuckDB's group-by order); the run record compares them to 10
 * significant digits, and the projected segments themselves are compared below.
 */
const deterministic = ['out/accounts.csv', 'out/survey/assignments.csv', 'out/survey/segments.csv', 'out/survey/universe-segments.csv', 'out/survey/typing.duckdb.sql', 'out/survey/typing.postgres.sql', 'out/calllist-T001.csv'];
const snapshot = (): string[] => deterministic.map((f) => readFileSync(join(dir, f), 'utf8'));

let first: RunProjectResult;
let second: RunProjectResult;

before(async () => {
  await runDemo({ dir, size: 'small', seed: 3, asOf: '2025-06-30', stages: [generateMarketStage] }, noProgress);
});

test('the example project runs end to end and a second run with the same seed reproduces it exactly', () => {
  // as the workspace's own project file, so the call list also finds the rules' talking points there
  const file = writeProject('segmap.yaml', example);
  const run = segmap('run', file, '--json');
  assert.equal(run.status, 0, run.stderr);
  first = JSON.parse(run.stdout) as RunProjectResult;
  assert.match(run.stderr, /segmap run .*segmap\.yaml: 22 steps/);
  assert.match(run.stderr, / 15\. fit +segment survey — kmeans, k = 2\.\.8 on the survey, seed 42/);
  assert.match(run.stderr, /run project-\S+ recorded \(spec [0-9a-f]{12}, data [0-9a-f]{12}\)/);
  assert.equal(first.steps.length, 22);
  assert.deepEqual(first.steps.map((s) => s.phase), [...Array<string>(13).fill('load'), 'fit', 'fit', 'fit', 'fit', 'fit', 'compile', 'activate', 'activate', 'activate']);
  const out = outputsOf(first);
  // the planted market has four attitudinal segments; k-means over 2..8 recommends four
  assert.equal((out['segment survey'] as { k: number }).k, 4);
  assert.equal((out['import stakeholders'] as { rowsRejected: number }).rowsRejected, 3);
  assert.ok(first.files.includes('out/survey/typing.xlsx') && first.files.includes('out/calllist.xlsx'));
  const files = snapshot();

  second = runOk(file);
  assert.equal(second.specHash, first.specHash);
  assert.equal(second.dataHash, first.dataHash);
  assert.notEqual(second.runId, first.runId);
  assert.deepEqual(outputsOf(second), out);
  assert.deepEqual(snapshot(), files);
});

test('both runs are recorded with their hashes, seed and versions; their diff finds nothing changed', () => {
  const runs = projectRuns();
  assert.deepEqual(runs.map((r) => r.runId), [first.runId, second.runId]);
  for (const r of runs) {
    assert.deepEqual([r.status, r.specHash, r.dataHash, r.seed], ['ok', first.specHash, first.dataHash, 42]);
    assert.deepEqual(Object.keys(r.versions as object).sort(), ['duckdb', 'node', 'segmap']);
  }
  const d = diff(first.runId!, second.runId!);
  assert.deepEqual([d.spec.same, d.data.same, d.seed.same, d.outputs.same], [true, true, true, true]);
  assert.deepEqual(d.outputs.memberships.map((m) => `${m.kind}/${m.segmentation}`), ['projected/survey', 'quadrant/opportunity', 'rule/crm-rules', 'statistical/survey', 'tier/opportunity']);
  for (const m of d.outputs.memberships) assert.deepEqual([m.moved, m.entered, m.left, m.unchanged > 0], [0, 0, 0, true], `${m.kind}/${m.segmentation}`);
});

test('another seed gives another spec hash on the same data, and the diff names the setting', () => {
  const file = writeProject('project-seed7.yaml', example.replace(/^seed: 42 /m, 'seed: 7  '));
  const third = runOk(file);
  assert.notEqual(third.specHash, first.specHash);
  assert.equal(third.dataHash, first.dataHash);
  const d = diff(second.runId!, third.runId!);
  assert.equal(d.spec.same, false);
  assert.deepEqual(d.spec.changes.map((c) => c.path), ['projection.seed', 'seed', 'segmentations[0].seed', 'typing.seed']);
  assert.deepEqual(d.spec.changes.find((c) => c.path === 'seed'), { path: 'seed', a: 42, b: 7 });
  assert.deepEqual([d.data.same, d.seed.a, d.seed.b], [true, 42, 7]);
  assert.ok(d.outputs.memberships.some((m) => m.kind === 'statistical' && m.segmentation === 'survey'));
});

test('an invalid project stops before anything runs, with one stderr line naming its line and YAML path', () => {
  const before = projectRuns().length;
  const badK = segmap('run', writeProject('bad-k.yaml', example.replace('    k: 2..8', '    k: 8..2')));
  assert.equal(badK.status, 3);
  assert.equal(badK.stdout, '');
  assert.deepEqual(badK.stderr.trimEnd().split('\n'), [
    `segmap: ${join(dir, 'bad-k.yaml')}: line 57: segmentations[0].k requires a whole number from 1 to 30 (e.g. 4) or a range such as 2..8, got "8..2"`,
  ]);
  const syntax = segmap('run', writeProject('bad-yaml.yaml', example.replace('segmentations:\n', 'segmentations: [\n')));
  assert.equal(syntax.status, 3);
  assert.match(syntax.stderr, /^segmap: \S+bad-yaml\.yaml: line \d+: the project file requires valid YAML: /);
  assert.equal(syntax.stderr.trimEnd().split('\n').length, 1);
  const missing = segmap('run', writeProject('bad-file.yaml', example.replace('data/sales.csv', 'data/sales-2024.csv')));
  assert.equal(missing.status, 3);
  assert.match(missing.stderr, /line 29: sources\[7\]\.file: source file not found: \S+sales-2024\.csv/);
  assert.equal(projectRuns().length, before);
});

test('a run that fails is recorded as failed, with its reason', () => {
  const file = writeProject('failing.yaml', ['version: 1', 'segmentations:', '  - { name: picky, method: kmeans, k: 3, items: [need_outcomes, no_such_item] }', ''].join('\n'));
  const run = segmap('run', file);
  assert.equal(run.status, 3);
  assert.match(run.stderr, /segmentations\[0\]\.items survey items `no_such_item` are not in survey_questions/);
  const last = projectRuns().at(-1)!;
  assert.equal(last.status, 'failed');
  assert.match((last.summary as { error: string }).error, /no_such_item/);
  assert.equal(last.dataHash, first.dataHash);
});
