import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectEncoding, detectHeadEncoding, incompleteTail } from './detect-encoding.js';
import { blankLineRecords } from './blank-lines.js';

const dir = mkdtempSync(join(tmpdir(), 'segmap-enc-'));
const file = (name: string, bytes: Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

test.after(() => rmSync(dir, { recursive: true, force: true }));

test('BOMs decide the encoding', async () => {
  assert.deepEqual(await detectEncoding(file('u8bom.csv', Buffer.from('\ufeffa,b\n', 'utf8'))), { encoding: 'utf-8', bomBytes: 3 });
  assert.deepEqual(await detectEncoding(file('u16le.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\n', 'utf16le')]))), { encoding: 'utf-16le', bomBytes: 2 });
  const be = Buffer.from('a,b\n', 'utf16le').swap16();
  assert.deepEqual(await detectEncoding(file('u16be.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), be]))), { encoding: 'utf-16be', bomBytes: 2 });
});

test('UTF-16 without a BOM is seen from its NUL bytes', async () => {
  assert.equal((await detectEncoding(file('u16nobom.csv', Buffer.from('id,name\n1,Zoë\n', 'utf16le')))).encoding, 'utf-16le');
});

test('valid UTF-8 stays UTF-8; Latin-1 bytes deep in the file make it Windows-1252', async () => {
  assert.equal((await detectEncoding(file('u8.csv', Buffer.from('id,name\n1,Zoë Müller\n', 'utf8')))).encoding, 'utf-8');
  const big = Buffer.concat([Buffer.from('id,name\n'), Buffer.alloc(9 << 20, 0x61), Buffer.from('\n2,Zo\xeb\n', 'latin1')]);
  assert.equal((await detectEncoding(file('latin1.csv', big))).encoding, 'windows-1252');
});

test('the head alone settles a small file, a BOM or bad bytes early; a longer valid head leaves the rest open', async () => {
  assert.deepEqual(await detectHeadEncoding(file('small.csv', Buffer.from('id,name\n1,Zoë\n', 'utf8'))), { encoding: 'utf-8', bomBytes: 0, settled: true });
  assert.deepEqual(await detectHeadEncoding(file('early.csv', Buffer.from('id,name\n1,Zo\xeb\n', 'latin1'))), { encoding: 'windows-1252', bomBytes: 0, settled: true });
  const late = Buffer.concat([Buffer.from('id,name\n'), Buffer.alloc(9 << 20, 0x61), Buffer.from('\n2,Zo\xeb\n', 'latin1')]);
  assert.deepEqual(await detectHeadEncoding(file('late.csv', late)), { encoding: 'utf-8', bomBytes: 0, settled: false });
  const exact = Buffer.alloc(8 << 20, 0x61); // exactly one chunk: the end is only seen by the next read
  assert.deepEqual(await detectHeadEncoding(file('exact.csv', exact)), { encoding: 'utf-8', bomBytes: 0, settled: false });
  assert.deepEqual(await detectEncoding(file('exact2.csv', exact)), { encoding: 'utf-8', bomBytes: 0 });
});

test('a UTF-8 sequence split at a chunk boundary is carried over, not misread', () => {
  const e = Buffer.from('aé', 'utf8'); // 61 c3 a9
  assert.equal(incompleteTail(e, 2), 1); // ends after the lead byte c3
  assert.equal(incompleteTail(e, 3), 0);
});

test('blank lines are found by record number, quotes respected, trailing ones harmless', async () => {
  assert.deepEqual(await blankLineRecords(file('noblank.csv', Buffer.from('a,b\n1,2\n\n\n'))), []);
  assert.deepEqual(await blankLineRecords(file('blank.csv', Buffer.from('a,b\n1,"x\n\ny"\n\n2,3\r\n\r\n4,5\n'))), [3, 5]);
});
