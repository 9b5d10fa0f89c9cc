/**
 * Personas for teams without data: `segmap persona add D --file personas.yaml` stores 3–5 hand-made
 * personas with optional rules, assigns stakeholders (memberships of kind persona), stores persona cards;
 * `persona list` and `persona export` give the same cards and exports as data-driven segments; and once
 * the workspace has data, `segmap report D` profiles the persona segmentation.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { plantedWorkspace, segmap } from './profile-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'segmap-personas-'));
const personas = `
personas:
  - id: cardio-champion
    name: The cardiology champion
    description: Adopts early when the evidence is strong.
    drivers: [long-term outcomes]
    barriers: [VAC process length]
    channels: [congress symposia]
    content: [clinical dossier]
    talkingPoints: [Lead with 24-month data]
    rules: { field: specialty, equal: cardiology }
  - id: physician
    name: The practising physician
    description: Busy; wants ease of use.
    drivers: [ease of use]
    channels: [rep visits]
    rules: { field: role, equal: physician }
  - id: buyer
    name: The buyer
    description: Procurement; weighs total cost.
    drivers: [total cost]
    talkingPoints: ["=cost model first"]
    rules: { field: role, oneOf: [procurement, administrator] }
  - id: nurse
    name: The procedure-room nurse
    description: Runs the room.
`;

before(async () => {
  await plantedWorkspace(dir);
  writeFileSync(join(dir, 'personas.yaml'), personas);
});

test('persona add stores personas, assigns by rules in priority order, and persona list shows the counts', () => {
  const r = segmap('persona', 'add', dir, '--file', join(dir, 'personas.yaml'), '--json');
  assert.equal(r.status, 0, r.stderr);
  const added = JSON.parse(r.stdout) as { added: number; personas: { id: string; assigned: number | null }[] };
  assert.equal(added.added, 4);
  const counts = Object.fromEntries(added.personas.map((p) => [p.id, p.assigned]));
  // planted: 120 "evidence" respondents, ~80% physicians in cardiology; cardiology wins over physician (priority)
  assert.ok((counts['cardio-champion'] ?? 0) > 70 && (counts.physician ?? 0) > 0 && (counts.buyer ?? 0) > 0);
  assert.equal(counts.nurse, null);
  const total = (counts['cardio-champion'] ?? 0) + (counts.physician ?? 0) + (counts.buyer ?? 0);
  assert.ok(total <= 370, 'each stakeholder holds at most one persona');
  const list = segmap('persona', 'list', dir, '--json');
  assert.equal(list.status, 0, list.stderr);
  const listed = JSON.parse(list.stdout) as { id: string; assigned: number | null }[];
  assert.deepEqual(listed.map((p) => p.id), ['cardio-champion', 'physician', 'buyer', 'nurse']);
  assert.equal(listed[0]?.assigned, counts['cardio-champion']);
  // adding the same file again updates, and assignments are verified, not duplicated
  const again = JSON.parse(segmap('persona', 'add', dir, '--file', join(dir, 'personas.yaml'), '--json').stdout) as { added: number; updated: number };
  assert.deepEqual([again.added, again.updated], [0, 4]);
});

test('persona export writes the cards workbook and report; formula-like text is inert', async () => {
  const out = join(dir, 'exports');
  const r = segmap('persona', 'export', dir, '--out', out);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(existsSync(join(out, 'personas.xlsx')) && existsSync(join(out, 'personas.html')));
  const html = readFileSync(join(out, 'personas.html'), 'utf8');
  assert.ok(html.includes('The cardiology champion') && html.includes('Lead with 24-month data'));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(out, 'personas.xlsx'));
  const sheet = workbook.getWorksheet('Cards');
  const names = (sheet?.getRow(1).values as unknown[]).filter((v) => typeof v === 'string' && v !== '');
  assert.deepEqual(names, ['The cardiology champion', 'The practising physician', 'The buyer', 'The procedure-room nurse']);
  // the buyer's talking point "=cost model first" is a bulleted line: the cell cannot start a formula
  const talking = sheet?.getRow(12).getCell(4).value;
  assert.equal(talking, '• =cost model first');
});

test('with data attached, report D profiles the persona segmentation and keeps the persona cards', () => {
  const r = segmap('report', dir, '--out', join(dir, 'persona-report.html'), '--json');
  assert.equal(r.status, 0, r.stderr);
  const result = JSON.parse(r.stdout) as { segmentation: string; source: string };
  assert.deepEqual([result.segmentation, result.source], ['personas', 'new profile']);
  const html = readFileSync(join(dir, 'persona-report.html'), 'utf8');
  assert.ok(html.includes('The cardiology champion'));
  const stored = segmap('report', dir, '--export-cards', join(dir, 'cards.yaml'), '--json');
  assert.equal(JSON.parse(stored.stdout).source, 'stored profile');
  assert.match(readFileSync(join(dir, 'cards.yaml'), 'utf8'), /source: persona/);
});

test('bad persona files: one clear line, nothing stored', () => {
  const bad = (name: string, text: string): string => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const cases: [string, RegExp][] = [
    [bad('unknown.yaml', 'personas:\n  - id: a\n    name: A\n    rules: { field: specality, equal: x }\n'), /specality/],
    [bad('dup.yaml', 'personas:\n  - id: a\n    name: A\n  - id: a\n    name: B\n'), /persona `a` is defined twice/],
    [bad('badid.yaml', 'personas:\n  - id: Bad Id\n    name: A\n'), /personas\.0\.id: an id requires lowercase letters, digits and dashes/],
    [bad('none.yaml', 'personas: []\n'), /a persona set requires 1 to 12 personas \(3 to 5 recommended\), got 0/],
  ];
  for (const [file, message] of cases) {
    const r = segmap('persona', 'add', dir, '--file', file);
    assert.equal(r.status, 3, r.stderr);
    const errors = r.stderr.trim().split('\n').filter((l) => l.startsWith('segmap:'));
    assert.equal(errors.length, 1, r.stderr);
    assert.match(errors[0] ?? '', message);
  }
  const list = JSON.parse(segmap('persona', 'list', dir, '--json').stdout) as unknown[];
  assert.equal(list.length, 4);
  const one = bad('one.yaml', 'segmentation: solo\npersonas:\n  - id: only\n    name: Only one\n');
  const r = segmap('persona', 'add', dir, '--file', one);
  assert.equal(r.status, 0);
  assert.match(r.stderr, /1 personas defined; 3 to 5 are easier for a team to act on/);
});

test('a workspace with personas but no data gets a personas report', () => {
  const empty = mkdtempSync(join(tmpdir(), 'segmap-personas-only-'));
  assert.equal(segmap('init', empty).status, 0);
  writeFileSync(join(empty, 'p.yaml'), 'personas:\n  - id: a\n    name: Alpha\n  - id: b\n    name: Beta\n  - id: c\n    name: Gamma\n');
  assert.equal(segmap('persona', 'add', empty, '--file', join(empty, 'p.yaml')).status, 0);
  const r = segmap('report', empty, '--json');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).source, 'personas');
  const html = readFileSync(join(empty, 'out', 'report.html'), 'utf8');
  assert.ok(html.includes('Alpha') && html.includes('Gamma'));
});
