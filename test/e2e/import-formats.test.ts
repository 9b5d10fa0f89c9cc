/**
 * Parquet, XLSX and SPSS .sav go through the same mapping and validation as CSV. Fixtures are built in a
 * temp dir: Parquet with DuckDB's COPY, XLSX with exceljs, .sav with test/support/write-sav.ts (whose
 * output R's foreign::read.spss reads back, checked below when Rscript is installed).
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { memoryWorkspace, type Workspace } from '../../src/data/workspace.js';
import { importFile } from '../../src/pipeline/import-file.js';
import { tempDir } from '../support/import-fixtures.js';
import { writeSav } from '../support/write-sav.js';

const tmp = tempDir();
after(() => tmp.remove());
const hasR = spawnSync('Rscript', ['--version']).status === 0;

async function withWs<T>(run: (ws: Workspace) => Promise<T>): Promise<T> {
  const ws = await memoryWorkspace();
  try {
    return await run(ws);
  } finally {
    ws.close();
  }
}

test('Parquet: typed columns are validated like text; rows are numbered from 1', () =>
  withWs(async (ws) => {
    const file = `${tmp.dir}/accounts.parquet`;
    await ws.run(`copy (select * from (values ('A1', 'Mercy', 'hospital', 120), ('A2', 'Lab', 'lab', -4), ('A3', 'X', 'castle', 10)) t(account_id, name, type, beds)) to '${file}' (format parquet)`);
    const r = await importFile({ workspace: ws, table: 'accounts', file });
    assert.equal(r.format, 'parquet');
    assert.deepEqual([r.rowsIn, r.rowsLoaded, r.rowsRejected], [3, 1, 2]);
    assert.deepEqual(r.rejects.map((x) => [x.row, x.column, x.reason.slice(0, 14)]), [
      [2, 'beds', 'negative value'],
      [3, 'type', 'not one of hos'],
    ]);
  }));

test('XLSX: the first sheet (or a named one), sheet row numbers, dates and numbers as text', () =>
  withWs(async (ws) => {
    const workbook = new ExcelJS.Workbook();
    const notes = workbook.addWorksheet('Notes');
    notes.addRow(['not data']);
    const sheet = workbook.addWorksheet('Territories');
    sheet.addRow([]);
    sheet.addRow(['territory_id', 'name', 'last_verified']);
    sheet.addRow(['T1', 'North', new Date(Date.UTC(2024, 4, 1))]);
    sheet.addRow(['T2', 'South', 'not a date']);
    sheet.addRow(['T3', { richText: [{ text: 'We' }, { text: 'st' }] }, new Date(Date.UTC(2024, 0, 31))]);
    const file = `${tmp.dir}/territories.xlsx`;
    await workbook.xlsx.writeFile(file);
    const map = tmp.file('xlsx.yaml', 'sheet: Territories\n');
    const r = await importFile({ workspace: ws, table: 'territories', file, mappingFile: map });
    assert.equal(r.format, 'xlsx');
    assert.deepEqual([r.rowsIn, r.rowsLoaded, r.rowsRejected], [3, 2, 1]);
    assert.deepEqual(r.rejects, [{ row: 4, column: 'last_verified', value: 'not a date', reason: 'not a date (expected YYYY-MM-DD)' }]);
    const rows = await ws.all<{ name: string; d: string }>(`select name, strftime(last_verified, '%Y-%m-%d') as d from territories order by 1`);
    assert.deepEqual(rows, [{ name: 'North', d: '2024-05-01' }, { name: 'West', d: '2024-01-31' }]);
    await assert.rejects(importFile({ workspace: ws, table: 'territories', file, mappingFile: tmp.file('x2.yaml', 'sheet: Nope\n') }), /has no sheet Nope/);
  }));

const savVariables = [
  { name: 'resp', type: 'string', label: 'Respondent id' },
  { name: 'q1', type: 'numeric', label: 'The device saves time', missing: [9], valueLabels: { 1: 'disagree', 2: 'neutral', 3: 'agree', 9: "don't know" } },
  { name: 'q2', type: 'numeric', label: 'I would recommend it', valueLabels: { 1: 'disagree', 2: 'neutral', 3: 'agree' } },
] as const;
const savRows = [['R1', 3, 2], ['R2', 9, 1], ['R3', 2, null], ['R4', 1, 5]] as const;

test('SPSS .sav survey: variable labels → question text, value labels → options, user-missing codes → no answer', () =>
  withWs(async (ws) => {
    const file = `${tmp.dir}/survey.sav`;
    writeSav(file, savVariables, savRows);
    const map = tmp.file('sav.yaml', 'fields:\n  respondent_id: RESP\nitems:\n  question_prefix: "dev_"\n');
    const r = await importFile({ workspace: ws, table: 'survey', file, mappingFile: map });
    assert.equal(r.format, 'sav');
    assert.deepEqual([r.rowsIn, r.rowsLoaded, r.rowsRejected], [4, 3, 1]);
    assert.deepEqual(r.rejects, [{ row: 4, column: 'Q2', value: '5', reason: "outside the question's scale 1..3" }]);
    assert.deepEqual(await ws.all('select question_id, text, scale_min, scale_max, options from survey_questions order by 1'), [
      { question_id: 'dev_Q1', text: 'The device saves time', scale_min: 1, scale_max: 3, options: '{"1":"disagree","2":"neutral","3":"agree"}' },
      { question_id: 'dev_Q2', text: 'I would recommend it', scale_min: 1, scale_max: 3, options: '{"1":"disagree","2":"neutral","3":"agree"}' },
    ]);
    // R2 answered q1 with 9 (user-missing) and R3 skipped q2: 6 cells - 2 = 4 answers from 3 respondents
    assert.deepEqual(await ws.all('select respondent_id, question_id, value from survey_responses order by 1, 2'), [
      { respondent_id: 'R1', question_id: 'dev_Q1', value: 3 },
      { respondent_id: 'R1', question_id: 'dev_Q2', value: 2 },
      { respondent_id: 'R2', question_id: 'dev_Q2', value: 1 },
      { respondent_id: 'R3', question_id: 'dev_Q1', value: 2 },
    ]);
  }));

test('the test .sav writer produces files R reads back identically', { skip: hasR ? false : 'Rscript not installed' }, () => {
  const file = `${tmp.dir}/r-check.sav`;
  writeSav(file, savVariables, savRows);
  // R 4.x, foreign::read.spss; user-missing kept as values (use.missings = FALSE) to compare raw codes
  const script = `library(foreign); d <- read.spss("${file}", to.data.frame = TRUE, use.value.labels = FALSE, use.missings = FALSE);
    cat(trimws(d$RESP), sep = ","); cat("\\n"); cat(d$Q1, sep = ","); cat("\\n"); cat(ifelse(is.na(d$Q2), "NA", d$Q2), sep = ","); cat("\\n");
    cat(attr(d, "variable.labels")[["Q1"]])`;
  const out = spawnSync('Rscript', ['-e', script], { encoding: 'utf8' });
  assert.equal(out.status, 0, out.stderr);
  assert.deepEqual(out.stdout.trim().split('\n'), ['R1,R2,R3,R4', '3,9,2,1', '2,1,NA,5', 'The device saves time']);
});
