import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryWorkspace } from './workspace.js';
import { recordMemberships } from './memberships.js';
import { currentMemberships, membershipChanges, membershipHistory, membershipsAt } from './membership-history.js';

const t1 = new Date('2024-01-01T00:00:00Z');
const t2 = new Date('2024-02-01T00:00:00Z');
const t3 = new Date('2024-03-01T00:00:00Z');

test('recordMemberships opens, verifies and closes stays as a history', async () => {
  const ws = await memoryWorkspace();
  try {
    const first = await recordMemberships(ws, {
      kind: 'statistical', segmentation: 'survey', runId: 'r1', at: t1,
      rows: [
        { entityKind: 'stakeholder', entityId: 'S1', segment: 1, confidence: 0.9 },
        { entityKind: 'stakeholder', entityId: 'S2', segment: 2, confidence: 0.6 },
        { entityKind: 'stakeholder', entityId: 'S2', segment: 2, confidence: 0.7 },
      ],
    });
    assert.deepEqual(first, { entered: 2, exited: 0, verified: 0 });
    const second = await recordMemberships(ws, {
      kind: 'statistical', segmentation: 'survey', runId: 'r2', at: t2,
      rows: [
        { entityKind: 'stakeholder', entityId: 'S1', segment: 1, confidence: 0.95 },
        { entityKind: 'stakeholder', entityId: 'S2', segment: 3, confidence: null },
        { entityKind: 'stakeholder', entityId: 'S3', segment: 1 },
      ],
    });
    assert.deepEqual(second, { entered: 2, exited: 1, verified: 1 });
    const s1 = await currentMemberships(ws, { entityId: 'S1' });
    assert.equal(s1.length, 1);
    assert.equal(s1[0]?.runId, 'r2');
    assert.equal(s1[0]?.confidence, 0.95);
    assert.deepEqual(s1[0]?.assignedAt, t1);
    assert.deepEqual(s1[0]?.lastVerified, t2);
    const before = await membershipsAt(ws, new Date('2024-01-15T00:00:00Z'), { segmentation: 'survey' });
    assert.deepEqual(before.map((m) => `${m.entityId}:${m.segment}:${m.confidence}`), ['S1:1:0.95', 'S2:2:0.7']); // confidence is the latest confirmation's
    const changes = await membershipChanges(ws, t1, t3);
    assert.deepEqual(changes.entries.map((m) => `${m.entityId}:${m.segment}`), ['S2:3', 'S3:1']);
    assert.deepEqual(changes.exits.map((m) => `${m.entityId}:${m.segment}`), ['S2:2']);
    const history = await membershipHistory(ws, 'stakeholder', 'S2');
    assert.deepEqual(history.map((m) => [m.segment, m.validTo]), [['2', t2], ['3', null]]);
  } finally {
    ws.close();
  }
});

test('recordMemberships keeps overlapping tags and scope "listed" leaves other entities alone', async () => {
  const ws = await memoryWorkspace();
  try {
    await recordMemberships(ws, {
      kind: 'rule', segmentation: 'tags', at: t1,
      rows: [
        { entityKind: 'account', entityId: 'A1', segment: 'ortho' },
        { entityKind: 'account', entityId: 'A1', segment: 'vac' },
        { entityKind: 'account', entityId: 'A2', segment: 'vac' },
      ],
    });
    const result = await recordMemberships(ws, {
      kind: 'rule', segmentation: 'tags', at: t2, scope: 'listed',
      rows: [{ entityKind: 'account', entityId: 'A1', segment: 'vac' }],
    });
    assert.deepEqual(result, { entered: 0, exited: 1, verified: 1 });
    const current = await currentMemberships(ws, { kind: 'rule' });
    assert.deepEqual(current.map((m) => `${m.entityId}:${m.segment}`), ['A1:vac', 'A2:vac']);
    // another segmentation of the same kind is independent
    await recordMemberships(ws, { kind: 'rule', segmentation: 'other', at: t3, rows: [] });
    assert.equal((await currentMemberships(ws, { kind: 'rule' })).length, 2);
  } finally {
    ws.close();
  }
});

test('recordMemberships rejects unknown kinds and rolls back', async () => {
  const ws = await memoryWorkspace();
  try {
    await assert.rejects(
      recordMemberships(ws, { kind: 'rule', segmentation: 'x', rows: [{ entityKind: 'planet' as 'account', entityId: 'P', segment: 1 }] }),
      /entity kind `planet` requires one of/,
    );
    await assert.rejects(recordMemberships(ws, { kind: 'magic' as 'rule', segmentation: 'x', rows: [] }), /membership kind `magic`/);
    assert.equal((await currentMemberships(ws)).length, 0);
  } finally {
    ws.close();
  }
});
