import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryWorkspace } from '../../data/workspace.js';
import { dataHealth } from './data-health.js';

test('data health counts rows and stale records per table', async () => {
  const ws = await memoryWorkspace();
  await ws.run(`insert into territories (territory_id, name, last_verified) values
    ('T1', 'North', current_date), ('T2', 'South', current_date - interval 400 day), ('T3', 'East', null)`);
  const health = await dataHealth(ws, 365);
  const territories = health.tables.find((t) => t.table === 'territories');
  assert.deepEqual(territories, { table: 'territories', rows: 3, stale: 1 });
  assert.equal(health.rejectedRows, 0);
  ws.close();
});
