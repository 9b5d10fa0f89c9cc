/**
 * The CLI contract of `segmap demo`: run the small demo as a user would (`node --import tsx src/cli/main.ts
 * demo --size small --no-serve --dir D --json`) and check what it leaves behind: the workspace, the source
 * files and their manifest, the planted truth, and a summary (JSON on stdout, text on stderr) whose
 * rejects are exactly the planted bad rows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkspace } from '../../src/data/workspace.js';
import type { DemoSummary } from '../../src/pipeline/demo/summary.js';
import { repoRoot } from '../support/shared-data.js';

const root = mkdtempSync(join(tmpdir(), 'segmap-demo-e2e-'));
process.on('exit', () => rmSync(root, { recursive: true, force: true }));

function segmap(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
    maxBuffer: 64 << 20,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const csvLines = (file: string): string[] => readFileSync(file, 'utf8').trimEnd().split('\n');

test('segmap demo --size small builds the workspace, the truth and an exact reject report', async () => {
  const dir = join(root, 'demo');
  const run = segmap('demo', '--size', 'small', '--no-serve', '--dir', dir, '--json');
  assert.equal(run.status, 0, run.stderr);
  const summary = JSON.parse(run.stdout) as DemoSummary;
  assert.match(run.stderr, /data health \(stale = last verified more than 365 days ago\)/);
  assert.doesNotMatch(run.stdout, /data health/, 'progress and text stay on stderr');

  // the workspace and its files
  for (const f of ['segmap.duckdb', 'segmap.yaml', '.segmap-demo', 'data/manifest.json', 'truth/market.json']) assert.ok(existsSync(join(dir, f)), f);
  const sources = readdirSync(join(dir, 'data')).filter((f) => f.endsWith('.csv'));
  assert.equal(sources.length, 13);

  // the planted truth
  const accounts = csvLines(join(dir, 'truth', 'accounts.csv'));
  assert.equal(accounts[0], 'account_id,planted_quadrant');
  assert.deepEqual(new Set(accounts.slice(1).map((l) => l.split(',')[1])), new Set(['low_priority', 'expansion', 'maintain_monitor', 'growth']));
  const segments = csvLines(join(dir, 'truth', 'stakeholder_segments.csv'));
  assert.equal(segments[0], 'stakeholder_id,segment');
  assert.equal(segments.length - 1, 5000);
  assert.equal(new Set(segments.slice(1).map((l) => l.split(',')[1])).size, 4);

  // rows in = loaded + rejected for every table, and the rejects are exactly the planted rows
  assert.equal(summary.size, 'small');
  assert.equal(summary.seed, 42);
  for (const t of summary.health.tables) {
    assert.equal(t.rowsIn, t.rowsLoaded + t.rowsRejected, t.table);
    assert.equal(t.rows, t.rowsLoaded, t.table);
  }
  const planted = csvLines(join(dir, 'truth', 'planted_rejects.csv')).slice(1).map((l) => l.split(','));
  assert.equal(summary.health.totals.rowsRejected, planted.length);
  const reported = summary.health.rejects.flatMap((r) => r.examples.map((row) => `${r.table}:${row}`));
  assert.deepEqual(new Set(reported), new Set(planted.map(([table, row]) => `${table}:${row}`)));
  assert.ok(summary.health.totals.stale > 0, 'some records are stale');

  // what the pipeline sees in the workspace
  const ws = await openWorkspace(dir);
  try {
    const [row] = await ws.all<{ n: number }>('select count(*)::int as n from stakeholders');
    assert.equal(row?.n, 5000);
    const [runs] = await ws.all<{ n: number }>("select count(*)::int as n from runs where kind = 'demo' and seed = 42 and data_hash is not null");
    assert.equal(runs?.n, 1);
  } finally {
    ws.close();
  }
});

test('segmap demo refuses a folder that holds other files, and touches nothing', () => {
  const dir = join(root, 'mine');
  mkdirSync(dir);
  writeFileSync(join(dir, 'notes.txt'), 'keep me');
  const run = segmap('demo', '--size', 'small', '--no-serve', '--dir', dir);
  assert.equal(run.status, 2);
  assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
  assert.match(run.stderr, /not a segmap demo/);
  assert.deepEqual(readdirSync(dir), ['notes.txt']);
});

test('segmap demo rejects an unknown size with one line and a usage exit code', () => {
  const run = segmap('demo', '--size', 'huge', '--no-serve', '--dir', join(root, 'never'));
  assert.equal(run.status, 2);
  assert.match(run.stderr, /--size requires one of small, medium, large/);
  assert.equal(existsSync(join(root, 'never')), false);
});
