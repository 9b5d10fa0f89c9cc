import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { memoryWorkspace, openWorkspace } from '../workspace.js';
import type { ProgressEvent } from '../../lib/progress.js';
import { tempDir } from '../../../test/support/import-fixtures.js';
import { Mapping } from '../../spec/mapping.js';
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

test('padded cells send a clean file down the full path, which trims them', async () => {
  const ws = await memoryWorkspace();
  try {
    await importTable(ws, { table: 'accounts', file: tmp.file('a3.csv', 'account_id,name,type\nA1,Mercy,hospital\n') });
    const phases: string[] = [];
    const r = await importTable(ws, {
      table: 'volumes',
      file: tmp.file('v3.csv', 'entity_id,entity_kind,code,period,count\n A1 ,  Facility ,37224 , 2024Q1,  7 \nA1,account,37225,2024Q1,\n'),
      progress: (e: ProgressEvent) => void phases.push(e.phase),
    });
    assert.deepEqual([r.rowsIn, r.rowsLoaded, r.rowsRejected], [2, 2, 0]);
    assert.ok(phases.includes('validating'), `handed to the full path: ${phases.join(', ')}`);
    const rows = await ws.all('select entity_id, entity_kind, code, period, count, suppressed from volumes order by code');
    assert.deepEqual(rows, [
      { entity_id: 'A1', entity_kind: 'account', code: '37224', period: '2024Q1', count: 7, suppressed: false },
      { entity_id: 'A1', entity_kind: 'account', code: '37225', period: '2024Q1', count: null, suppressed: true },
    ]);
    const [side] = await ws.all<{ n: number }>(`select count(*)::int as n from duckdb_tables() where starts_with(table_name, '_segmap_load_')`);
    assert.equal(side?.n, 0, 'the side table is dropped when the file is handed back');
  } finally {
    ws.close();
  }
});

test('cells the reader parses (integers, enumeration codes) load exactly as the full path loads them', async () => {
  // the fast path reads `count` as DOUBLE and `entity_kind` as its ENUM type; whatever it cannot take
  // the same way (a fraction, hex, an alias, an overflow) must send the file down the full path
  const cases = [
    ...['7', '+7', '1e3', '12.0', '1_000', '-0', '', '1.5e1', '3.5', '0x10', '9999999999', 'abc', 'inf'].map((count) => ({ kind: 'account', count })),
    ...['Facility', 'site', 'ACCOUNT', 'stakeholder'].map((kind) => ({ kind, count: '7' })),
  ];
  const fast = await memoryWorkspace();
  const full = await memoryWorkspace();
  try {
    for (const ws of [fast, full]) await importTable(ws, { table: 'accounts', file: tmp.file('acc.csv', 'account_id,name,type\nA1,Mercy,hospital\n') });
    await full.run(`insert into volumes (entity_id, entity_kind, code, period) values ('A1', 'account', 'seed', 'x')`); // not empty: full path
    const streamed: string[] = [];
    for (const [i, c] of cases.entries()) {
      const file = tmp.file(`parsed-${i}.csv`, `entity_id,entity_kind,code,period,count\nA1,account,c0,2024Q1,5\nA1,${c.kind},c1,2024Q1,${c.count}\n`);
      const load = async (ws: typeof fast): Promise<unknown[]> => {
        await ws.run(`delete from volumes where code <> 'seed'`);
        const phases: string[] = [];
        const r = await importTable(ws, { table: 'volumes', file, progress: (e: ProgressEvent) => void phases.push(e.phase) });
        if (ws === fast && !phases.includes('validating')) streamed.push(`${c.kind}/${c.count}`);
        const rows = await ws.all(`select code, entity_kind, count, suppressed from volumes where code <> 'seed' order by code`);
        return [r.rowsIn, r.rowsLoaded, r.rejects.map((x) => [x.row, x.column, x.reason]), rows];
      };
      assert.deepEqual(await load(fast), await load(full), `kind ${c.kind}, count "${c.count}"`);
    }
    for (const clean of ['account/7', 'account/', 'account/1e3', 'account/12.0']) assert.ok(streamed.includes(clean), `${clean} took the fast path (${streamed.join(' ')})`);
    assert.ok(!streamed.includes('account/3.5') && !streamed.includes('Facility/7') && !streamed.includes('stakeholder/7'), 'a fraction, an alias and a dangling id are handed back');
  } finally {
    fast.close();
    full.close();
  }
});

