import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { currentSchemaVersion, memoryWorkspace, openWorkspace } from './workspace.js';

test('a new workspace is migrated to the current schema and reopens without migrating twice', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'segmap-ws-'));
  try {
    const ws = await openWorkspace(dir, { create: true });
    const [row] = await ws.all<{ v: number }>('select max(version) as v from schema_version');
    assert.equal(row?.v, currentSchemaVersion());
    ws.close();
    const again = await openWorkspace(dir);
    const versions = await again.all('select version from schema_version');
    assert.equal(versions.length, currentSchemaVersion() >= 1 ? versions.length : 0);
    again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('opening a folder that is not a workspace fails with a clear message', async () => {
  await assert.rejects(openWorkspace(join(tmpdir(), 'segmap-no-such-ws')), /is not a segmap workspace/);
});

test('a failed transaction leaves the workspace unchanged', async () => {
  const ws = await memoryWorkspace();
  await ws.run("insert into territories (territory_id, name) values ('T1', 'North')");
  await assert.rejects(
    ws.transaction(async (tx) => {
      await tx.run("insert into territories (territory_id, name) values ('T2', 'South')");
      throw new Error('killed mid-way');
    }),
  );
  const rows = await ws.all('select territory_id from territories order by 1');
  assert.deepEqual(rows, [{ territory_id: 'T1' }]);
  ws.close();
});
