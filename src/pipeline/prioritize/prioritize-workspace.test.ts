import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryWorkspace, type Workspace } from '../../data/workspace.js';
import { collectingLogger } from '../../lib/logger.js';
import { PrioritizationSpec } from '../../spec/prioritization.js';
import { prioritize } from './prioritize-workspace.js';

/** A small market with one of every bad input the issue lists (and a few more). */
async function badMarket(): Promise<Workspace> {
  const ws = await memoryWorkspace();
  await ws.run(`insert into accounts (account_id, name, type, parent_id, gpo_id, installed_vendors) values
    ('SYS1', 'North Health', 'health_system', null, 'G1', null),
    ('G1', 'Buyers United', 'gpo', null, null, null),
    ('H1', 'North General', 'hospital', 'SYS1', 'G1', 'Us;Them'),
    ('H2', 'North Valley', 'hospital', 'SYS1', 'G1', 'Them'),
    ('C1', 'Vein Clinic', 'specialty_clinic', null, null, null),
    ('C2', 'Orphan Clinic', 'specialty_clinic', 'NO-SUCH-PARENT', null, null),
    ('X1', 'Loop One', 'hospital', 'X2', null, null),
    ('X2', 'Loop Two', 'hospital', 'X1', null, null),
    ('L1', 'Quiet Lab', 'independent_lab', null, null, null)`);
  await ws.run(`insert into stakeholders (stakeholder_id, npi, name, role, account_id) values
    ('P1', '1000000004', 'Dr One', 'physician', 'H1'), ('P2', '1000000012', 'Dr Two', 'physician', 'H2'),
    ('P3', '1000000020', 'Dr Three', 'physician', 'C1'), ('P4', '1000000038', 'Dr Four', 'physician', 'C1'),
    ('P5', '1000000046', 'Dr Five', 'physician', 'X1'), ('P6', '1000000053', 'Dr Six', 'physician', 'L1')`);
  await ws.run(`insert into referrals (from_id, to_id, shared_patients, suppressed) values
    ('P2', 'P1', 40, false),            -- affiliated: H2 and H1 are both in SYS1
    ('1000000020', 'P1', 25, false),    -- by NPI: P3 (C1) refers to H1
    ('P4', 'P1', null, true),           -- suppressed count
    ('P1', 'P1', 12, false),            -- self-referral
    ('P5', 'P1', -3, false),            -- negative count
    ('1999999999', 'P1', 30, false),    -- an NPI outside the universe
    ('P1', 'P5', 15, false)`);
  await ws.run(`insert into volumes (entity_id, entity_kind, code, period, count, suppressed) values
    ('H1', 'account', 'PROC', '2024Q4', 120, false), ('H1', 'account', 'PROC', '2025Q1', 130, false),
    ('H1', 'account', 'ADDON', '2025Q1', 30, false), ('H1', 'account', 'DX', '2025Q1', 400, false),
    ('H2', 'account', 'PROC', '2025Q1', 60, false), ('H2', 'account', 'PROC', '2024Q4', -5, false),
    ('P3', 'stakeholder', 'PROC', '2025Q1', 25, false), ('1000000038', 'stakeholder', 'PROC', '2025Q1', null, true),
    ('X1', 'account', 'PROC', '2025Q1', 50, false), ('X2', 'account', 'PROC', '2025Q1', 45, false),
    ('NOBODY', 'account', 'PROC', '2025Q1', 99, false)`);
  await ws.run(`insert into sales (account_id, product_id, period, units, revenue) values
    ('H1', 'OURS', '2025Q1', 20, 2000), ('H1', 'THEIRS', '2025Q1', 100, 9000), ('H2', 'OURS', '2025Q1', 50, 5000),
    ('C1', 'OURS', '2025Q1', -4, -400), ('C1', 'THEIRS', '2025Q1', 30, 2000), ('GONE', 'OURS', '2025Q1', 5, 500)`);
  await ws.run(`insert into kol_signals (stakeholder_id, kind, value, period) values
    ('P1', 'publication', 14, '2024'), ('P1', 'clinical_trial', 2, '2024'), ('P3', 'speaker_program', 3, '2024'),
    ('P4', 'publication', -1, '2024'), ('GHOST', 'publication', 5, '2024')`);
  await ws.run(`insert into engagement_events (event_id, stakeholder_id, account_id, type) values
    ('E1', 'P2', 'H2', 'visit'), ('E2', 'P2', 'H2', 'meeting_set'), ('E3', 'P1', null, 'visit'), ('E4', 'NOONE', null, 'visit')`);
  return ws;
}

const spec = PrioritizationSpec.parse({
  products: ['OURS'],
  volume: { codes: ['PROC', 'ADDON'], reported_rate: { ADDON: 0.5 }, periods: 1 },
  potential: { diagnosis_codes: ['DX'], treated_codes: ['PROC'] },
  relationship: { own_vendor: 'us' },
  cut_points: { by: 'all' },
});

