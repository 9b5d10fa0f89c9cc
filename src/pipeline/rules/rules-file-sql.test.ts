import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryWorkspace } from '../../data/workspace.js';
import { compileRuleFile } from './rules-command.js';
import { evaluateRulesInDuckDb } from './evaluate-in-duckdb.js';
import { loadRuleFile } from './load-rule-set.js';

const rules = `
rules:
  segments:
    - name: big-vac
      entity: account
      entry: { all: [ { field: beds, gte: 300 }, { field: has_vac, equal: true } ] }
    - name: surgeons
      entity: stakeholder
      within: big-vac
      entry: { field: specialty, equal: vascular_surgery }
`;

test('segmap sql on a rules file: the printed SQL, run in DuckDB, returns the members the rules engine finds', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'segmap-rules-sql-'));
  const file = join(dir, 'project.yaml');
  writeFileSync(file, rules);
  const ws = await memoryWorkspace();
  await ws.run(`insert into accounts (account_id, name, type, beds, has_vac) values
    ('A1', 'Big', 'hospital', 500, true), ('A2', 'Small', 'hospital', 100, true), ('A3', 'No VAC', 'hospital', 400, false)`);
  await ws.run(`insert into stakeholders (stakeholder_id, name, role, specialty, account_id) values
    ('S1', 'a', 'physician', 'vascular_surgery', 'A1'), ('S2', 'b', 'physician', 'cardiology', 'A1'), ('S3', 'c', 'physician', 'vascular_surgery', 'A2')`);
  const expected = await evaluateRulesInDuckDb(ws, loadRuleFile(file), '2026-01-01');
  for (const segment of compileRuleFile(file, { dialect: 'duckdb', asOf: '2026-01-01', inline: true })) {
    const rows = await ws.all<{ entity_id: string }>(segment.sql);
    const members = rows.map((r) => r.entity_id).sort();
    assert.ok(members.length > 0, segment.segment);
    assert.deepEqual(members, expected.segments.find((s) => s.name === segment.segment)?.members, segment.segment);
  }
  assert.deepEqual(
    compileRuleFile(file, { dialect: 'duckdb', asOf: '2026-01-01' }).map((s) => s.segment),
    ['big-vac', 'surgeons'],
  );
  ws.close();
});
