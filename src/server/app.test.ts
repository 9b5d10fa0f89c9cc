import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryWorkspace } from '../data/workspace.js';
import { addUser } from '../pipeline/access/manage-users.js';
import { workspaceServerContext } from '../pipeline/serve/server-context.js';
import { createApp } from './app.js';

async function setup() {
  const ws = await memoryWorkspace();
  await ws.run("insert into territories (territory_id, name) values ('T1', 'North'), ('T2', 'South')");
  const admin = await addUser(ws, { name: 'Ada', role: 'admin' });
  const rep = await addUser(ws, { name: 'Rob', role: 'rep', territoryId: 'T1' });
  const ctx = await workspaceServerContext(ws, ':memory:', '/nonexistent');
  return { app: createApp(ctx, '0.0.0-test'), admin: admin.token, rep: rep.token, ctx };
}

test('GET /api/health answers 200 without a token', async () => {
  const { app, ctx } = await setup();
  const res = await app.request('/api/health');
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { status: 'ok', version: '0.0.0-test' });
  ctx.close();
});

test('API routes refuse requests without a valid token, with a JSON error', async () => {
  const { app, ctx } = await setup();
  for (const headers of [{}, { authorization: 'Bearer sm_wrong' }] as Record<string, string>[]) {
    const res = await app.request('/api/me', { headers });
    assert.equal(res.status, 401);
    const body = (await res.json()) as { error: { code: string } };
    assert.equal(body.error.code, 'unauthorized');
  }
  ctx.close();
});

test('a token resolves to its user and role', async () => {
  const { app, rep, ctx } = await setup();
  const res = await app.request('/api/me', { headers: { authorization: `Bearer ${rep}` } });
  assert.equal(res.status, 200);
  const me = (await res.json()) as Record<string, unknown>;
  assert.match(String(me.userId), /^u_[0-9a-f]{12}$/);
  assert.deepEqual({ ...me, userId: undefined }, { userId: undefined, name: 'Rob', role: 'rep', territoryId: 'T1' });
  ctx.close();
});

test('unknown endpoints answer 404 as JSON', async () => {
  const { app, admin, ctx } = await setup();
  const res = await app.request('/api/nope', { headers: { authorization: `Bearer ${admin}` } });
  assert.equal(res.status, 404);
  ctx.close();
});

test('a rep must have a known territory', async () => {
  const ws = await memoryWorkspace();
  await assert.rejects(addUser(ws, { name: 'X', role: 'rep' }), /requires --territory/);
  await assert.rejects(addUser(ws, { name: 'X', role: 'rep', territoryId: 'T9' }), /T9 is not in the workspace/);
  ws.close();
});