test('every bad input is handled and counted in the report', async () => {
  const ws = await badMarket();
  const logger = collectingLogger();
  const p = await prioritize(ws, spec, { logger });
  const issues = p.report.dataIssues;
  assert.equal(issues.accountsOnParentCycles, 2, 'X1 and X2 point at each other');
  assert.equal(issues.unknownParents, 1, 'C2 names a parent that does not exist');
  assert.equal(issues.selfReferrals, 1);
  assert.equal(issues.negativeReferrals, 1);
  assert.equal(issues.suppressedReferrals, 1);
  assert.equal(issues.referralsWithUnknownEndpoint, 1);
  assert.equal(issues.unknownNodes, 1);
  assert.equal(issues.negativeVolumes, 1);
  assert.equal(issues.suppressedVolumes, 1);
  assert.equal(issues.volumesForUnknownEntities, 1);
  assert.equal(issues.negativeSalesRows, 1);
  assert.equal(issues.accountsWithNegativeNet, 1, 'C1 returned more of ours than it bought');
  assert.equal(issues.salesForUnknownAccounts, 1);
  assert.equal(issues.negativeKolSignals, 1);
  assert.equal(issues.kolForUnknownStakeholders, 1);
  assert.equal(issues.eventsForUnknownEntities, 1);
  assert.equal(issues.accountsWithoutVolume, 2, 'C2 and L1 have no volume on file');
  assert.deepEqual(p.report.inputs, { referralRows: 7, referralsUsed: 5, volumeRows: 11, salesRows: 6 });
  assert.equal(p.report.network.edges, 5);
  assert.match(logger.warnings.map((w) => w.message).join('\n'), /2 accounts sit on a cycle of parent links/);
  ws.close();
});

test('parts: corrected volume, untreated potential, share over all units, referrals in, and the reason', async () => {
  const ws = await badMarket();
  const p = await prioritize(ws, spec);
  const site = (id: string): number => {
    const a = p.universe.accountIds.indexOf(id);
    return Array.from(p.sites.index).indexOf(a);
  };
  const h1 = site('H1');
  // 130 procedures + 30 add-ons reported at a rate of 0.5 → 190 (120 the quarter before: +58%); diagnosed 400 - treated 130 → 270 untreated
  assert.equal(p.sites.parts.volume[h1], 190);
  assert.ok(Math.abs((p.sites.parts.potential[h1] as number) - 270 * (190 / 120)) < 1e-9);
  assert.ok(Math.abs((p.sites.parts.share[h1] as number) - 20 / 120) < 1e-12, 'share over every unit sold (a feed with competitors)');
  assert.equal(p.sites.facts.referringAccounts[h1], 2, 'H2, and C1 once (by NPI and by a suppressed pair); not the self-referral, the negative count or the outsider');
  assert.equal(p.sites.facts.affiliatedReferrers[h1], 1, 'H2 is in the same system');
  assert.equal(p.sites.parts.volume[site('C1')], 30, 'stakeholder volumes roll up: 25 + a suppressed cell taken as 5');
  assert.equal(p.sites.parts.volume[site('H2')], 60, 'the negative count is dropped');
  assert.equal(p.sites.parts.sales[site('C1')], 0, 'a negative net is set to 0');
  assert.ok((p.sites.parts.relationship[h1] as number) >= 1, 'our vendor on the shelf counts as relationship');
  assert.match(p.sites.result.reasons[h1] as string, /share 17%/);
  assert.ok(p.systems, 'SYS1 is rolled up');
  assert.equal(p.systems.parts.volume[0], 250, 'SYS1 = H1 190 + H2 60');
  ws.close();
});

test('results are recorded: scores per run, the latest-run view, stakeholder influence, hubs and quadrant tags', async () => {
  const ws = await badMarket();
  const p = await prioritize(ws, { ...spec, referrals: { ...spec.referrals, hub_share: 0.25 } });
  const [n] = await ws.all<{ n: number }>(`select count(*)::integer as n from account_priority where level = 'site'`);
  assert.equal(n?.n, p.sites.index.length);
  const tags = await ws.all<{ kind: string; n: number }>(
    `select kind, count(*)::integer as n from memberships where segmentation = 'opportunity' and valid_to is null group by kind order by kind`,
  );
  assert.deepEqual(tags, [{ kind: 'quadrant', n: p.sites.index.length + 1 }, { kind: 'tier', n: p.sites.index.length + 1 }]);
  // Dr Five is the sink of Dr One's only referral, so ranks first but feeds nobody; Dr One feeds Loop One (X1)
  const hubs = await ws.all<{ stakeholder_id: string; account_id: string; shared_patients: number }>(
    'select stakeholder_id, account_id, shared_patients from referral_hubs where run_id = $1 order by hub_rank',
    [p.runId],
  );
  assert.deepEqual(hubs, [{ stakeholder_id: 'P1', account_id: 'X1', shared_patients: 15 }]);
  const flagged = await ws.all<{ stakeholder_id: string }>('select stakeholder_id from stakeholder_scores where run_id = $1 and is_hub order by 1', [p.runId]);
  assert.deepEqual(flagged.map((r) => r.stakeholder_id), ['P1', 'P5']);
  const [top] = await ws.all<{ stakeholder_id: string; rank_in_account: number }>(
    `select stakeholder_id, rank_in_account from stakeholder_scores where run_id = $1 and account_id = 'C1' order by rank_in_account limit 1`,
    [p.runId],
  );
  assert.equal(top?.stakeholder_id, 'P3', 'the speaker ranks first in C1');
  // a second run keeps the first, and the view moves to the new one
  const again = await prioritize(ws, spec);
  const [runs] = await ws.all<{ n: number }>(`select count(distinct run_id)::integer as n from account_scores`);
  assert.equal(runs?.n, 2);
  const [latest] = await ws.all<{ run_id: string }>('select distinct run_id from account_priority');
  assert.equal(latest?.run_id, again.runId);
  ws.close();
});

test('a workspace without accounts to score is an input error', async () => {
  const ws = await memoryWorkspace();
  await assert.rejects(prioritize(ws, spec), /prioritization requires accounts of type hospital/);
  ws.close();
});
