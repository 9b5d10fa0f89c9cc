import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atomicWrite, atomicWriteSync } from './atomic-write.js';

const fresh = (): string => mkdtempSync(join(tmpdir(), 'segmap-atomic-'));

test('atomicWrite creates missing folders and leaves no temp file', async () => {
  const dir = fresh();
  const target = join(dir, 'a', 'b', 'out.txt');
  await atomicWrite(target, 'hello');
  assert.equal(readFileSync(target, 'utf8'), 'hello');
  assert.deepEqual(readdirSync(join(dir, 'a', 'b')), ['out.txt']);
});

test('atomicWrite replaces an existing file with bytes', async () => {
  const dir = fresh();
  const target = join(dir, 'x.bin');
  writeFileSync(target, 'old');
  await atomicWrite(target, new Uint8Array([1, 2, 3]));
  assert.deepEqual([...readFileSync(target)], [1, 2, 3]);
});

test('a failed write removes its temp file and keeps the old content', async () => {
  const dir = fresh();
  const target = join(dir, 'sub');
  // the target is a non-empty folder: rename over it fails
  await atomicWrite(join(target, 'keep.txt'), 'k');
  await assert.rejects(atomicWrite(target, 'new'));
  assert.deepEqual(readdirSync(dir), ['sub']);
  assert.throws(() => atomicWriteSync(target, 'new'));
  assert.deepEqual(readdirSync(dir), ['sub']);
});

test('atomicWriteSync writes the full content', () => {
  const dir = fresh();
  const target = join(dir, 'big.txt');
  const text = 'x'.repeat(1 << 20);
  atomicWriteSync(target, text);
  assert.equal(readFileSync(target, 'utf8').length, 1 << 20);
});
