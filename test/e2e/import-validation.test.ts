/**
 * Validation at import: duplicate ids (in the file and against the workspace), missing required columns,
 * references, Likert scales, suppressed counts, dates, enumerations, booleans and whole numbers. Every
 * rejected row is reported with row, column, value and reason, and rows in = loaded + rejected.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryWorkspace, type Workspace } from '../../src/data/workspace.js';
import { importFile, type ImportReport } from '../../src/pipeline/import-file.js';
import { tempDir } from '../support/import-fixtures.js';

const tmp = tempDir();
after(() => tmp.remove());
let n = 0;

async function withWs<T>(run: (ws: Workspace) => Promise<T>): Promise<T> {
  const ws = await memoryWorkspace();
  try {
    return await run(ws);
  } finally {
    ws.close();
  }
}

function load(ws: Workspace, table: string, csv: string, mapping?: string): Promise<ImportReport> {
  n++;
  const file = tmp.file(`f${n}.csv`, csv);
  return importFile({ workspace: ws, table, file, ...(mapping ? { mappingFile: tmp.file(`m${n}.yaml`, mapping) } : {}) });
}

const accounting = (r: ImportReport): number[] => [r.rowsIn, r.rowsLoaded, r.rowsRejected];

test('duplicate ids: later copies in the file are rejected naming the first row; ids already in the workspace are updated', () =>
  withWs(async (ws) => {
    const first = await load(ws, 'accounts', 'account_id,name,type\nA1,Mercy,hospital\nA2,Clinic,asc\nA1,Mercy Again,hospital\n');
    assert.deepEqual(accounting(first), [3, 2, 1]);
    assert.deepEqual(first.rejects, [{ row: 4, column: 'account_id', value: 'A1', reason: 'duplicate key; first seen on row 2' }]);
    const second = await load(ws, 'accounts', 'account_id,name,type,beds\nA1,Mercy Renamed,hospital,120\nA3,Lab,independent lab,\n');
    assert.deepEqual(accounting(second), [2, 2, 0]);
    assert.deepEqual(await ws.all('select account_id, name, type, beds from accounts order by 1'), [
      { account_id: 'A1', name: 'Mercy Renamed', type: 'hospital', beds: 120 },
      { account_id: 'A2', name: 'Clinic', type: 'asc', beds: null },
      { account_id: 'A3', name: 'Lab', type: 'independent_lab', beds: null },
    ]);
  }));

test('a partial file updates only the fields it maps', () =>
  withWs(async (ws) => {
    await load(ws, 'accounts', 'account_id,name,type,state\nA1,Mercy,hospital,ME\n');
    await load(ws, 'accounts', 'account_id,name,type,beds\nA1,Mercy,hospital,80\n');
    assert.deepEqual(await ws.all('select state, beds from accounts'), [{ state: 'ME', beds: 80 }]);
  }));

test('a missing required column stops the import, names the column, and loads nothing', () =>
  withWs(async (ws) => {
    await assert.rejects(load(ws, 'stakeholders', 'stakeholder_id,name\nS1,Ann\n'), (e: Error) => {
      assert.match(e.message, /table stakeholders requires column `role`; the file has stakeholder_id, name/);
      return true;
    });
    assert.deepEqual(await ws.all('select (select count(*) from stakeholders) as s, (select count(*) from imports) as i'), [{ s: 0, i: 0 }]);
  }));

test('mapping and table mistakes are named: unknown table, field, column; mapping for another table', () =>
  withWs(async (ws) => {
    await assert.rejects(load(ws, 'doctors', 'a\n1\n'), /unknown table `doctors`; --table requires one of territories, products, accounts, stakeholders/);
    await assert.rejects(load(ws, 'territories', 'a\n1\n', 'fields:\n  territory: a\n'), /mapping names field `territory`, which table territories does not have/);
    await assert.rejects(load(ws, 'territories', 'a\n1\n', 'fields:\n  territory_id: b\n'), /takes `territory_id` from column `b`, which the file does not have; its columns are a/);
    await assert.rejects(load(ws, 'territories', 'a\n1\n', 'table: accounts\n'), /mapping is for table `accounts` but --table is `territories`/);
    await assert.rejects(load(ws, 'territories', 'a\n1\n', 'fields:\n  territory_id: { from: a, value: x }\n'), /fields.territory_id: a field takes its value from at most one/);
  }));

test('dangling references are rejected: stakeholder → account, affiliation → stakeholder and account', () =>
  withWs(async (ws) => {
    await load(ws, 'accounts', 'account_id,name,type\nA1,Mercy,hospital\n');
    const s = await load(ws, 'stakeholders', 'stakeholder_id,role,account_id\nS1,physician,A1\nS2,nurse,A9\nS3,IT,\n');
    assert.deepEqual(accounting(s), [3, 2, 1]);
    assert.deepEqual(s.rejects, [{ row: 3, column: 'account_id', value: 'A9', reason: 'not found in accounts' }]);
    const a = await load(ws, 'affiliations', 'stakeholder_id,account_id,kind\nS1,A1,primary\nS9,A1,primary\nS1,A7,admitting\n');
    assert.deepEqual(a.rejects.map((r) => [r.row, r.column, r.reason]), [
      [3, 'stakeholder_id', 'not found in stakeholders'],
      [4, 'account_id', 'not found in accounts'],
    ]);
  }));

test('long-format responses: unknown question or respondent rejected, Likert values outside the scale rejected', () =>
  withWs(async (ws) => {
    await load(ws, 'survey_questions', 'question_id,text,type,scale_min,scale_max\nQ1,Trust,Likert,1,5\nQ2,Age,numeric,,\n');
    await load(ws, 'survey_respondents', 'respondent_id\nR1\nR2\n');
    const r = await load(ws, 'survey_responses', 'respondent_id,question_id,value\nR1,Q1,3\nR1,Q2,54\nR2,Q1,7\nR2,Q1,0\nR3,Q1,2\nR2,Q9,1\n');
    assert.deepEqual(accounting(r), [6, 2, 4]);
    assert.deepEqual(r.rejects.map((x) => [x.row, x.column, x.value, x.reason]), [
      [4, 'value', '7', "outside the question's scale 1..5"],
      [5, 'value', '0', "outside the question's scale 1..5"],
      [6, 'respondent_id', 'R3', 'not found in survey_respondents'],
      [7, 'question_id', 'Q9', 'not found in survey_questions'],
    ]);
  }));

test('suppressed counts (CMS blanks counts under 11) stay NULL and flagged, never zero; a real 0 stays 0', () =>
  withWs(async (ws) => {
    await load(ws, 'stakeholders', 'stakeholder_id,role\nS1,physician\n');
    await load(ws, 'accounts', 'account_id,name,type\nA1,Mercy,hospital\n');
    const csv = 'entity_id,entity_kind,code,period,count\nS1,stakeholder,27870,2024Q1,14\nS1,stakeholder,27880,2024Q1,\nA1,account,27870,2024Q1,0\nA1,account,27880,2024Q1,*\n';
    const r = await load(ws, 'volumes', csv, 'fields:\n  count: { from: count, missing: ["*"] }\n');
    assert.deepEqual(accounting(r), [4, 4, 0]);
    assert.deepEqual(await ws.all('select entity_id, code, count, suppressed from volumes order by entity_id desc, code'), [
      { entity_id: 'S1', code: '27870', count: 14, suppressed: false },
      { entity_id: 'S1', code: '27880', count: null, suppressed: true },
      { entity_id: 'A1', code: '27870', count: 0, suppressed: false },
      { entity_id: 'A1', code: '27880', count: null, suppressed: true },
    ]);
    const again = await load(ws, 'volumes', csv, 'fields:\n  count: { from: count, missing: ["*"] }\n');
    assert.equal(again.rowsLoaded, 4);
    assert.deepEqual(await ws.all('select count(*) as n from volumes'), [{ n: 4 }]); // natural-key upsert
  }));

test('volumes: an entity of the wrong kind, a negative count and a fractional count are rejected', () =>
  withWs(async (ws) => {
    await load(ws, 'stakeholders', 'stakeholder_id,role\nS1,physician\n');
    const r = await load(ws, 'volumes', 'entity_id,entity_kind,code,period,count\nS1,account,X,2024,1\nS1,stakeholder,X,2024,-3\nS1,stakeholder,Y,2024,2.5\nS1,clinic,Z,2024,1\n');
    assert.deepEqual(r.rejects.map((x) => [x.row, x.column, x.reason]), [
      [2, 'entity_id', 'not found in accounts'],
      [3, 'count', 'negative value'],
      [4, 'count', 'not a whole number'],
      [5, 'entity_kind', 'not one of stakeholder, account'],
    ]);
  }));

test('dates: impossible, unparsable, formatted and future last_verified', () =>
  withWs(async (ws) => {
    const csv = 'territory_id,last_verified\nT1,2024-02-29\nT2,2023-02-30\nT3,yesterday\nT4,2999-01-01\nT5,\n';
    const r = await load(ws, 'territories', csv);
    assert.deepEqual(r.rejects.map((x) => [x.row, x.value, x.reason]), [
      [3, '2023-02-30', 'impossible date'],
      [4, 'yesterday', 'not a date (expected YYYY-MM-DD)'],
      [5, '2999-01-01', 'impossible date'],
    ]);
    const us = await load(ws, 'territories', 'territory_id,checked\nT6,03/15/2024\nT7,13/45/2024\n', 'fields:\n  last_verified: { from: checked, format: "%m/%d/%Y" }\n');
    assert.deepEqual(us.rejects.map((x) => [x.row, x.reason]), [[3, 'impossible date']]);
    const rows = await ws.all<{ territory_id: string; d: string }>(`select territory_id, strftime(last_verified, '%Y-%m-%d') as d from territories where territory_id in ('T1', 'T5', 'T6') order by 1`);
    assert.deepEqual(rows.map((x) => [x.territory_id, x.d]), [['T1', '2024-02-29'], ['T5', new Date().toISOString().slice(0, 10)], ['T6', '2024-03-15']]);
    const future = await load(ws, 'territories', 'territory_id,last_verified\nT8,2090-01-01\n');
    assert.deepEqual(future.rejects.map((x) => x.reason), ['date is in the future']);
  }));

test('enumerations accept labels and codes; booleans accept yes/no/Y/1 and mapped spellings; recoding maps', () =>
  withWs(async (ws) => {
    const a = await load(ws, 'accounts', 'account_id,name,type,has_vac\nA1,a,Health System/IDN,Yes\nA2,b,GPO,n\nA3,c,Ambulatory Surgery Center,1\nA4,d,spaceship,maybe\n');
    assert.deepEqual(a.rejects.map((x) => [x.row, x.column, x.reason]), [
      [5, 'has_vac', 'not a yes/no value'],
      [5, 'type', 'not one of hospital, asc, specialty_clinic, independent_lab, health_system, gpo, distributor, payer, pharmacy'],
    ]);
    assert.deepEqual(await ws.all('select type, has_vac from accounts order by account_id'), [
      { type: 'health_system', has_vac: true },
      { type: 'gpo', has_vac: false },
      { type: 'asc', has_vac: true },
    ]);
    const s = await load(ws, 'stakeholders', 'id,job,ok\nS1,MD,oui\nS2,RN,non\n', 'fields:\n  stakeholder_id: id\n  role: { from: job, map: { MD: physician, RN: nurse } }\n  consent_email: { from: ok, true: [oui], false: [non] }\n');
    assert.equal(s.rowsLoaded, 2);
    assert.deepEqual(await ws.all('select role, consent_email from stakeholders order by 1'), [
      { role: 'nurse', consent_email: false },
      { role: 'physician', consent_email: true },
    ]);
  }));

test('source and last_verified are recorded per row; the import and its rejects are recorded', () =>
  withWs(async (ws) => {
    const r = await importFile({ workspace: ws, table: 'territories', file: tmp.file('src.csv', 'territory_id\nT1\n\u0000bad,x\n'), source: 'crm-2024' });
    const [row] = await ws.all('select source, last_verified = current_date as today from territories');
    assert.deepEqual(row, { source: 'crm-2024', today: true });
    const [imp] = await ws.all<{ rows_in: number; rows_loaded: number; rows_rejected: number; source: string }>('select rows_in, rows_loaded, rows_rejected, source from imports');
    assert.deepEqual(imp, { rows_in: r.rowsIn, rows_loaded: r.rowsLoaded, rows_rejected: r.rowsRejected, source: 'crm-2024' });
    assert.equal(r.rowsIn, r.rowsLoaded + r.rowsRejected);
  }));
