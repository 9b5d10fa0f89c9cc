import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryWorkspace } from '../../data/workspace.js';
import { currentMemberships } from '../../data/membership-history.js';
import { InputError } from '../../lib/errors.js';
import { checkRules, loadRuleSet } from './load-rule-set.js';
import { runRules } from './run-rules.js';

function fails(input: unknown, pattern: RegExp): InputError {
  try {
    checkRules(input);
  } catch (error) {
    assert.ok(error instanceof InputError);
    assert.match(error.message, pattern);
    return error;
  }
  assert.fail('expected an InputError');
}

test('bad rules fail with one clear line and every problem in details', () => {
  const unknown = fails({ segments: [{ name: 'a', entity: 'account', entry: { all: [{ field: 'bed', gte: 200 }, { field: 'sate', equal: 'ME' }] } }] },
    /^segments\[0\]\.entry\.all\[0\]: unknown account field `bed` \(did you mean `beds`\?\) \(and 1 more problems\)$/);
  assert.deepEqual((unknown.details as { issues: { field: string }[] }).issues.map((i) => i.field), ['bed', 'sate']);
  fails({ segments: [{ name: 'a', entity: 'account', entry: { field: 'beds', equal: 'many' } }] }, /field `beds` is a number/);
  fails({ segments: [{ name: 'a', entity: 'account', entry: { field: 'has_vac', gt: 3 } }] }, /`gt` requires a number or date field; `has_vac` is a boolean/);
  fails({ segments: [{ name: 'a', entity: 'account', entry: { field: 'beds', gt: true } }] }, /entry\.gt: requires a number or an ISO date, got true/);
});

test('circular references between segments are named', () => {
  fails(
    {
      segments: [
        { name: 'a', entity: 'account', entry: { inSegment: 'b' } },
        { name: 'b', entity: 'stakeholder', within: 'c', entry: { field: 'role', equal: 'nurse' } },
        { name: 'c', entity: 'account', entry: { not: { inSegment: 'a' } } },
      ],
    },
    /^segments: circular reference between rule segments: a → b → c → a$/,
  );
  fails({ segments: [{ name: 'self', entity: 'account', entry: { inSegment: 'self' } }] }, /self → self/);
  // an exclusive group adds edges too: b ranks above a, and b reads a
  fails({ segments: [{ name: 'a', entity: 'account', entry: { field: 'beds', gte: 1 } }, { name: 'b', entity: 'account', entry: { inSegment: 'a' } }], exclusive: [{ name: 'g', order: ['b', 'a'] }] }, /a → b → a/);
});

test('rules read from the project file, evaluated in both engines, recorded as tags with history', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'segmap-rules-'));
  const ws = await memoryWorkspace();
  try {
    await ws.run(`insert into accounts (account_id, name, type, beds, has_vac) values ('A1', 'Mercy', 'hospital', 400, true), ('A2', 'Lake', 'ASC', 20, false)`);
    await ws.run(`alter table accounts add column custom_score double`);
    await ws.run(`update accounts set custom_score = 9 where account_id = 'A1'`);
    const file = join(dir, 'rules.yaml');
    writeFileSync(file, [
      'rules:',
      '  segmentation: crm',
      '  segments:',
      '    - name: big',
      '      entity: account',
      '      entry: { field: beds, gte: 200 }',
      '      exit: { field: beds, lt: 100 }',
      '    - name: scored',
      '      entity: account',
      '      entry: { field: custom_score, gt: 5 }   # a column an import added',
      '    - name: injection',
      '      entity: account',
      `      entry: { field: name, equal: "'; drop table accounts; --" }`,
    ].join('\n'));
    const rules = await loadRuleSet(ws, file);
    const at1 = new Date('2024-06-01T00:00:00Z');
    const memory = await runRules(ws, rules, { engine: 'memory', record: false, asOf: '2024-06-30', at: at1 });
    const duck = await runRules(ws, rules, { engine: 'duckdb', asOf: '2024-06-30', at: at1, runId: 'r1' });
    assert.deepEqual(duck.evaluation, memory.evaluation);
    assert.deepEqual(duck.segments.map((s) => [s.name, s.members]), [['big', 1], ['scored', 1], ['injection', 0]]);
    assert.deepEqual(duck.recorded, { entered: 2, exited: 0, verified: 0 });
    // A1 shrinks to 150 beds: below entry, above exit → stays (hysteresis); A2 grows → enters
    await ws.run(`update accounts set beds = 150 where account_id = 'A1'`);
    await ws.run(`update accounts set beds = 300 where account_id = 'A2'`);
    const second = await runRules(ws, rules, { asOf: '2024-07-31', at: new Date('2024-07-01T00:00:00Z'), runId: 'r2' });
    assert.deepEqual(second.evaluation.segments[0]?.members, ['A1', 'A2']);
    assert.deepEqual(second.recorded, { entered: 1, exited: 0, verified: 2 });
    const tags = await currentMemberships(ws, { kind: 'rule', segmentation: 'crm' });
    assert.deepEqual(tags.map((t) => `${t.entityId}:${t.segment}:${t.runId}`), ['A1:big:r2', 'A1:scored:r2', 'A2:big:r2']);
    const [count] = await ws.all<{ n: number }>('select count(*) as n from accounts');
    assert.equal(count?.n, 2);
  } finally {
    ws.close();
  }
});
