import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryWorkspace } from '../workspace.js';
import type { ProgressEvent } from '../../lib/progress.js';
import { tempDir } from '../../../test/support/import-fixtures.js';
import { importTable } from './import-table.js';

const tmp = tempDir('segmap-stream-test-');
after(() => tmp.remove());

test('a clean file into an empty table streams in: no typed table, every row loaded, phases reported', async () => {
  const ws = await memoryWorkspace();
  try {
    await importTable(ws, { table: 'accounts', file: tmp.file('a.csv', 'account_id,name,type\nA1,Mercy,hospital\nA2,Oak,Health System/IDN\n') });
    const phases: string[] = [];
    const r = await importTable(ws, {
      table: 'volumes',
      file: tmp.file('v.csv', 'entity_id,entity_kind,code,period,count\nA1,account,37224,2024Q1,12\nA2,Facility,37224,2024Q1,\n'),
      progress: (e: ProgressEvent) => void phases.push(e.phase),
    });
    assert.deepEqual([r.rowsIn, r.rowsLoaded, r.rowsRejected], [2, 2, 0]);
    assert.ok(phases.includes('loading'));
    const rows = await ws.all<{ entity_kind: string; count: number | null; suppressed: boolean }>('select entity_kind, count, suppressed from volumes order by entity_id');
    assert.deepEqual(rows, [{ entity_kind: 'account', count: 12, suppressed: false }, { entity_kind: 'account', count: null, suppressed: true }]);
    const types = await ws.all<{ type: string }>('select type from accounts order by account_id');
    assert.deepEqual(types.map((t) => t.type), ['hospital', 'health_system']);
  } finally {
    ws.close();
  }
});

test('an in-file duplicate rolls the streamed insert back and the full path rejects the copy (row numbers exact)', async () => {
  const ws = await memoryWorkspace();
  try {
    await importTable(ws, { table: 'accounts', file: tmp.file('a2.csv', 'account_id,name,type\nA1,Mercy,hospital\n') });
    const r = await importTable(ws, {
      table: 'volumes',
      file: tmp.file('v2.csv', 'entity_id,entity_kind,code,period,count\nA1,account,1,2024Q1,12\nA1,account,2,2024Q1,3\nA1,account,1,2024Q1,99\n'),
    });
    assert.deepEqual([r.rowsIn, r.rowsLoaded, r.rowsRejected], [3, 2, 1]);
    assert.equal(r.rejects[0]?.row, 4);
    const [n] = await ws.all<{ n: number }>('select count(*)::int as n from volumes');
    assert.equal(n?.n, 2);
    const [imports] = await ws.all<{ n: number }>(`select count(*)::int as n from imports where table_name = 'volumes'`);
    assert.equal(imports?.n, 1, 'one import record: the rolled-back attempt left none');
  } finally {
    ws.close();
  }
});

test('a dangling reference sends the file down the full path, which reports it', async () => {
  const ws = await memoryWorkspace();
  try {
    const r = await importTable(ws, { table: 'stakeholders', file: tmp.file('s.csv', 'stakeholder_id,role,account_id\nS1,nurse,\nS2,nurse,NOPE\n') });
    assert.deepEqual([r.rowsIn, r.rowsLoaded, r.rowsRejected], [2, 1, 1]);
    assert.equal(r.rejects[0]?.row, 3);
  } finally {
    ws.close();
  }
});
