import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryWorkspace } from '../data/workspace.js';
import { validateWorkspace } from './validate-workspace.js';

test('validate reports rows, stale and unverified records, dangling references, duplicate keys and bad NPIs', async () => {
  const ws = await memoryWorkspace();
  try {
    // written directly (as another tool might), bypassing the importer's checks
    await ws.run(`insert into accounts (account_id, name, type, parent_id, last_verified) values
      ('A1', 'Mercy', 'hospital', null, date '2025-06-01'), ('A2', 'Clinic', 'asc', 'A9', date '2023-01-01')`);
    await ws.run(`insert into stakeholders (stakeholder_id, npi, role, account_id, last_verified) values
      ('S1', '1234567893', 'physician', 'A1', date '2025-06-01'), ('S1', '1234567890', 'nurse', 'A3', null)`);
    await ws.run(`insert into volumes (entity_id, entity_kind, code, period, count) values ('S1', 'stakeholder', 'X', '2024Q1', 3), ('S1', 'stakeholder', 'X', '2024Q1', 4)`);
    const report = await validateWorkspace(ws, { asOf: '2025-12-31', staleAfterDays: 365 });
    const row = (t: string) => report.tables.find((x) => x.table === t);
    assert.deepEqual(row('accounts'), { table: 'accounts', rows: 2, stale: 1, unverified: 0, duplicateKeys: 0 });
    assert.deepEqual(row('stakeholders'), { table: 'stakeholders', rows: 2, stale: 0, unverified: 1, duplicateKeys: 2 });
    assert.equal(row('volumes')?.duplicateKeys, 2);
    assert.equal(report.invalidNpis, 1);
    assert.deepEqual(
      report.dangling.map((d) => [d.table, d.field, d.references, d.rows, d.examples]),
      [
        ['accounts', 'parent_id', 'accounts.account_id', 1, ['A9']],
        ['stakeholders', 'account_id', 'accounts.account_id', 1, ['A3']],
      ],
    );
    assert.equal(report.ok, false);
    assert.equal(report.staleRows, 1);
  } finally {
    ws.close();
  }
});

test('an empty workspace is ok', async () => {
  const ws = await memoryWorkspace();
  try {
    const report = await validateWorkspace(ws);
    assert.equal(report.ok, true);
    assert.ok(report.tables.every((t) => t.rows === 0));
  } finally {
    ws.close();
  }
});
