import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryWorkspace } from '../data/workspace.js';
import { addUser } from '../pipeline/access/manage-users.js';
import { workspaceServerContext } from '../pipeline/serve/server-context.js';
import { buildTypingModel } from '../pipeline/typing/build-typing-model.js';
import { syntheticSurvey } from '../pipeline/typing/synthetic-survey.js';
import { typeRespondent } from '../pipeline/typing/type-respondent.js';
import type { TypingFormView, TypingResultView } from '../spec/views.js';
import { createApp } from './app.js';

const items = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'];
const { model } = buildTypingModel(syntheticSurvey(300, 3, 6, 11), { segment: 'segment', items, maxQuestions: 5, seed: 2 });

async function setup(withModel = true) {
  const out = mkdtempSync(join(tmpdir(), 'segmap-typing-'));
  if (withModel) writeFileSync(join(out, 'typing.json'), JSON.stringify(model));
  const ws = await memoryWorkspace();
  const token = (await addUser(ws, { name: 'Ada', role: 'analyst' })).token;
  const ctx = await workspaceServerContext(ws, ':memory:', out);
  const app = createApp(ctx, 'test');
  const post = (body: unknown) =>
    app.request('/api/typing/answer', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const get = (path: string) => app.request(path, { headers: { authorization: `Bearer ${token}` } });
  return { post, get, ctx };
}

test('GET /api/typing lists the questions with their options', async () => {
  const { get, ctx } = await setup();
  const form = (await (await get('/api/typing')).json()) as TypingFormView;
  assert.deepEqual(form.questions.map((q) => q.id), model.questions.map((q) => q.id));
  assert.ok(form.questions.every((q) => q.options.length >= 2));
  ctx.close();
});

test('answers come back with the same segment and probability as the typing model', async () => {
  const { post, ctx } = await setup();
  const answers = Object.fromEntries(model.questions.map((q, i) => [q.id, 1 + ((i * 2) % 5)]));
  const res = await post({ answers });
  assert.equal(res.status, 200);
  const view = (await res.json()) as TypingResultView;
  const direct = typeRespondent(model, answers);
  assert.ok(direct.ok);
  assert.equal(view.segment, direct.value.segment);
  assert.equal(view.probability, direct.value.probability);
  assert.equal(view.done, true);
  assert.equal(view.next, null);
  ctx.close();
});

test('with no answers yet the next question is offered and no segment is claimed', async () => {
  const { post, ctx } = await setup();
  const view = (await (await post({ answers: {} })).json()) as TypingResultView;
  assert.equal(view.segment, null);
  assert.ok(view.next && model.questions.some((q) => q.id === view.next?.id));
  ctx.close();
});

test('an unknown option value is a 400 listing the allowed values', async () => {
  const { post, ctx } = await setup();
  const q = model.questions[0]!;
  const res = await post({ answers: { [q.id]: 42 } });
  assert.equal(res.status, 400);
  const body = (await res.json()) as { error: { message: string; details: { allowed: number[] } } };
  assert.deepEqual(body.error.details.allowed, q.options.map((o) => o.value));
  assert.match(body.error.message, new RegExp(`question \`${q.id}\` requires one of`));
  ctx.close();
});

test('a malformed body is a 400, and a workspace without a typing tool says so', async () => {
  const { post, get, ctx } = await setup(false);
  assert.equal((await post({ nope: 1 })).status, 400);
  assert.equal(await (await get('/api/typing')).json(), null);
  const res = await post({ answers: {} });
  assert.equal(res.status, 400);
  assert.match(((await res.json()) as { error: { message: string } }).error.message, /no typing tool/);
  ctx.close();
});
