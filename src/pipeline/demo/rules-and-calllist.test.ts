import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkspace } from '../../data/workspace.js';
import { collectingLogger } from '../../lib/logger.js';
import { rulesAndCallListStage } from './rules-and-calllist.js';
import type { DemoContext } from './context.js';

async function context(dir: string): Promise<DemoContext> {
  const workspace = await openWorkspace(dir, { create: true });
  await workspace.run(`insert into territories (territory_id, name, rep_name) values ('T001', 'Northeast 1', 'Pat Scott')`);
  await workspace.run(`insert into accounts (account_id, name, type, territory_id, has_vac, service_lines, last_verified) values
    ('A1', 'Lakebrook Regional', 'hospital', 'T001', true, 'vascular;orthopedics', date '2026-10-01'),
    ('A2', 'Vein Clinic', 'specialty_clinic', 'T001', false, 'vascular', date '2026-10-01')`);
  await workspace.run(`insert into stakeholders (stakeholder_id, name, role, specialty, account_id, territory_id, last_verified) values
    ('S1', 'Dr Vega', 'physician', 'vascular_surgery', 'A1', 'T001', date '2026-10-01'),
    ('S2', 'Ann Buyer', 'procurement', null, 'A1', 'T001', date '2024-01-01'),
    ('S3', 'Dr Lee', 'physician', 'cardiology', 'A2', 'T001', date '2026-10-01')`);
  await workspace.run(`insert into engagement_events (event_id, stakeholder_id, account_id, channel, type, ts) values
    ('E1', 'S1', 'A1', 'webinar', 'attended', timestamp '2026-11-01 10:00:00'),
    ('E2', 'S3', 'A2', 'demo_request', 'requested', timestamp '2026-11-20 10:00:00')`);
  return { dir, outDir: join(dir, 'out'), truthDir: join(dir, 'truth'), size: 'small', seed: 1, asOf: '2026-11-25', workspace, progress: () => undefined, logger: collectingLogger(), summary: new Map() };
}

test('the demo stage writes rules, tags and D/out/calllist.csv even when earlier stages left nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'segmap-demo-rules-'));
  const ctx = await context(dir);
  try {
    await rulesAndCallListStage.run(ctx);
    assert.match(readFileSync(join(dir, 'segmap.yaml'), 'utf8'), /^rules:$/m);
    const lines = readFileSync(join(dir, 'out', 'calllist.csv'), 'utf8').trim().split('\r\n');
    assert.equal(lines.length, 4);
    const s1 = lines.find((l) => l.startsWith('S1,'));
    assert.match(s1 ?? '', /interventional-champions/);
    assert.match(s1 ?? '', /Clinical champions; equip them/, 'message pillar from the rule headline when no segment card exists');
    assert.match(lines.find((l) => l.startsWith('S3,')) ?? '', /hand off to sales: demo_request on 2026-11-20/);
    assert.match(lines.find((l) => l.startsWith('S2,')) ?? '', /true,stakeholder last verified 2024-01-01/);
    const summary = ctx.summary.get(rulesAndCallListStage.title) ?? [];
    assert.match(summary[0] ?? '', /vac-vascular-hospitals 1, office-based-labs 1, interventional-champions 1, buying-committee 1, hand-raisers 1/);
  } finally {
    ctx.workspace.close();
  }
});

test('the demo stage uses the segments and quadrants earlier stages wrote to D/out', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'segmap-demo-rules-'));
  mkdirSync(join(dir, 'out'));
  writeFileSync(join(dir, 'out', 'survey-segments.csv'), 'stakeholder_id,segment,probability\nS1,2,0.93\n');
  writeFileSync(join(dir, 'out', 'accounts.csv'), 'account_id,score,quadrant,tier,reason\nA1,0.9,growth,1,high potential\nA2,0.2,low_priority,3,small\n');
  const ctx = await context(dir);
  try {
    await rulesAndCallListStage.run(ctx);
    const [header, ...rows] = readFileSync(join(dir, 'out', 'calllist.csv'), 'utf8').trim().split('\r\n');
    const columns = header?.split(',') ?? [];
    const s1 = rows.find((r) => r.startsWith('S1,'))?.split(',') ?? [];
    assert.equal(s1[columns.indexOf('segment')], '2');
    assert.equal(s1[columns.indexOf('segment_source')], 'statistical');
    assert.equal(s1[columns.indexOf('quadrant')], 'growth');
    assert.equal(s1[columns.indexOf('tier')], '1');
  } finally {
    ctx.workspace.close();
  }
});