test('a side table left by a killed load is dropped when the workspace is next opened', async () => {
  const dir = join(tmp.dir, 'side-ws');
  const ws = await openWorkspace(dir, { create: true });
  await ws.run(`create table _segmap_load_volumes as select * from volumes`);
  ws.close();
  const reopened = await openWorkspace(dir);
  try {
    const left = await reopened.all(`select table_name from duckdb_tables() where starts_with(table_name, '_segmap_load_')`);
    assert.deepEqual(left, []);
  } finally {
    reopened.close();
  }
});

test('kind-dependent references: an id of the other kind is dangling, whatever its position in the file', async () => {
  const ws = await memoryWorkspace();
  try {
    await importTable(ws, { table: 'accounts', file: tmp.file('a4.csv', 'account_id,name,type\nA1,Mercy,hospital\n') });
    await importTable(ws, { table: 'stakeholders', file: tmp.file('s4.csv', 'stakeholder_id,role\nS1,nurse\n') });
    const good = Array.from({ length: 3000 }, (_, i) => `S1,stakeholder,${i},2024Q1,1\nA1,account,${i},2024Q1,1`).join('\n');
    const r = await importTable(ws, { table: 'volumes', file: tmp.file('v4.csv', `entity_id,entity_kind,code,period,count\n${good}\nS1,account,x,2024Q1,1\nA1,hcp,y,2024Q1,1\n`) });
    assert.deepEqual([r.rowsIn, r.rowsLoaded, r.rowsRejected], [6002, 6000, 2]);
    assert.deepEqual(r.rejects.map((x) => [x.row, x.reason]), [[6002, 'not found in accounts'], [6003, 'not found in stakeholders']]);
    const [n] = await ws.all<{ n: number }>(`select count(*)::int as n from volumes`);
    assert.equal(n?.n, 6000);
  } finally {
    ws.close();
  }
});

test('ids from row numbers on an empty table take the numbered path: row 2 is the first record', async () => {
  const ws = await memoryWorkspace();
  try {
    const r = await importTable(ws, {
      table: 'territories',
      file: tmp.file('t.csv', 'name,region\nNorth,N\nSouth,S\n'),
      mapping: Mapping.parse({ fields: { territory_id: { row: { prefix: 't-' } }, name: 'name', region: 'region' } }),
    });
    assert.deepEqual([r.rowsIn, r.rowsLoaded, r.rowsRejected], [2, 2, 0]);
    const rows = await ws.all<{ territory_id: string }>('select territory_id from territories order by territory_id');
    assert.deepEqual(rows.map((x) => x.territory_id), ['t-2', 't-3']);
  } finally {
    ws.close();
  }
});

test('ids from row numbers count blank lines and unparsable records, as the reject report does', async () => {
  const ws = await memoryWorkspace();
  try {
    const r = await importTable(ws, {
      table: 'territories',
      file: tmp.file('gaps.csv', 'name,region\nNorth,N\n\nSouth,S\nEast,E,extra\nWest,W\n'),
      mapping: Mapping.parse({ fields: { territory_id: { row: { prefix: 't-' } }, name: 'name', region: 'region' } }),
    });
    assert.deepEqual([r.rowsIn, r.rowsLoaded, r.rowsRejected], [4, 3, 1]);
    assert.equal(r.rejects[0]?.row, 5, 'the ragged record is on spreadsheet row 5');
    const rows = await ws.all<{ territory_id: string; name: string }>('select territory_id, name from territories order by name');
    assert.deepEqual(rows.map((x) => `${x.name} ${x.territory_id}`), ['North t-2', 'South t-4', 'West t-6']);
  } finally {
    ws.close();
  }
});
