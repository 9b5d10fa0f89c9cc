/**
 * The projection's input table on a hand-made workspace, every number computed by hand below: per-code
 * volumes (a suppressed count taken as 5), events per (channel, type) and per asset, KOL values per kind,
 * referral sums and partners, affiliations — and category values that try to break out of SQL, which end
 * up as sanitized column names while the data they name is still counted.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DuckDBValue } from '@duckdb/node-api';
import { memoryWorkspace, type Workspace } from '../../data/workspace.js';
import { numericColumn, textColumn } from '../score/input-table.js';
import { expandSecondaryInputs, secondaryFeatures } from './secondary-features.js';
import { discoverSecondaryPlan, planFromTraining } from './secondary-plan.js';

const evil = `x'); drop table stakeholders; --`;

async function workspace(): Promise<Workspace> {
  const ws = await memoryWorkspace();
  const rows = async (sql: string, list: DuckDBValue[][]): Promise<void> => {
    for (const values of list) await ws.run(sql, values);
  };
  await rows('insert into accounts (account_id, name, type, beds, has_vac) values ($1, $2, $3, $4, $5)', [
    ['A1', 'General', 'hospital', 300, true],
    ['A2', 'Clinic', 'asc', null, null],
  ]);
  await rows('insert into stakeholders (stakeholder_id, role, specialty, account_id) values ($1, $2, $3, $4)', [
    ['S1', 'physician', 'cardiology', 'A1'],
    ['S2', 'nurse', null, 'A2'],
    ['S3', 'physician', 'cardiology', 'A1'],
  ]);
  await rows('insert into volumes (entity_id, entity_kind, code, period, count, suppressed) values ($1, $2, $3, $4, $5, $6)', [
    ['S1', 'stakeholder', '37224', 'q1', 10, false],
    ['S1', 'stakeholder', '37224', 'q2', null, true],
    ['S2', 'stakeholder', evil, 'q1', 3, false],
    ['A1', 'account', 'I70.2', 'q1', 40, false],
  ]);
  await rows('insert into engagement_events (event_id, stakeholder_id, channel, type, asset, ts) values ($1, $2, $3, $4, $5, $6)', [
    ['e1', 'S1', 'email', 'open', evil, '2025-06-01'],
    ['e2', 'S1', 'email', 'open', evil, '2025-06-20'],
    ['e3', 'S2', 'webinar', 'attended', null, '2025-06-30'],
    ['e4', null, 'email', 'open', null, '2025-06-30'],
  ]);
  await rows('insert into kol_signals (stakeholder_id, kind, value) values ($1, $2, $3)', [
    ['S1', 'publication', 2],
    ['S1', 'publication', 3],
    ['S3', 'open_payments', 1000],
  ]);
  await rows('insert into referrals (from_id, to_id, shared_patients, suppressed) values ($1, $2, $3, $4)', [
    ['S1', 'S2', 12, false],
    ['S2', 'S1', null, true],
    ['S3', 'S1', 4, false],
  ]);
  await rows('insert into affiliations (stakeholder_id, account_id) values ($1, $2)', [
    ['S1', 'A1'],
    ['S1', 'A2'],
  ]);
  return ws;
}

test('one row per stakeholder with the fixed inputs and a column per category, values as computed by hand', async () => {
  const ws = await workspace();
  try {
    const plan = await discoverSecondaryPlan(ws, { minStakeholders: 1 });
    assert.deepEqual(
      plan.categories.map((c) => c.input),
      ['volume_37224', 'volume_x_drop_table_stakeholders', 'engagement_email_open', 'engagement_webinar_attended', 'asset_x_drop_table_stakeholders', 'kol_open_payments', 'kol_publication'],
    );
    const { table, ids, inputs, log1p, pagerank } = await secondaryFeatures(ws, plan);
    assert.deepEqual(ids, ['S1', 'S2', 'S3']);
    assert.equal(pagerank, 'computed');
    const col = (name: string): number[] => Array.from(numericColumn(table, name));
    assert.deepEqual(textColumn(table, 'specialty'), ['cardiology', 'none', 'cardiology']);
    assert.deepEqual(textColumn(table, 'account_type'), ['hospital', 'asc', 'hospital']);
    assert.deepEqual(col('beds').slice(0, 1), [300]);
    assert.ok(Number.isNaN(col('beds')[1]!));
    assert.deepEqual(col('account_has_vac').slice(0, 1), [1]);
    assert.deepEqual(col('account_volume'), [40, 0, 40]);
    assert.deepEqual(col('volume_37224'), [15, 0, 0], 'a suppressed count counts 5');
    assert.deepEqual(col('volume_x_drop_table_stakeholders'), [0, 3, 0]);
    assert.deepEqual(col('engagement_email_open'), [2, 0, 0], 'events without a stakeholder are not anyone’s');
    assert.deepEqual(col('asset_x_drop_table_stakeholders'), [2, 0, 0]);
    assert.deepEqual(col('kol_publication'), [5, 0, 0]);
    assert.deepEqual(col('kol_open_payments'), [0, 0, 1000]);
    assert.deepEqual(col('referrals_in'), [9, 12, 0], 'S2→S1 suppressed (5) + S3→S1 4');
    assert.deepEqual(col('referrers'), [2, 1, 0]);
    assert.deepEqual(col('referrals_out'), [12, 5, 4]);
    assert.deepEqual(col('referred_to'), [1, 1, 1]);
    assert.deepEqual(col('affiliations'), [2, 0, 0]);
    assert.deepEqual(col('days_since_engagement'), [10, 0, 3650]);
    const ranks = col('pagerank');
    assert.ok(Math.abs(ranks.reduce((a, b) => a + b, 0) - 3) < 1e-9, 'scaled to sum to the number of stakeholders');
    assert.ok(ranks[0]! > ranks[2]!, 'S1 receives referrals, S3 none');
    assert.ok(inputs.includes('asset_x_drop_table_stakeholders') && log1p.includes('kol_publication') && !log1p.includes('days_since_engagement'));
    const [{ n } = { n: 0 }] = await ws.all<{ n: number }>('select count(*)::integer as n from stakeholders');
    assert.equal(n, 3, 'the hostile values never ran as SQL');
  } finally {
    ws.close();
  }
});

test('a stored plan fixes the columns: a category absent from the data gives a column of zeros', async () => {
  const ws = await workspace();
  try {
    const plan = planFromTraining({ secondary: { version: 1, categories: [{ family: 'asset', values: ['brand-video'], input: 'asset_brand_video' }] } });
    const { table, inputs } = await secondaryFeatures(ws, plan);
    assert.deepEqual(Array.from(numericColumn(table, 'asset_brand_video')), [0, 0, 0]);
    assert.ok(!inputs.includes('engagement_email_open'));
    assert.throws(() => planFromTraining({ secondary: { version: 1, categories: [{ family: 'asset', values: ['a'], input: 'kol_a' }] } }), /requires the prefix asset_/);
    assert.throws(() => planFromTraining({}), /training.secondary/);
  } finally {
    ws.close();
  }
});

test('family names stand for all of their columns', () => {
  assert.deepEqual(expandSecondaryInputs(['role', 'asset', 'kol'], ['role', 'asset_a', 'asset_b', 'kol_x', 'volume_1']), ['role', 'asset_a', 'asset_b', 'kol_x']);
});
