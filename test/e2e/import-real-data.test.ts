/**
 * The importers on real public files (../shared/data), through mapping files, with exact row accounting.
 * Expected counts were computed independently with Python's csv module, e.g.
 *   python3 -c "import csv; r=list(csv.DictReader(open('Hospital_General_Information.csv')));
 *     print(len(r), [(i+2, x['Facility ID']) for i,x in enumerate(r) if x['Hospital Type']=='Not Available'])"
 *   → 5425 [(1897, '174025'), (4471, '444032')]
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { memoryWorkspace } from '../../src/data/workspace.js';
import { importFile } from '../../src/pipeline/import-file.js';
import { sharedData } from '../support/shared-data.js';
import { tempDir } from '../support/import-fixtures.js';

const dac = sharedData('cms-doctors-clinicians-maine', 'dac_maine_clinicians.csv');
const hospitals = sharedData('cms-hospital-general-information', 'Hospital_General_Information.csv');
const science = sharedData('survey-ltm-science', 'science.csv');
const bfi = sharedData('survey-sapa-bfi', 'bfi.csv');
const tmp = tempDir();
after(() => tmp.remove());

const dacMap = tmp.file(
  'dac.map.yaml',
  `table: stakeholders
source: cms-dac-maine
fields:
  stakeholder_id: NPI
  npi: NPI
  name: Provider Name
  role: { value: clinician }
  specialty: Primary Specialty
  state: State
  zip: ZIP5
`,
);

test('CMS clinicians (Maine) → stakeholders: 3,516 rows, every real NPI passes its Luhn check, re-import is idempotent', { skip: dac.skip }, async () => {
  const ws = await memoryWorkspace();
  try {
    const first = await importFile({ workspace: ws, table: 'stakeholders', file: dac.path, mappingFile: dacMap });
    // python: len(rows) = 3516, unique NPIs = 3516, Luhn-valid with prefix 80840 = 3516
    assert.deepEqual([first.rowsIn, first.rowsLoaded, first.rowsRejected], [3516, 3516, 0]);
    const again = await importFile({ workspace: ws, table: 'stakeholders', file: dac.path, mappingFile: dacMap });
    assert.deepEqual([again.rowsIn, again.rowsLoaded, again.rowsRejected], [3516, 3516, 0]);
    const [row] = await ws.all<{ n: number; sources: number; today: boolean; zip5: number }>(
      `select count(*) as n, count(distinct source) as sources, bool_and(last_verified = current_date) as today,
              count(*) filter (where length(zip) = 5) as zip5 from stakeholders`,
    );
    assert.deepEqual(row, { n: 3516, sources: 1, today: true, zip5: 3516 });
    const [gilman] = await ws.all(`select npi, name, specialty, zip, source from stakeholders where stakeholder_id = '1003005174'`);
    assert.deepEqual(gilman, { npi: '1003005174', name: 'DAVID GILMAN', specialty: 'PHYSICIAN ASSISTANT', zip: '04102', source: 'cms-dac-maine' });
    const imports = await ws.all<{ rows_in: number }>('select rows_in from imports');
    assert.deepEqual(imports.map((i) => i.rows_in), [3516, 3516]);
  } finally {
    ws.close();
  }
});

test('CMS clinicians with three corrupted NPIs: exactly those rows are rejected, by row number', { skip: dac.skip }, async () => {
  const lines = readFileSync(dac.path, 'utf8').split('\n');
  // file rows 2, 100 and 3517 (last data row): change the check digit / drop a digit
  const corrupt = (row: number, edit: (npi: string) => string): void => {
    const line = lines[row - 1] ?? '';
    const npi = line.slice(0, 10);
    lines[row - 1] = edit(npi) + line.slice(10);
  };
  corrupt(2, (n) => n.slice(0, 9) + String((Number(n[9]) + 1) % 10));
  corrupt(100, (n) => n.slice(0, 9) + String((Number(n[9]) + 5) % 10));
  corrupt(3517, (n) => n.slice(0, 9));
  const file = tmp.file('dac-bad.csv', lines.join('\n'));
  const ws = await memoryWorkspace();
  try {
    const report = await importFile({ workspace: ws, table: 'stakeholders', file, mappingFile: dacMap });
    assert.deepEqual([report.rowsIn, report.rowsLoaded, report.rowsRejected], [3516, 3513, 3]);
    const npiRejects = report.rejects.filter((r) => r.column === 'NPI');
    assert.deepEqual(npiRejects.map((r) => [r.row, r.reason]), [
      [2, 'NPI check digit fails (Luhn with prefix 80840)'],
      [100, 'NPI check digit fails (Luhn with prefix 80840)'],
      [3517, 'NPI requires 10 digits'],
    ]);
    const stored = await ws.all<{ n: number }>(`select count(*) as n from import_rejects where import_id = $1`, [report.importId]);
    assert.equal(stored[0]?.n, report.rejectsTotal);
  } finally {
    ws.close();
  }
});

test('CMS hospitals → accounts: "Not Available" is missing, so the 2 rows without a type are rejected', { skip: hospitals.skip }, async () => {
  const map = tmp.file(
    'hospitals.map.yaml',
    `table: accounts
source: cms-hospital-general-information
null_values: ["Not Available"]
fields:
  account_id: Facility ID
  name: Facility Name
  city: City/Town
  state: State
  zip: ZIP Code
  type:
    from: Hospital Type
    strict_map: true
    map:
      Acute Care Hospitals: hospital
      Critical Access Hospitals: hospital
      Psychiatric: hospital
      Childrens: hospital
      Acute Care - Veterans Administration: hospital
      Acute Care - Department of Defense: hospital
`,
  );
  const ws = await memoryWorkspace();
  try {
    const report = await importFile({ workspace: ws, table: 'accounts', file: hospitals.path, mappingFile: map });
    assert.deepEqual([report.rowsIn, report.rowsLoaded, report.rowsRejected], [5425, 5423, 2]);
    assert.deepEqual(report.rejects, [
      { row: 1897, column: 'Hospital Type', value: 'Not Available', reason: '`type` is required' },
      { row: 4471, column: 'Hospital Type', value: 'Not Available', reason: '`type` is required' },
    ]);
    // CCNs keep their leading zeros
    const [first] = await ws.all(`select account_id, name, type, state from accounts where account_id = '010001'`);
    assert.deepEqual(first, { account_id: '010001', name: 'SOUTHEAST HEALTH MEDICAL CENTER', type: 'hospital', state: 'AL' });
  } finally {
    ws.close();
  }
});

test('science survey (wide, 392 × 7 Likert items) → respondents, questions and 2,744 responses', { skip: science.skip }, async () => {
  const map = tmp.file('science.map.yaml', `table: survey\nfields:\n  respondent_id: { row: { prefix: "sci-" } }\nitems:\n  scale: { min: 1, max: 4 }\n  battery: science\n  labels: { "1": strongly disagree, "2": disagree, "3": agree, "4": strongly agree }\n`);
  const ws = await memoryWorkspace();
  try {
    const report = await importFile({ workspace: ws, table: 'survey', file: science.path, mappingFile: map });
    assert.deepEqual([report.rowsIn, report.rowsLoaded, report.rowsRejected], [392, 392, 0]);
    assert.deepEqual(report.tables, { survey_questions: 7, survey_respondents: 392, survey_responses: 2744 });
    // python: sum(int(r['Comfort'])) = 1223
    const [comfort] = await ws.all(`select count(*) as n, sum(value) as total from survey_responses where question_id = 'Comfort'`);
    assert.deepEqual(comfort, { n: 392, total: 1223 });
    const [q] = await ws.all(`select type, scale_min, scale_max, battery, options from survey_questions where question_id = 'Benefit'`);
    assert.deepEqual(q, { type: 'likert', scale_min: 1, scale_max: 4, battery: 'science', options: '{"1":"strongly disagree","2":"disagree","3":"agree","4":"strongly agree"}' });
    const [first] = await ws.all(`select respondent_id from survey_respondents order by respondent_id limit 1`);
    assert.deepEqual(first, { respondent_id: 'sci-10' }); // rows 2..393; 'sci-10' sorts first as text
  } finally {
    ws.close();
  }
});

test('bfi survey (2,800 × 25 items, 731 blanks among all columns): missing answers are not stored', { skip: bfi.skip }, async () => {
  const items = ['A', 'C', 'E', 'N', 'O'].flatMap((s) => [1, 2, 3, 4, 5].map((i) => `${s}${i}`));
  const map = tmp.file('bfi.map.yaml', `table: survey\nfields:\n  respondent_id: { row: { prefix: "bfi-" } }\nitems:\n  columns: [${items.join(', ')}]\n  scale: { min: 1, max: 6 }\n  question_prefix: "bfi_"\n`);
  const ws = await memoryWorkspace();
  try {
    const report = await importFile({ workspace: ws, table: 'survey', file: bfi.path, mappingFile: map });
    assert.deepEqual([report.rowsIn, report.rowsLoaded, report.rowsRejected], [2800, 2800, 0]);
    // python: non-empty item cells = 69492; sum of N1 = 8137
    assert.equal(report.tables.survey_responses, 69492);
    const [n1] = await ws.all(`select sum(value) as total from survey_responses where question_id = 'bfi_N1'`);
    assert.deepEqual(n1, { total: 8137 });
    assert.ok(report.warnings.some((w) => /gender, education, age/.test(w)), report.warnings.join('; '));
  } finally {
    ws.close();
  }
});
