import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryWorkspace } from '../data/workspace.js';
import { addUser } from '../pipeline/access/manage-users.js';
import { workspaceServerContext } from '../pipeline/serve/server-context.js';
import type { AccountView, CallListRowView, PageOf, SegmentsView } from '../spec/views.js';
import { createApp } from './app.js';

async function setup() {
  const out = mkdtempSync(join(tmpdir(), 'segmap-out-'));
  writeFileSync(join(out, 'accounts.csv'), 'account_id,score,quadrant,tier,reason\nA1,0.9,growth,1,big\nA2,0.5,expansion,2,mid\nA3,0.1,low priority,3,"small, quiet"\n');
  writeFileSync(join(out, 'calllist.csv'), 'stakeholder_id,name,territory_id\nS1,Dr A,T1\nS2,Dr B,T2\nS3,"=HYPERLINK(""x"")",T1\n');
  writeFileSync(join(out, 'survey-segments.csv'), 'stakeholder_id,segment,probability\nS1,1,0.9\nS2,2,0.8\nS3,1,0.7\n');
  const ws = await memoryWorkspace();
  await ws.run("insert into territories (territory_id, name) values ('T1', 'North'), ('T2', 'South')");
  await ws.run("insert into accounts (account_id, name, type, territory_id) values ('A1','One','hospital','T1'), ('A2','Two','hospital','T2'), ('A3','Three','asc','T1')");
  const admin = (await addUser(ws, { name: 'Ada', role: 'admin' })).token;
  const rep = (await addUser(ws, { name: 'Rob', role: 'rep', territoryId: 'T1' })).token;
  const ctx = await workspaceServerContext(ws, ':memory:', out);
  const get = async <T>(path: string, token: string): Promise<T> => {
    const res = await app.request(path, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(res.status, 200, path);
    return (await res.json()) as T;
  };
  const app = createApp(ctx, 'test');
  return { get, admin, rep, ctx, app };
}

test('a rep sees only the accounts of their territory; an admin sees all, best score first', async () => {
  const { get, admin, rep, ctx } = await setup();
  const all = await get<PageOf<AccountView>>('/api/accounts', admin);
  assert.deepEqual(all.rows.map((r) => r.account_id), ['A1', 'A2', 'A3']);
  assert.equal(all.total, 3);
  const mine = await get<PageOf<AccountView>>('/api/accounts', rep);
  assert.deepEqual(mine.rows.map((r) => r.account_id), ['A1', 'A3']);
  assert.equal(mine.rows[1]?.reason, 'small, quiet');
  ctx.close();
});

test('the call list is limited to the rep territory and paged', async () => {
  const { get, rep, admin, ctx } = await setup();
  const mine = await get<PageOf<CallListRowView>>('/api/calllist?limit=1&offset=1', rep);
  assert.equal(mine.total, 2);
  assert.deepEqual(mine.rows.map((r) => r.stakeholder_id), ['S3']);
  const all = await get<PageOf<CallListRowView>>('/api/calllist', admin);
  assert.equal(all.total, 3);
  ctx.close();
});

test('paging parameters are validated', async () => {
  const { app, admin, ctx } = await setup();
  const res = await app.request('/api/calllist?limit=0', { headers: { authorization: `Bearer ${admin}` } });
  assert.equal(res.status, 400);
  assert.match(((await res.json()) as { error: { message: string } }).error.message, /limit/);
  ctx.close();
});

test('segment sizes are counted from the deliverables', async () => {
  const { get, admin, ctx } = await setup();
  const view = await get<SegmentsView>('/api/segments', admin);
  assert.deepEqual(view.segmentations.map((s) => [s.name, s.total, s.sizes.map((x) => x.count)]), [['survey', 3, [2, 1]]]);
  ctx.close();
});
