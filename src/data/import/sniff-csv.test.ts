import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsvHead } from './parse-csv-head.js';
import { importIdOf, sniffCsv } from './sniff-csv.js';

test('quoted fields keep delimiters, doubled quotes and line breaks', () => {
  const { records } = parseCsvHead('a,b\n"x, y","say ""hi""\nthere"\r\n3,4\n', ',', 10);
  assert.deepEqual(records, [['a', 'b'], ['x, y', 'say "hi"\nthere'], ['3', '4']]);
});

test('a truncated sample drops its unfinished last record', () => {
  const head = parseCsvHead('a,b\n1,2\n3,"unfini', ',', 10, false);
  assert.deepEqual(head.records, [['a', 'b'], ['1', '2']]);
  assert.equal(head.complete, false);
});

test('the delimiter is the one that splits the header widest with consistent rows', () => {
  assert.equal(sniffCsv('id;name;n\n1;a,b;3\n2;c;4\n', true).delimiter, ';');
  assert.equal(sniffCsv('id\tname\n1\tO,Brien\n', true).delimiter, '\t');
  assert.equal(sniffCsv('id|name\n1|x\n', true).delimiter, '|');
  assert.equal(sniffCsv('id,name\n1,x\n', true).delimiter, ',');
  assert.deepEqual(sniffCsv(' id , name \n1,x\n', true).header, ['id', 'name']);
});

test('a forced delimiter wins over sniffing', () => {
  assert.equal(sniffCsv('a,b;c\n1,2;3\n', true, ';').delimiter, ';');
});

test('a Qualtrics export is recognised by its ImportId row', () => {
  const text = [
    'StartDate,ResponseId,Q1,Q2_1',
    'Start Date,Response ID,How satisfied are you?,"Rate: speed"',
    '"{""ImportId"":""startDate""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID1""}","{""ImportId"":""QID2_1""}"',
    '2024-01-01,R_1,4,5',
  ].join('\n');
  const sniff = sniffCsv(text, true);
  assert.equal(sniff.qualtrics, true);
  assert.equal(sniff.extraHeaderRows, 2);
  assert.deepEqual(sniff.importIds, ['startDate', '_recordId', 'QID1', 'QID2_1']);
  assert.equal(sniff.questionText?.[2], 'How satisfied are you?');
  assert.equal(sniffCsv('a,b\n1,2\n3,4\n', true).qualtrics, false);
  assert.equal(importIdOf('not json'), '');
});
