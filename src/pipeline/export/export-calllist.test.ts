/**
 * The columnar export (DuckDB builds, sorts, writes and diffs the list) against the object path it
 * replaced (loadCallListSource → assembleCallList → tableToCsv, diffCallLists on the recorded rows), on
 * a generated workspace with the awkward cases: tied memberships of one kind, respondent memberships,
 * account and D/out file tags, rule tags outside the rules order, buying signals, missing consent,
 * accounts and dates, formula-like and quoted text, astral and full-width characters. Same bytes.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRng } from '../../core/random/rng.js';
import { openWorkspace, type Workspace } from '../../data/workspace.js';
import { loadCallListSource, type CallListScope } from '../../data/calllist-source.js';
import { exportedRows } from '../../data/exports-audit.js';
import { silentLogger } from '../../lib/logger.js';
import { tableToCsv } from '../../activation/calllist/calllist-csv.js';
import { diffCallLists } from '../../activation/calllist/calllist-delta.js';
import { callListTable, deltaTable } from '../../activation/calllist/calllist-table.js';
import type { CrmProfile } from '../../activation/calllist/crm-headers.js';
import { assembleCallList } from './assemble-calllist.js';
import { exportCallList } from './export-calllist.js';
import { outFileTags } from './out-file-tags.js';
import { parseExportedRow } from './parse-exported-row.js';
import { loadHeadlines } from './segment-headlines.js';

const asOf = '2024-06-30';
let dir = '';
let ws: Workspace;
const outDir = (): string => join(dir, 'out');

const words = ['=HYPERLINK("http://x","y")', '-5 mg', '+1', '@me', 'Smith, Ann', 'say "hi"', 'two\nlines', 'Zoë', 'ann', 'Ann', '\uFF21cme', '\u{1F600} clinic', 'plain'];

async function generate(seed: number): Promise<void> {
  const rng = createRng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[rng.int(xs.length)] as T;
  const maybe = <T>(x: T, p = 0.2): T | null => (rng.next() < p ? null : x);
  const day = (): string | null => maybe(`20${pick(['21', '23', '24'])}-0${1 + rng.int(9)}-1${rng.int(10)}`);
  await ws.run(`insert into territories (territory_id, name, rep_name) values ('T1', 'One', 'Rob'), ('T2', 'Two', 'Sue'), ('\u{1F600}', 'Emoji', null)`);
  for (let a = 0; a < 12; a++) {
    await ws.run('insert into accounts (account_id, name, type, territory_id, last_verified) values ($1, $2, $3, $4, cast($5 as date))',
      [`A${a}`, pick(words), 'hospital', maybe(pick(['T1', 'T2', '\u{1F600}']), 0.1), day()]);
  }
  for (let s = 0; s < 160; s++) {
    await ws.run(`insert into stakeholders (stakeholder_id, npi, name, role, specialty, account_id, territory_id, consent_call, last_verified)
      values ($1, $2, $3, 'physician', $4, $5, $6, $7, cast($8 as date))`,
      [`S${s}`, maybe(String(1000 + s)), maybe(pick(words), 0.1), maybe(pick(words)), maybe(`A${rng.int(14)}`, 0.1), maybe(pick(['T1', 'T2']), 0.7), maybe(rng.next() < 0.8, 0.2), day()]);
    if (s % 4 === 0) await ws.run('insert into survey_respondents (respondent_id, stakeholder_id) values ($1, $2)', [`R${s}`, `S${s}`]);
  }
  const member = (kind: string, segmentation: string, entityKind: string, id: string, segment: string, confidence: number | null, verified: string): Promise<void> =>
    ws.run(`insert into memberships values ($1, $2, $3, $4, $5, $6, 'r', cast($7 as timestamp), cast($7 as timestamp), cast($7 as timestamp), null)`,
      [kind, segmentation, entityKind, id, segment, confidence, verified]);
  for (let s = 0; s < 160; s++) {
    const verified = pick(['2024-06-01 00:00:00', '2022-01-01 00:00:00']);
    if (rng.next() < 0.5) await member('statistical', pick(['survey', 'Survey', 'b-side']), 'stakeholder', `S${s}`, pick(['1', '2', 'Zoë', '=x']), pick([0.9, 0.9, 0.5, null, 0.12345]), verified);
    if (rng.next() < 0.3) await member('statistical', pick(['survey', 'alt']), 'stakeholder', `S${s}`, pick(['1', '3']), 0.9, verified); // ties
    if (rng.next() < 0.3) await member('projected', 'universe', 'stakeholder', `S${s}`, pick(['1', '2']), rng.next(), verified);
    if (rng.next() < 0.2) await member('persona', 'personas', 'stakeholder', `S${s}`, pick(['Ann', 'ann', 'Bob']), null, verified);
    if (rng.next() < 0.4) await member('rule', 'rules', 'stakeholder', `S${s}`, pick(['vac', 'Champions', 'buyers', 'b-team']), null, verified);
    if (rng.next() < 0.2) await member('rule', 'rules', 'stakeholder', `S${s}`, pick(['vac', 'zeta']), null, verified);
    if (s % 4 === 0 && rng.next() < 0.5) await member('statistical', 'survey', 'respondent', `R${s}`, '2', 0.95, verified);
    if (rng.next() < 0.3) {
      await ws.run(`insert into engagement_events (event_id, stakeholder_id, channel, type, ts) values ($1, $2, $3, $4, cast($5 as timestamp))`,
        [`E${s}`, `S${s}`, pick(['web', 'demo_request']), pick(['proposal sent', 'opened', null]), pick(['2024-06-20 10:00:00', '2024-06-25 08:00:00', '2024-01-01 00:00:00'])]);
    }
  }
  for (let a = 0; a < 12; a++) {
    if (rng.next() < 0.6) await member('quadrant', 'opportunity', 'account', `A${a}`, pick(['growth', 'expansion', 'maintain_monitor', 'low_priority']), null, '2024-06-01 00:00:00');
    if (rng.next() < 0.5) await member('tier', 'opportunity', 'account', `A${a}`, pick(['1', '2', '3']), null, '2024-06-01 00:00:00');
  }
  mkdirSync(outDir(), { recursive: true });
  writeFileSync(join(outDir(), 'universe-segments.csv'), 'stakeholder_id,segment,confidence\nS1,7,0.4\nS2,8,\nS3,9,0.99\nS999,1,1\n');
  writeFileSync(join(outDir(), 'accounts.csv'), 'account_id,quadrant,tier\nA0,growth,1\nA1,expansion,2\nA13,low_priority,3\n');
  writeFileSync(join(outDir(), 'segment-cards.json'), JSON.stringify([{ segmentation: 'survey', segment: '1', name: 'Innovators', headline: 'Lead with outcomes' }, { segment: '2', headline: '@once' }]));
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'segmap-calllist-equal-'));
  ws = await openWorkspace(dir, { create: true });
  await generate(20240630);
});
after(() => {
  ws.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The list as the object path writes it. */
