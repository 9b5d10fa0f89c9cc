import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { memoryWorkspace } from '../../data/workspace.js';
import { canonicalJson, dataHash, specHash } from './run-hashes.js';

test('canonical JSON sorts keys at every level and drops undefined members', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [3, { f: 1, e: 2 }], c: undefined } }), '{"a":{"d":[3,{"e":2,"f":1}]},"b":1}');
  assert.equal(specHash({ x: 1, y: 2 }), specHash({ y: 2, x: 1 }));
  assert.notEqual(specHash({ seed: 42 }), specHash({ seed: 43 }));
  // node: createHash('sha256').update('{"a":1}').digest('hex')
  assert.equal(specHash({ a: 1 }), createHash('sha256').update('{"a":1}').digest('hex'));
});

test('the data hash depends on the rows, not on their order; a duplicated row changes it', async () => {
  // kol_signals has no key, so the same row can be there twice
  const rows = ["('S1', 'publication', 3, '2024', 's', '2024-01-01')", "('S2', 'publication', 1, '2024', 's', '2024-01-01')"];
  const hashOf = async (values: readonly string[]): Promise<Awaited<ReturnType<typeof dataHash>>> => {
    const ws = await memoryWorkspace();
    try {
      if (values.length) await ws.run(`insert into kol_signals values ${values.join(', ')}`);
      return await dataHash(ws, []);
    } finally {
      ws.close();
    }
  };
  const forward = await hashOf(rows);
  const backward = await hashOf([...rows].reverse());
  const doubled = await hashOf([...rows, rows[0]!]);
  const empty = await hashOf([]);
  assert.equal(forward.hash, backward.hash);
  assert.equal(forward.tables.kol_signals?.rows, 2);
  assert.notEqual(doubled.hash, forward.hash);
  assert.notEqual(empty.hash, forward.hash);
  assert.equal(empty.tables.accounts?.rows, 0);
});
