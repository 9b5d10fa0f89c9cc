import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryWorkspace } from '../../data/workspace.js';
import { InputError } from '../../lib/errors.js';
import { previewRules } from './preview-rules.js';

test('previewRules counts members without recording, and rejects bad rules with every issue', async () => {
  const ws = await memoryWorkspace();
  try {
    await ws.run(`insert into accounts (account_id, name, type, beds) values ('A1', 'Mercy', 'hospital', 400), ('A2', 'Lake', 'asc', 10)`);
    const preview = await previewRules(ws, { segments: [{ name: 'big', entity: 'account', entry: { field: 'beds', gte: 200 } }] }, { asOf: '2024-06-30' });
    assert.deepEqual(preview, { segmentation: 'rules', asOf: '2024-06-30', segments: [{ name: 'big', entity: 'account', members: 1, examples: ['A1'] }] });
    const [tags] = await ws.all<{ n: number }>('select count(*) as n from memberships');
    assert.equal(tags?.n, 0);
    await assert.rejects(
      previewRules(ws, { segments: [{ name: 'x', entity: 'account', entry: { all: [{ field: 'bedz', gte: 1 }, { field: 'tipe', equal: 'a' }] } }] }),
      (error: unknown) => error instanceof InputError && (error.details as { issues: unknown[] }).issues.length === 2,
    );
  } finally {
    ws.close();
  }
});
