/**
 * The CLI contract of `segmap init`, `segmap import` and `segmap validate` (../shared/BRIEF.md), run as a
 * user would (a child process): `--json` on stdout only, progress on stderr, errors as one stderr line
 * and a non-zero exit, nothing loaded when a file is unreadable or lacks a required column.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/import-fixtures.js';
import { repoRoot } from '../support/shared-data.js';

const tmp = tempDir('segmap-cli-');
after(() => tmp.remove());

function segmap(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts'), ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ws = join(tmp.dir, 'acme');

test('segmap init creates segmap.duckdb and segmap.yaml; a second init only reports', () => {
  const first = segmap('init', ws);
  assert.equal(first.status, 0, first.stderr);
  assert.ok(existsSync(join(ws, 'segmap.duckdb')) && existsSync(join(ws, 'segmap.yaml')));
  assert.equal(first.stdout, '');
  const again = segmap('init', ws);
  assert.equal(again.status, 0);
  assert.match(again.stderr, /already a workspace/);
});

test('segmap import --json prints the report on stdout only, progress on stderr', () => {
  const file = tmp.file('accounts.csv', 'account_id,name,type,beds\nA1,Mercy,hospital,120\nA2,Bad,castle,x\nA3,Lab,independent lab,\n');
  const r = segmap('import', ws, '--table', 'accounts', file, '--json'); // the BRIEF's order: D --table T FILE
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { rowsIn: number; rowsLoaded: number; rowsRejected: number; rejects: { row: number; column: string; value: string; reason: string }[] };
  assert.deepEqual([report.rowsIn, report.rowsLoaded, report.rowsRejected], [3, 2, 1]);
  assert.deepEqual(report.rejects.map((x) => [x.row, x.column, x.value]), [[3, 'beds', 'x'], [3, 'type', 'castle']]);
  assert.match(r.stderr, /reading/);
});

test('a file lacking a required column exits non-zero with one line naming it, and loads nothing', () => {
  const file = tmp.file('hcp.csv', 'stakeholder_id,name\nS1,Ann\n');
  const r = segmap('import', ws, file, '--table', 'stakeholders', '--json');
  assert.equal(r.status, 3);
  assert.equal(r.stdout, '');
  const errors = r.stderr.split('\n').filter((l) => l.startsWith('segmap:'));
  assert.equal(errors.length, 1);
  assert.match(errors[0] ?? '', /requires column `role`/);
  const v = JSON.parse(segmap('validate', ws, '--json').stdout) as { tables: { table: string; rows: number }[] };
  assert.equal(v.tables.find((t) => t.table === 'stakeholders')?.rows, 0);
});

test('unreadable input, unknown tables and missing workspaces fail with one clear line', () => {
  const missing = segmap('import', ws, join(tmp.dir, 'nope.csv'), '--table', 'accounts');
  assert.equal(missing.status, 3);
  assert.match(missing.stderr, /file not found: .*nope\.csv/);
  const zero = segmap('import', ws, tmp.file('zero.csv', ''), '--table', 'accounts');
  assert.equal(zero.status, 3);
  assert.match(zero.stderr, /is empty \(0 bytes\)/);
  const table = segmap('import', ws, tmp.file('x.csv', 'a\n1\n'), '--table', 'doctors');
  assert.equal(table.status, 2);
  assert.match(table.stderr, /--table requires one of .*stakeholders.*survey/);
  const noWs = segmap('import', join(tmp.dir, 'elsewhere'), tmp.file('y.csv', 'a\n1\n'), '--table', 'accounts');
  assert.equal(noWs.status, 4);
  assert.match(noWs.stderr, /is not a segmap workspace/);
});

test('segmap import with --map, and segmap validate reporting dangling territory links and stale records', () => {
  const map = tmp.file('hcp.map.yaml', 'table: stakeholders\nfields:\n  stakeholder_id: NPI\n  npi: NPI\n  role: { value: physician }\n  territory_id: Territory\n  last_verified: { from: Checked, format: "%d.%m.%Y" }\n');
  const file = tmp.file('hcp2.csv', 'NPI,Territory,Checked\n1234567893,T9,01.02.2020\n1003005174,,\n');
  const r = segmap('import', ws, file, '--table', 'stakeholders', '--map', map);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /loaded 2 of 2 rows into stakeholders; 0 rejected/);
  const v = segmap('validate', ws, '--json');
  assert.equal(v.status, 0);
  const report = JSON.parse(v.stdout) as { ok: boolean; staleRows: number; dangling: { table: string; field: string; rows: number; examples: string[] }[] };
  assert.equal(report.ok, false);
  assert.equal(report.staleRows, 1);
  assert.deepEqual(report.dangling.map((d) => [d.table, d.field, d.rows, d.examples]), [['stakeholders', 'territory_id', 1, ['T9']]]);
  const human = segmap('validate', ws);
  assert.match(human.stderr, /stakeholders\.territory_id → territories\.territory_id: 1 rows point nowhere \(e\.g\. T9\)/);
});
