import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { browserSkip, launchBrowser } from '../../../test/support/browser.js';
import { spiFile } from '../../../test/reference/stats/fixtures.js';
import { spiDocument } from '../../../test/reference/stats/spi-document.js';
import type { SegmentCard } from '../../spec/segment-card.js';
import { writeReport } from './write-report.js';
import { escapeHtml } from './html.js';

const card = (segment: string, name: string): SegmentCard => ({
  segmentation: 'spi', segment, name, suggestedName: null, headline: 'moves a lot', size: { count: 10, share: 0.1 }, who: { summary: 'younger', mix: [{ variable: 'sex', level: '2', share: 0.6, index: 112 }] },
  drivers: ['energy'], barriers: ['time'], channels: ['app'], informationSources: [], repInvolvement: [], content: [], talkingPoints: ['<b>keep going</b>'], source: 'profile', edited: false,
});

async function open(file: string): Promise<{ errors: string[]; requests: string[]; svgs: number; scripts: number; text: string; cards: number }> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => void errors.push(e.message));
    page.on('request', (r) => void requests.push(r.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const result = {
      svgs: await page.locator('svg').count(),
      scripts: await page.locator('script').count(),
      text: await page.innerText('body'),
      cards: await page.locator('article.card').count(),
    };
    return { errors, requests, ...result };
  } finally {
    await browser.close();
  }
}

test('the report renders in headless Chromium: three charts, cards, no console errors, no external requests', { skip: spiFile.skip || browserSkip }, async () => {
  const doc = spiDocument(['rarely', 'monthly', 'weekly', '1-2/wk', '3-5/wk', '<script>alert(1)</script>']);
  const dir = mkdtempSync(join(tmpdir(), 'segmap-report-'));
  const file = join(dir, 'report.html');
  await writeReport({ profile: doc, cards: doc.segments.map((s) => card(s.id, s.label)), title: 'Exercise segments' }, file);
  const html = readFileSync(file, 'utf8');
  assert.doesNotMatch(html, /(src|href)\s*=\s*["']?https?:/i);
  assert.doesNotMatch(html, /url\(\s*["']?https?:/i);
  assert.ok(html.includes(escapeHtml('<b>keep going</b>')));
  const page = await open(file);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.requests, [pathToFileURL(file).href]);
  assert.equal(page.svgs, 3);
  assert.equal(page.scripts, 0);
  assert.equal(page.cards, 6);
  assert.ok(page.text.includes('<script>alert(1)</script>'), 'a hostile segment id is shown as text');
  assert.ok(page.text.includes('Welch F(5,'));
});

test('a personas-only report shows the cards', { skip: browserSkip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'segmap-report-'));
  const file = join(dir, 'personas.html');
  await writeReport({ profile: null, cards: [card('busy', 'Busy clinician'), card('gate', 'Gatekeeper')] }, file);
  const page = await open(file);
  assert.deepEqual(page.errors, []);
  assert.equal(page.cards, 2);
  assert.equal(page.svgs, 0);
  assert.ok(page.text.includes('Personas'));
});
