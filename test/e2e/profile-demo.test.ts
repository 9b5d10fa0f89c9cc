/**
 * The demo's profile stage and `segmap report D`: the survey segments of D/out/survey-segments.csv are
 * profiled over survey items and secondary data, D/out/profile.{json,xlsx} and report.html are written,
 * cards are stored in the workspace, an edited card survives the next profile run, and the report renders
 * in headless Chromium without console errors.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { collectingLogger } from '../../src/lib/logger.js';
import { openWorkspace } from '../../src/data/workspace.js';
import { profileSegmentsStage } from '../../src/pipeline/demo/profile-segments.js';
import { listCards } from '../../src/pipeline/profile/store-profile.js';
import { ProfileDocument } from '../../src/spec/profile.js';
import { SegmentCardsFile } from '../../src/spec/segment-card.js';
import { browserSkip, launchBrowser } from '../support/browser.js';
import { plantedSegments, plantedWorkspace, segmap } from './profile-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'segmap-profile-demo-'));

async function runStage(): Promise<{ summary: Map<string, string[]>; warnings: string[] }> {
  const ws = await openWorkspace(dir);
  const logger = collectingLogger();
  const summary = new Map<string, string[]>();
  try {
    await profileSegmentsStage.run({ dir, outDir: join(dir, 'out'), truthDir: join(dir, 'truth'), size: 'small', seed: 5, workspace: ws, progress: () => undefined, logger, summary });
  } finally {
    ws.close();
  }
  return { summary, warnings: logger.warnings.map((w) => w.message) };
}

before(async () => {
  await plantedWorkspace(dir);
});

test('the demo stage profiles the survey segments over items and secondary data and writes the deliverables', async () => {
  const { summary } = await runStage();
  const doc = ProfileDocument.parse(JSON.parse(readFileSync(join(dir, 'out', 'profile.json'), 'utf8')));
  assert.deepEqual(doc.segments.map((s) => s.id), [...plantedSegments].sort());
  assert.equal(doc.weightMode, 'effective');
  const names = doc.variables.map((v) => v.name);
  for (const expected of ['need_evidence', 'barrier_budget', 'role', 'specialty', 'account_type', 'beds', 'engagement_webinar']) assert.ok(names.includes(expected), expected);
  // the planted differences are found: the evidence need is highest in "Evidence seekers"
  const evidence = doc.variables.find((v) => v.name === 'need_evidence');
  const seekers = doc.segments.findIndex((s) => s.id === 'Evidence seekers');
  assert.ok(evidence?.significant && evidence.rows[0]?.cells[seekers]?.significance === 'higher');
  assert.ok((evidence.rows[0]?.cells[seekers]?.letters.length ?? 0) === 3, 'higher than each other segment');
  assert.equal(evidence.description, 'When choosing a device, how important is strong clinical evidence');
  assert.ok((summary.get('profile segments') ?? []).some((l) => l.startsWith('4 segments, 370 rows')));
  const ws = await openWorkspace(dir);
  try {
    const cards = await listCards(ws, 'survey');
    assert.equal(cards.length, 4);
    const card = cards.find((c) => c.segment === 'Evidence seekers');
    assert.ok(card && card.drivers.some((d) => d.startsWith('strong clinical evidence')) && card.talkingPoints.length > 0);
    assert.ok(card.who.mix.some((m) => m.variable === 'role' && m.level === 'physician'));
    assert.equal((await ws.all('select count(*) as n from profiles'))[0]?.n, 1);
  } finally {
    ws.close();
  }
});

test('edited cards are saved, kept by the next profile run, and shown in the report', async () => {
  const exported = join(dir, 'cards.yaml');
  let r = segmap('report', dir, '--export-cards', exported);
  assert.equal(r.status, 0, r.stderr);
  const file = SegmentCardsFile.parse(parseYaml(readFileSync(exported, 'utf8')));
  const edited = file.cards.map((c) => (c.segment === 'Cost guardians' ? { ...c, name: 'Budget hawks', talkingPoints: ['=cost model first'] } : c));
  writeFileSync(exported, stringifyYaml({ cards: edited }));
  r = segmap('report', dir, '--cards', exported, '--json');
  assert.equal(r.status, 0, r.stderr);
  const result = JSON.parse(r.stdout) as { file: string; cardsSaved: number; source: string };
  assert.equal(result.cardsSaved, 4);
  assert.equal(result.source, 'stored profile');
  await runStage(); // a new profile run must not overwrite the edits
  const ws = await openWorkspace(dir);
  try {
    const card = (await listCards(ws, 'survey')).find((c) => c.segment === 'Cost guardians');
    assert.ok(card && card.name === 'Budget hawks' && card.edited);
  } finally {
    ws.close();
  }
  const doc = ProfileDocument.parse(JSON.parse(readFileSync(join(dir, 'out', 'profile.json'), 'utf8')));
  assert.equal(doc.segments.find((s) => s.id === 'Cost guardians')?.label, 'Budget hawks');
  assert.ok(readFileSync(join(dir, 'out', 'report.html'), 'utf8').includes('Budget hawks'));
});

test('the workspace report renders in headless Chromium with no console errors', { skip: browserSkip }, async () => {
  const r = segmap('report', dir, '--out', join(dir, 'report-check.html'));
  assert.equal(r.status, 0, r.stderr);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => void errors.push(e.message));
    await page.goto(pathToFileURL(join(dir, 'report-check.html')).href, { waitUntil: 'load' });
    assert.deepEqual(errors, []);
    assert.equal(await page.locator('svg').count(), 3);
    assert.equal(await page.locator('article.card').count(), 4);
    assert.ok((await page.innerText('body')).includes('Budget hawks'));
  } finally {
    await browser.close();
  }
});

test('report on a folder without a segmentation or personas says what to run', () => {
  const empty = mkdtempSync(join(tmpdir(), 'segmap-empty-'));
  assert.equal(segmap('init', empty).status, 0);
  const r = segmap('report', empty);
  assert.equal(r.status, 4);
  assert.match(r.stderr, /has no segmentation to report; run `segmap cluster` or `segmap demo` first/);
  const missing = segmap('report', join(empty, 'nope'));
  assert.equal(missing.status, 4);
  assert.match(missing.stderr, /is not a segmap workspace/);
});
