import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../lib/errors.js';
import { noProgress } from '../../lib/progress.js';
import type { DemoStage } from './context.js';
import { demoMarker, runDemo } from './run-demo.js';
import { formatSummary } from './summary.js';

const root = mkdtempSync(join(tmpdir(), 'segmap-run-demo-'));
process.on('exit', () => rmSync(root, { recursive: true, force: true }));

/** A stand-in stage that records the context it was given. */
const probe = (seen: string[]): DemoStage => ({
  title: 'probe',
  async run(ctx) {
    seen.push(`${ctx.size}/${ctx.seed}/${ctx.asOf}`);
    writeFileSync(join(ctx.outDir, 'probe.csv'), 'x\n');
    ctx.summary.set('probe', ['probed']);
  },
});

test('runDemo makes a fresh workspace, runs the stages in order and summarizes it', async () => {
  const seen: string[] = [];
  const dir = join(root, 'fresh');
  const summary = await runDemo({ dir, size: 'small', seed: 7, asOf: '2025-06-30', stages: [probe(seen), probe(seen)] }, noProgress);
  assert.deepEqual(seen, ['small/7/2025-06-30', 'small/7/2025-06-30']);
  assert.ok(existsSync(join(dir, 'segmap.duckdb')) && existsSync(join(dir, 'segmap.yaml')) && existsSync(join(dir, demoMarker)));
  assert.deepEqual(summary.outputs, ['probe.csv']);
  assert.deepEqual(
    summary.stages.map((s) => [s.title, s.lines]),
    [
      ['probe', ['probed']],
      ['probe', ['probed']],
    ],
  );
  assert.equal(summary.health.totals.rows, 0);
  assert.equal(summary.health.tables.length, 13);
  assert.ok(formatSummary(summary).some((line) => line.startsWith('data health')));
});

test('runDemo refuses a folder with files it did not make, and leaves them alone', async () => {
  const dir = join(root, 'user');
  mkdirSync(dir);
  writeFileSync(join(dir, 'plan.xlsx'), 'precious');
  await assert.rejects(runDemo({ dir, stages: [] }, noProgress), UsageError);
  assert.deepEqual(readdirSync(dir), ['plan.xlsx']);
});

test('runDemo replaces an earlier demo, removing only what a demo creates', async () => {
  const dir = join(root, 'again');
  await runDemo({ dir, size: 'small', stages: [probe([])] }, noProgress);
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'data', 'stale.csv'), 'old\n');
  writeFileSync(join(dir, 'my-notes.txt'), 'kept');
  const summary = await runDemo({ dir, size: 'small', stages: [] }, noProgress);
  assert.equal(existsSync(join(dir, 'data', 'stale.csv')), false, 'data/ is the demo’s');
  assert.equal(existsSync(join(dir, 'out', 'probe.csv')), false, 'out/ is the demo’s');
  assert.equal(existsSync(join(dir, 'my-notes.txt')), true, 'other files stay');
  assert.deepEqual(summary.outputs, []);
});
