/**
 * The `segmap export calllist` contract (BRIEF.md): CSV and XLSX per territory, CRM-friendly columns,
 * stale records flagged, a delta against the previous export, an audit record per export, and a
 * formula-like name imported through `segmap import` coming out inert in both formats.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openWorkspace } from '../../src/data/workspace.js';
import { recordMemberships } from '../../src/data/memberships.js';
import { repoRoot } from '../support/shared-data.js';

const injected = '=HYPERLINK("http://x","y")';

function segmap(...args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC', SEGMAP_USER: 'tester' },
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A Luhn-valid NPI (check digit computed over the 80840 prefix, as CMS specifies). */
function npi(base9: string): string {
  const digits = `80840${base9}`.split('').map(Number);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits[digits.length - 1 - i] ?? 0;
    if (i % 2 === 0) d *= 2;
    sum += d > 9 ? d - 9 : d;
  }
  return `${base9}${(10 - (sum % 10)) % 10}`;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; } else if (ch === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else if (ch !== '\r') cell += ch;
  }
  return rows;
}

let dir = '';

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'segmap-calllist-'));
  assert.equal(segmap('init', dir).status, 0);
  const ws = await openWorkspace(dir);
  await ws.run(`insert into territories (territory_id, name, rep_name, rep_email) values ('T-NORTH', 'North', 'Rob Rep', 'rob@example.com'), ('T-SOUTH', 'South', 'Sue Rep', 'sue@example.com')`);
  await ws.run(`insert into accounts (account_id, name, type, territory_id, last_verified) values
    ('A1', 'Mercy General', 'hospital', 'T-NORTH', date '2024-05-01'), ('A2', 'Lakeside ASC', 'ASC', 'T-SOUTH', date '2024-05-01')`);
  ws.close();
  const csv = [
    'stakeholder_id,npi,name,role,specialty,account_id,territory_id,last_verified',
    `S1,${npi('123456789')},"${injected.replaceAll('"', '""')}",physician,Orthopedic Surgery,A1,T-NORTH,2024-06-01`,
    `S2,${npi('223456789')},Dr Bea Old,physician,Cardiology,A1,T-NORTH,2021-01-01`,
    `S3,${npi('323456789')},Dr Cy South,nurse,,A2,T-SOUTH,2024-06-01`,
  ].join('\n');
  writeFileSync(join(dir, 'hcp.csv'), `${csv}\n`);
  const imported = segmap('import', dir, join(dir, 'hcp.csv'), '--table', 'stakeholders', '--json');
  assert.equal(imported.status, 0, imported.stderr);
  assert.equal(JSON.parse(imported.stdout).rowsLoaded, 3);
  const ws2 = await openWorkspace(dir);
  const at = new Date('2024-06-15T00:00:00Z');
  await recordMemberships(ws2, { kind: 'statistical', segmentation: 'survey', runId: 'r1', at, rows: [
    { entityKind: 'stakeholder', entityId: 'S1', segment: 'Innovators', confidence: 0.93 },
    { entityKind: 'stakeholder', entityId: 'S2', segment: 'Pragmatists', confidence: 0.71 },
  ] });
  await recordMemberships(ws2, { kind: 'quadrant', segmentation: 'opportunity', runId: 'p1', at, rows: [{ entityKind: 'account', entityId: 'A1', segment: 'growth' }] });
  await recordMemberships(ws2, { kind: 'tier', segmentation: 'opportunity', runId: 'p1', at, rows: [{ entityKind: 'account', entityId: 'A1', segment: '1' }] });
  ws2.close();
});

test('a territory call list as CSV: CRM columns, tags, stale flag, inert formula', () => {
  const out = join(dir, 'north.csv');
  const r = segmap('export', 'calllist', dir, '--territory', 'T-NORTH', '--out', out, '--as-of', '2024-06-30', '--json');
  assert.equal(r.status, 0, r.stderr);
  const result = JSON.parse(r.stdout);
  assert.equal(result.rows, 2);
  assert.equal(result.stale, 1);
  const [header, ...rows] = parseCsv(readFileSync(out, 'utf8'));
  assert.deepEqual(header?.slice(0, 3), ['stakeholder_id', 'npi', 'name']);
  const col = (name: string) => header?.indexOf(name) ?? -1;
  const byId = new Map(rows.map((row) => [row[0], row]));
  const s1 = byId.get('S1');
  const s2 = byId.get('S2');
  assert.equal(s1?.[col('name')], `'${injected}`, 'formula-like name is prefixed so spreadsheets show it as text');
  assert.equal(s1?.[col('segment')], 'Innovators');
  assert.equal(s1?.[col('quadrant')], 'growth');
  assert.equal(s1?.[col('tier')], '1');
  assert.equal(s1?.[col('stale')], 'false');
  assert.equal(s1?.[col('next_step')], 'book a meeting: high potential, low share');
  assert.equal(s2?.[col('stale')], 'true');
  assert.equal(s2?.[col('stale_reason')], 'stakeholder last verified 2021-01-01');
  assert.equal(s2?.[col('next_step')], 'verify role and contact details before outreach');
  assert.ok(!byId.has('S3'), 'other territories are not exported');
});

