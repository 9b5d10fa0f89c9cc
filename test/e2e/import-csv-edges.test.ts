/**
 * CSV reading edge cases: ragged rows, quoted line breaks and blank lines (row numbers stay the user's),
 * delimiters, encodings, BOM, Qualtrics header rows, empty and 0-byte files, a 10 MB field.
 * Row numbers: the header is row 1 (docs in src/pipeline/import-file.ts).
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryWorkspace, type Workspace } from '../../src/data/workspace.js';
import { importFile, type ImportReport } from '../../src/pipeline/import-file.js';
import { tempDir } from '../support/import-fixtures.js';

const tmp = tempDir();
after(() => tmp.remove());

async function withWs<T>(run: (ws: Workspace) => Promise<T>): Promise<T> {
  const ws = await memoryWorkspace();
  try {
    return await run(ws);
  } finally {
    ws.close();
  }
}

const territories = (ws: Workspace, name: string, content: string | Buffer): Promise<ImportReport> =>
  importFile({ workspace: ws, table: 'territories', file: tmp.file(name, content) });

test('ragged rows are rejected with their row numbers; quoted line breaks and blank lines do not shift them', () =>
  withWs(async (ws) => {
    const csv = 'territory_id,name,region\nT1,"North\nEast",NE\n\nT2,South,S,extra\nT3,West\nT4,Central,C\n';
    const report = await territories(ws, 'ragged.csv', csv);
    // rows: 1 header, 2 T1 (two lines, one row), 3 blank, 4 T2 (4 fields), 5 T3 (2 fields), 6 T4
    assert.deepEqual([report.rowsIn, report.rowsLoaded, report.rowsRejected], [4, 2, 2]);
    assert.deepEqual(report.rejects.map((r) => [r.row, r.reason]), [
      [4, 'row has 4 fields, the header has 3'],
      [5, 'row has 2 fields, the header has 3'],
    ]);
    assert.deepEqual(await ws.all('select territory_id, name from territories order by 1'), [
      { territory_id: 'T1', name: 'North\nEast' },
      { territory_id: 'T4', name: 'Central' },
    ]);
  }));

test('row numbers stay right after rejects and blank lines deep in the file', () =>
  withWs(async (ws) => {
    // CRLF endings, a blank line on row 21, a ragged row 31 (T30), an empty name on row 41
    const lines = ['product_id,name'];
    for (let i = 1; i <= 50; i++) lines.push(i === 20 ? '' : i === 30 ? 'T30,a,b' : `T${i},${i === 40 ? '' : 'r'}`);
    const report = await importFile({ workspace: ws, table: 'products', file: tmp.file('deep.csv', lines.join('\r\n')) });
    assert.deepEqual(report.rejects.map((r) => r.row), [31]); // T30 is on row 31
    const rows = await ws.all<{ product_id: string }>('select product_id from products order by product_id');
    assert.equal(rows.length, 48); // 50 lines - 1 blank - 1 ragged
  }));

test('the delimiter is sniffed (semicolon, tab); a forced wrong one leaves required columns missing, named', () =>
  withWs(async (ws) => {
    const semi = await territories(ws, 'semi.csv', 'territory_id;name\nT1;Nord, Est\nT2;Süd\n');
    assert.deepEqual([semi.rowsLoaded, semi.rowsRejected], [2, 0]);
    const tab = await territories(ws, 'tab.tsv', 'territory_id\tname\nT3\tWest\n');
    assert.equal(tab.rowsLoaded, 1);
    const file = tmp.file('forced.csv', 'territory_id;name\nT9;X\n');
    const map = tmp.file('forced.yaml', 'delimiter: ","\n');
    await assert.rejects(importFile({ workspace: ws, table: 'territories', file, mappingFile: map }), /requires column `territory_id`; the file has territory_id;name/);
  }));

test('Latin-1 (Windows-1252) and UTF-16 files are decoded; a UTF-8 BOM is skipped', () =>
  withWs(async (ws) => {
    const latin = await territories(ws, 'latin1.csv', Buffer.from('territory_id,name\nT1,Zo\u00eb M\u00fcller\n', 'latin1'));
    assert.equal(latin.encoding, 'windows-1252');
    assert.ok(latin.warnings.some((w) => /not UTF-8/.test(w)));
    // Windows-1252 bytes 0x93 0x94 0x80 are curly quotes and the euro sign (in ISO Latin-1 they are controls)
    const cp1252 = await territories(ws, 'cp1252.csv', Buffer.from([...Buffer.from('territory_id,name\nT2,'), 0x93, 0x51, 0x94, 0x80, 0x0a]));
    assert.equal(cp1252.rowsLoaded, 1);
    const utf16 = await territories(ws, 'utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('territory_id,name\r\nT3,\u0141\u00f3d\u017a\r\n', 'utf16le')]));
    assert.equal(utf16.encoding, 'utf-16le');
    const bom = await territories(ws, 'bom.csv', Buffer.from('\ufeffterritory_id,name\nT4,\u00d8rsted\n', 'utf8'));
    assert.equal(bom.rowsLoaded, 1);
    assert.deepEqual(await ws.all('select territory_id, name from territories order by 1'), [
      { territory_id: 'T1', name: 'Zo\u00eb M\u00fcller' },
      { territory_id: 'T2', name: '\u201cQ\u201d\u20ac' },
      { territory_id: 'T3', name: '\u0141\u00f3d\u017a' },
      { territory_id: 'T4', name: '\u00d8rsted' },
    ]);
  }));

test('invalid UTF-8 inside a mostly-UTF-8 file is decoded as Windows-1252, not dropped', () =>
  withWs(async (ws) => {
    const bytes = Buffer.concat([Buffer.from('territory_id,name\nT1,Zoë\n', 'utf8'), Buffer.from([0x54, 0x32, 0x2c, 0xe9, 0x0a])]);
    const report = await territories(ws, 'mixed.csv', bytes);
    assert.deepEqual([report.rowsIn, report.rowsLoaded], [2, 2]);
    assert.equal(report.encoding, 'windows-1252');
  }));

test('a Latin-1 byte past the first 8 MB: the streaming load hands back and the whole file is read as Windows-1252', () =>
  withWs(async (ws) => {
    // the streaming load checks only the head's encoding and leaves the rest to DuckDB's UTF-8 validation
    const rows = Array.from({ length: 300_000 }, (_, i) => `T${i},Territory number ${i} of the north-east region`).join('\n');
    const bytes = Buffer.concat([Buffer.from(`territory_id,name\n${rows}\n`, 'utf8'), Buffer.from([0x54, 0x5a, 0x2c, 0x5a, 0x6f, 0xeb, 0x0a])]);
    assert.ok(bytes.length > 9 << 20, 'the invalid byte lies beyond the head');
    const report = await territories(ws, 'late-latin1.csv', bytes);
    assert.deepEqual([report.rowsIn, report.rowsLoaded, report.rowsRejected], [300_001, 300_001, 0]);
    assert.equal(report.encoding, 'windows-1252');
    assert.ok(report.warnings.some((w) => /not UTF-8/.test(w)), report.warnings.join('; '));
    assert.deepEqual(await ws.all(`select name from territories where territory_id = 'TZ'`), [{ name: 'Zo\u00eb' }]);
    const [record] = await ws.all<{ encoding: string; warnings: string }>(`select encoding, warnings::varchar as warnings from imports order by started_at desc limit 1`);
    assert.equal(record?.encoding, 'windows-1252');
    assert.match(record?.warnings ?? '', /not UTF-8/);
  }));

test('an empty (header-only) file is a 0-row import; a 0-byte or blank file is an error naming it', () =>
  withWs(async (ws) => {
    const empty = await territories(ws, 'header.csv', 'territory_id,name\n');
    assert.deepEqual([empty.rowsIn, empty.rowsLoaded, empty.rowsRejected], [0, 0, 0]);
    await assert.rejects(territories(ws, 'zero.csv', ''), /zero\.csv is empty \(0 bytes\)/);
    await assert.rejects(territories(ws, 'blank.csv', '\n\n  \n'), /blank\.csv has no header row/);
    const [n] = await ws.all<{ n: number }>('select count(*) as n from imports');
    assert.equal(n?.n, 1); // only the header-only import was recorded
  }));

test('a 10 MB field is read whole', () =>
  withWs(async (ws) => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    const report = await territories(ws, 'big-field.csv', `territory_id,name,region\nT1,"${big}",N\nT2,small,S\n`);
    assert.deepEqual([report.rowsLoaded, report.rowsRejected], [2, 0]);
    const [row] = await ws.all<{ n: number }>(`select length(name) as n from territories where territory_id = 'T1'`);
    assert.equal(row?.n, big.length);
  }));

test('a Qualtrics export: the 2 extra header rows are skipped, ResponseId and QID columns recognised', () =>
  withWs(async (ws) => {
    const csv = [
      'StartDate,EndDate,Duration (in seconds),ResponseId,Q1,Q2',
      'Start Date,End Date,Duration (in seconds),Response ID,"How useful is\nthe device?",Would you recommend it?',
      '"{""ImportId"":""startDate""}","{""ImportId"":""endDate""}","{""ImportId"":""duration""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID1""}","{""ImportId"":""QID2""}"',
      '2024-03-01 10:00:00,2024-03-01 10:05:00,300,R_abc,4,5',
      '2024-03-02 11:00:00,2024-03-02 11:01:00,60,R_def,9,1',
    ].join('\n');
    const map = tmp.file('q.yaml', 'table: survey\nitems:\n  scale: { min: 1, max: 5 }\n');
    const report = await importFile({ workspace: ws, table: 'survey', file: tmp.file('qualtrics.csv', csv), mappingFile: map });
    assert.ok(report.warnings.some((w) => /Qualtrics/.test(w)));
    assert.deepEqual([report.rowsIn, report.rowsLoaded, report.rowsRejected], [2, 1, 1]);
    assert.deepEqual(report.rejects, [{ row: 5, column: 'Q1', value: '9', reason: "outside the question's scale 1..5" }]);
    assert.deepEqual(await ws.all('select respondent_id, duration_seconds from survey_respondents'), [{ respondent_id: 'R_abc', duration_seconds: 300 }]);
    assert.deepEqual(await ws.all(`select text from survey_questions where question_id = 'Q1'`), [{ text: 'How useful is\nthe device?' }]);
  }));