async function reference(scope: CallListScope, crm: CrmProfile): Promise<{ csv: string; rows: ReturnType<typeof assembleCallList> }> {
  const source = await loadCallListSource(ws, scope, new Date(Date.parse(`${asOf}T00:00:00Z`) - 30 * 86_400_000));
  const fileTags = await outFileTags(ws, outDir(), silentLogger);
  const headlines = await loadHeadlines(ws, outDir(), silentLogger);
  const rows = assembleCallList(source.rows, source.tags, fileTags, source.signals, headlines, { asOf, maxAgeDays: 365 });
  return { csv: tableToCsv(callListTable(rows, crm)), rows };
}

let second = 0;
const at = (): Date => new Date(Date.UTC(2024, 5, 30, 12, 0, ++second));

test('the columnar export writes the same bytes as the object path (every CRM profile, whole and territory)', async () => {
  for (const crm of ['generic', 'veeva', 'salesforce'] as const) {
    for (const scope of [{}, { territory: 'T1' }, { territory: '\u{1F600}' }, { rep: 'Sue' }] as CallListScope[]) {
      const file = join(dir, `list-${crm}-${second}.csv`);
      const result = await exportCallList(ws, { out: file, crm, asOf, who: 't', at: at(), outDir: outDir(), ...scope });
      const expected = await reference(scope, crm);
      assert.equal(readFileSync(file, 'utf8'), expected.csv, `${crm} ${JSON.stringify(scope)}`);
      assert.equal(result.rows, expected.rows.length);
      assert.equal(result.stale, expected.rows.filter((r) => r.stale).length);
    }
  }
  const whole = await reference({}, 'generic');
  assert.ok(whole.rows.length === 160 && whole.csv.includes(`"'=HYPERLINK(""http://x"",""y"")"`), 'the generated list has the awkward cases');
});

test('the recorded rows and the delta match diffCallLists on the recorded previous rows', async () => {
  const first = await exportCallList(ws, { out: join(dir, 'd1.csv'), asOf, who: 't', at: at(), outDir: outDir() });
  const before = (await exportedRows(ws, first.exportId)).map((r) => parseExportedRow(r.json));
  assert.deepEqual(before.map((r) => JSON.stringify(r)).sort(), (await reference({}, 'generic')).rows.map((r) => JSON.stringify(r)).sort(), 'the audit stores each row as JSON.stringify wrote it');
  await ws.run(`update stakeholders set specialty = 'Spine' where stakeholder_id in ('S1', 'S5')`);
  await ws.run(`delete from stakeholders where stakeholder_id in ('S2', 'S7')`);
  await ws.run(`insert into stakeholders (stakeholder_id, name, role, account_id) values ('S500', '+new', 'nurse', 'A3')`);
  await ws.run(`update memberships set segment = 'growth' where entity_kind = 'account' and kind = 'quadrant'`);
  const deltaOut = join(dir, 'd2-delta.csv');
  const result = await exportCallList(ws, { out: join(dir, 'd2.csv'), deltaOut, asOf, who: 't', at: at(), outDir: outDir() });
  const expected = diffCallLists(before, (await reference({}, 'generic')).rows);
  assert.deepEqual([result.added, result.removed, result.changed], [expected.added.length, expected.removed.length, expected.changed.length]);
  assert.ok(expected.changed.length > 2 && expected.added.length === 1 && expected.removed.length === 2);
  assert.equal(readFileSync(deltaOut, 'utf8'), tableToCsv(deltaTable(expected, 'generic')));
  const again = await exportCallList(ws, { out: join(dir, 'd3.csv'), asOf, who: 't', at: at(), outDir: outDir() });
  assert.deepEqual([again.added, again.removed, again.changed, again.previousExportId], [0, 0, 0, result.exportId]);
});

test('an empty scope writes the header alone and records an empty export', async () => {
  await ws.run(`insert into territories (territory_id, name) values ('T-EMPTY', 'Nobody')`);
  const file = join(dir, 'empty.csv');
  const result = await exportCallList(ws, { out: file, territory: 'T-EMPTY', asOf, who: 't', at: at(), outDir: outDir() });
  assert.equal(result.rows, 0);
  assert.equal(readFileSync(file, 'utf8'), (await reference({ territory: 'T-EMPTY' }, 'generic')).csv);
});