test('XLSX with Veeva headers: the formula-like name is a plain string cell', async () => {
  const out = join(dir, 'north.xlsx');
  const r = segmap('export', 'calllist', dir, '--territory', 'T-NORTH', '--out', out, '--crm', 'veeva', '--as-of', '2024-06-30');
  assert.equal(r.status, 0, r.stderr);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const sheet = workbook.getWorksheet('Call list');
  assert.ok(sheet);
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  assert.deepEqual(header.slice(0, 3), ['External_ID_vod__c', 'NPI_vod__c', 'Name']);
  const cells: ExcelJS.Cell[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell)));
  assert.equal(cells.filter((c) => c.type === ExcelJS.ValueType.Formula).length, 0, 'no formula cells at all');
  assert.ok(cells.some((c) => c.value === `'${injected}`));
  assert.ok(workbook.getWorksheet('Export'), 'the workbook says what it is');
});

test('LibreOffice opens the exported CSV with the name as text, not a formula', { skip: existsSync('/usr/bin/soffice') ? false : 'needs LibreOffice (soffice)' }, async () => {
  const csv = join(dir, 'north.csv');
  const convertDir = mkdtempSync(join(tmpdir(), 'segmap-lo-'));
  const r = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${convertDir}/profile`, '--convert-to', 'xlsx', '--outdir', convertDir, csv], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, r.stderr);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(convertDir, 'north.xlsx'));
  const cells: ExcelJS.Cell[] = [];
  workbook.worksheets[0]?.eachRow((row) => row.eachCell((cell) => void cells.push(cell)));
  assert.equal(cells.filter((c) => c.type === ExcelJS.ValueType.Formula || c.type === ExcelJS.ValueType.Hyperlink).length, 0);
  assert.ok(cells.some((c) => String(c.value).includes('HYPERLINK')));
});

test('the next export carries a delta and every export is audited', async () => {
  const ws = await openWorkspace(dir);
  await ws.run(`update stakeholders set specialty = 'Spine Surgery' where stakeholder_id = 'S1'`);
  await ws.run(`insert into stakeholders (stakeholder_id, name, role, account_id, territory_id, last_verified) values ('S4', 'Dr Dee New', 'physician', 'A1', 'T-NORTH', date '2024-06-20')`);
  await ws.run(`delete from stakeholders where stakeholder_id = 'S2'`);
  ws.close();
  const out = join(dir, 'north.csv');
  const deltaOut = join(dir, 'north-delta.csv');
  const r = segmap('export', 'calllist', dir, '--territory', 'T-NORTH', '--out', out, '--delta', deltaOut, '--as-of', '2024-06-30', '--json');
  assert.equal(r.status, 0, r.stderr);
  const result = JSON.parse(r.stdout);
  assert.deepEqual([result.added, result.removed, result.changed], [1, 1, 1]);
  const [header, ...rows] = parseCsv(readFileSync(deltaOut, 'utf8'));
  assert.deepEqual(header?.slice(0, 3), ['change', 'changed_fields', 'stakeholder_id']);
  assert.deepEqual(rows.map((row) => [row[0], row[1], row[2]]), [['added', '', 'S4'], ['changed', 'specialty', 'S1'], ['removed', '', 'S2']]);
  const audit = await openWorkspace(dir);
  const exports = await audit.all<{ scope: string; exported_by: string; row_count: number; format: string }>('select scope, exported_by, row_count, format from exports order by exported_at');
  audit.close();
  assert.deepEqual(exports.map((e) => [e.scope, e.exported_by, e.row_count, e.format]), [
    ['territory:T-NORTH', 'tester', 2, 'csv'],
    ['territory:T-NORTH', 'tester', 2, 'xlsx'],
    ['territory:T-NORTH', 'tester', 2, 'csv'],
  ]);
  const log = segmap('export', 'log', dir, '--json');
  assert.equal(log.status, 0, log.stderr);
  const records = JSON.parse(log.stdout) as { exportedBy: string; rowCount: number; added: number; previousExportId: string | null; exportId: string }[];
  assert.equal(records.length, 3);
  assert.deepEqual([records[0]?.added, records[0]?.previousExportId], [1, records[1]?.exportId], 'newest first, chained to the one before');
});

test('bad input: unknown territory with close matches, wrong extension', () => {
  const r = segmap('export', 'calllist', dir, '--territory', 'T-NORHT', '--out', join(dir, 'x.csv'));
  assert.notEqual(r.status, 0);
  assert.equal(r.stderr.trim(), 'segmap: unknown territory `T-NORHT` (did you mean `T-NORTH`?)');
  const ext = segmap('export', 'calllist', dir, '--out', join(dir, 'x.txt'));
  assert.notEqual(ext.status, 0);
  assert.match(ext.stderr, /requires a \.csv or \.xlsx extension/);
  assert.equal(ext.stderr.trim().split('\n').length, 1);
});
