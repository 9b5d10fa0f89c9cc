import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryWorkspace } from '../../data/workspace.js';
import { recordMemberships } from '../../data/memberships.js';
import { recordFieldObservations } from '../../data/governance.js';
import { governanceReport } from './governance-report.js';

test('the staleness report, conflicts and the review queue', async () => {
  const ws = await memoryWorkspace();
  try {
    await ws.run(`insert into accounts (account_id, name, type, territory_id, source, last_verified) values
      ('A1', 'Mercy', 'hospital', 'T1', 'crm', date '2024-06-01'), ('A2', 'Old Clinic', 'clinic', 'T2', 'crm', date '2020-01-01')`);
    await ws.run(`insert into stakeholders (stakeholder_id, npi, name, role, account_id, territory_id, source, last_verified) values
      ('S1', '1234567893', 'Ann', 'physician', 'A1', 'T1', 'crm', date '2024-06-01'),
      ('S2', '1234567893', 'Ann B.', 'physician', 'A1', 'T1', 'nppes', null),
      ('S3', null, 'Cy', 'nurse', 'A1', 'T9', 'crm', date '2024-06-01')`);
    await recordFieldObservations(ws, [
      { entityKind: 'stakeholder', entityId: 'S1', field: 'specialty', value: 'Cardiology', source: 'crm', observedAt: new Date('2024-01-01') },
      { entityKind: 'stakeholder', entityId: 'S1', field: 'specialty', value: 'Interventional Cardiology', source: 'nppes', observedAt: new Date('2022-01-01') },
    ]);
    await recordMemberships(ws, { kind: 'tier', segmentation: 'opportunity', at: new Date('2022-05-01'), rows: [{ entityKind: 'account', entityId: 'A1', segment: '1' }] });

    const at = new Date('2024-06-30T12:00:00Z');
    const report = await governanceReport(ws, { asOf: '2024-06-30', maxAgeDays: 365, at });
    assert.equal(report.cutoff, '2023-07-01');
    const accounts = report.tables.filter((t) => t.table === 'accounts');
    assert.deepEqual(accounts.map((t) => [t.source, t.records, t.stale, t.neverVerified, t.oldest]), [['crm', 2, 1, 0, '2020-01-01']]);
    const people = report.tables.filter((t) => t.table === 'stakeholders').map((t) => [t.source, t.records, t.stale, t.neverVerified]);
    assert.deepEqual(people, [['crm', 2, 0, 0], ['nppes', 1, 0, 1]]);
    assert.deepEqual(report.fields.map((f) => [f.field, f.source, f.stale]), [['specialty', 'crm', 0], ['specialty', 'nppes', 1]]);
    assert.deepEqual(report.tags.map((t) => [t.kind, t.current, t.stale]), [['tier', 1, 1]]);
    assert.deepEqual(report.conflicts.map((c) => [c.kind, c.entityId, c.field]).sort(), [
      ['duplicate_npi', '1234567893', 'npi'],
      ['sources_disagree', 'S1', 'specialty'],
      ['territory_mismatch', 'S3', 'territory_id'],
    ]);
    assert.deepEqual(report.conflicts.find((c) => c.kind === 'sources_disagree')?.values, ['Cardiology (crm)', 'Interventional Cardiology (nppes)']);
    // stale A2, never-verified S2, three conflicts
    assert.deepEqual([report.queue.opened, report.queue.resolved, report.queue.open], [5, 0, 5]);

    // a refresh does not duplicate; fixing a record resolves its item
    await ws.run(`update accounts set last_verified = date '2024-06-29' where account_id = 'A2'`);
    const again = await governanceReport(ws, { asOf: '2024-06-30', maxAgeDays: 365, at });
    assert.deepEqual([again.queue.opened, again.queue.resolved, again.queue.open], [0, 1, 4]);
    const back = await governanceReport(ws, { asOf: '2026-06-30', maxAgeDays: 365, at });
    assert.ok(back.queue.items.some((i) => i.entityId === 'A2' && i.reason === 'stale'), 'a problem that returns is reopened');
    const [rows] = await ws.all<{ n: number }>(`select count(*) as n from review_queue where entity_id = 'A2'`);
    assert.equal(rows?.n, 1);
  } finally {
    ws.close();
  }
});
