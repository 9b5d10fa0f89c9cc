/**
 * `segmap rules` and `segmap governance` from the command line, feeding the call list: rule tags and
 * their talking points reach the export; bad rules (unknown field, type mismatch, circular reference)
 * fail with one line on stderr; `--sql` prints parameterised SQL with the injection attempt as a value.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkspace } from '../../src/data/workspace.js';
import { repoRoot } from '../support/shared-data.js';

function segmap(...args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts'), ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let dir = '';
const rulesFile = (name: string, body: string): string => {
  const file = join(dir, name);
  writeFileSync(file, body);
  return file;
};

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'segmap-rules-cli-'));
  assert.equal(segmap('init', dir).status, 0);
  const ws = await openWorkspace(dir);
  await ws.run(`insert into territories (territory_id, name) values ('T1', 'North')`);
  await ws.run(`insert into accounts (account_id, name, type, territory_id, beds, has_vac, last_verified, source) values
    ('A1', 'Mercy', 'hospital', 'T1', 420, true, date '2024-06-01', 'crm'), ('A2', 'Lake ASC', 'asc', 'T1', null, false, date '2024-06-01', 'crm')`);
  await ws.run(`insert into stakeholders (stakeholder_id, name, role, specialty, account_id, territory_id, last_verified, source) values
    ('S1', 'Dr Ortiz', 'physician', 'vascular_surgery', 'A1', 'T1', date '2024-06-01', 'crm'),
    ('S2', 'Pat Buyer', 'procurement', null, 'A1', 'T1', date '2021-06-01', 'crm'),
    ('S3', 'Dr Ng', 'physician', 'cardiology', 'A2', 'T1', date '2024-06-01', 'crm')`);
  ws.close();
  const project = join(dir, 'segmap.yaml');
  writeFileSync(project, `${readFileSync(project, 'utf8')}
rules:
  segmentation: crm
  segments:
    - name: big-vac
      entity: account
      entry: { all: [ { field: beds, gte: 300 }, { field: has_vac, equal: true } ] }
    - name: surgeons
      entity: stakeholder
      within: big-vac
      headline: Lead with outcomes data
      nextStep: book a case review
      entry: { field: specialty, equal: vascular_surgery }
`);
});

test('segmap rules evaluates the project rules, records tags, and the call list shows them', () => {
  const dry = segmap('rules', dir, '--as-of', '2024-06-30', '--dry-run', '--engine', 'memory', '--json');
  assert.equal(dry.status, 0, dry.stderr);
  assert.equal(JSON.parse(dry.stdout).recorded, null);
  const r = segmap('rules', dir, '--as-of', '2024-06-30', '--json');
  assert.equal(r.status, 0, r.stderr);
  const result = JSON.parse(r.stdout);
  assert.deepEqual(result.segments, [{ name: 'big-vac', entity: 'account', members: 1 }, { name: 'surgeons', entity: 'stakeholder', members: 1 }]);
  assert.deepEqual(result.recorded, { entered: 2, exited: 0, verified: 0 });
  const out = join(dir, 'list.csv');
  const exported = segmap('export', 'calllist', dir, '--out', out, '--as-of', '2024-06-30');
  assert.equal(exported.status, 0, exported.stderr);
  const s1 = readFileSync(out, 'utf8').split('\r\n').find((l) => l.startsWith('S1,'));
  assert.match(s1 ?? '', /,surgeons,Lead with outcomes data,book a case review,2024-06-01,false,$/);
});

test('bad rules: unknown field with close matches, type mismatch, circular reference — one line each', () => {
  const unknown = segmap('rules', dir, '--rules', rulesFile('unknown.yaml', 'segments:\n  - { name: a, entity: stakeholder, entry: { field: specality, equal: x } }\n'));
  assert.equal(unknown.status, 3);
  assert.equal(unknown.stderr, `segmap: ${join(dir, 'unknown.yaml')}: segments[0].entry: unknown stakeholder field \`specality\` (did you mean \`specialty\`?)\n`);
  const mismatch = segmap('rules', dir, '--rules', rulesFile('mismatch.yaml', 'segments:\n  - { name: a, entity: account, entry: { field: beds, equal: lots } }\n'));
  assert.equal(mismatch.status, 3);
  assert.match(mismatch.stderr, /field `beds` is a number; `equal` requires a value of that type, got "lots"\n$/);
  const cycle = segmap('rules', dir, '--rules', rulesFile('cycle.yaml', 'segments:\n  - { name: a, entity: account, entry: { inSegment: b } }\n  - { name: b, entity: account, entry: { inSegment: a } }\n'));
  assert.equal(cycle.status, 3);
  assert.match(cycle.stderr, /circular reference between rule segments: a → b → a\n$/);
  assert.equal(cycle.stderr.split('\n').length, 2, 'exactly one line');
});

test('segmap rules --sql prints parameterised SQL; the injection attempt is only a parameter', () => {
  const file = rulesFile('inject.yaml', `segments:\n  - name: x\n    entity: account\n    entry: { field: name, equal: "'; drop table accounts; --" }\n`);
  const r = segmap('rules', dir, '--rules', file, '--sql', 'postgres', '--as-of', '2024-06-30', '--json');
  assert.equal(r.status, 0, r.stderr);
  const [q] = JSON.parse(r.stdout) as { sql: string; parameters: unknown[] }[];
  assert.ok(q && !q.sql.includes('drop table'));
  assert.deepEqual(q.parameters, ["'; drop table accounts; --"]);
  const run = segmap('rules', dir, '--rules', file, '--json');
  assert.equal(run.status, 0, run.stderr);
  assert.equal(JSON.parse(run.stdout).segments[0].members, 0);
  const bad = segmap('rules', dir, '--sql', 'oracle');
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /oracle/);
  assert.match(bad.stderr, /duckdb, postgres, spark, snowflake/);
});

test('segmap governance reports stale records by source and fills the review queue', () => {
  const r = segmap('governance', dir, '--as-of', '2024-06-30', '--max-age-days', '365', '--json');
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  const people = report.tables.find((t: { table: string }) => t.table === 'stakeholders');
  assert.deepEqual([people.source, people.records, people.stale], ['crm', 3, 1]);
  assert.equal(report.queue.open, 1);
  assert.equal(report.queue.items[0].entityId, 'S2');
  const again = segmap('governance', dir, '--as-of', '2024-06-30', '--json');
  assert.equal(JSON.parse(again.stdout).queue.opened, 0, 'a refresh does not duplicate items');
  const text = segmap('governance', dir, '--as-of', '2024-06-30', '--no-refresh');
  assert.equal(text.status, 0);
  assert.match(text.stderr, /review queue: 1 open/);
  const badAge = segmap('governance', dir, '--max-age-days', 'soon');
  assert.equal(badAge.status, 2);
  assert.match(badAge.stderr, /--max-age-days requires a whole number of days/);
});
