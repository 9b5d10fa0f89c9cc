/**
 * The web UI in a real browser: every page renders from a served workspace with no console errors, charts
 * are drawn as SVG, and a rep sees only their territory.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openWorkspace } from '../../src/data/workspace.js';
import { addUser } from '../../src/pipeline/access/manage-users.js';
import { buildTypingModel } from '../../src/pipeline/typing/build-typing-model.js';
import { syntheticSurvey } from '../../src/pipeline/typing/synthetic-survey.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { browserSkip, launchBrowser } from '../support/browser.js';
import { repoRoot } from '../support/shared-data.js';

const built = existsSync(join(repoRoot, 'dist', 'browser', 'web', 'main.js'));
const skip = browserSkip || (built ? false : 'needs the built web UI (npm run build)');

let dir = '';
let server: RunningServer | undefined;
let browser: Browser | undefined;
let adminToken = '';
let repToken = '';

before(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'segmap-web-'));
  const ws = await openWorkspace(dir, { create: true });
  await ws.run("insert into territories (territory_id, name) values ('T1', 'North'), ('T2', 'South')");
  await ws.run("insert into accounts (account_id, name, type, territory_id) values ('A1','Mercy General','hospital','T1'), ('A2','Lakeside ASC','asc','T2')");
  adminToken = (await addUser(ws, { name: 'Ada', role: 'admin' })).token;
  repToken = (await addUser(ws, { name: 'Rob', role: 'rep', territoryId: 'T1' })).token;
  ws.close();
  mkdirSync(join(dir, 'out'));
  writeFileSync(join(dir, 'out', 'accounts.csv'), 'account_id,score,quadrant,tier,reason,opportunity,position\nA1,0.9,growth,1,3 hospitals refer in,0.9,0.2\nA2,0.4,expansion,2,share 8%,0.6,0.7\n');
  writeFileSync(join(dir, 'out', 'survey-segments.csv'), 'stakeholder_id,segment,probability\nS1,1,0.9\nS2,2,0.8\nS3,1,0.7\n');
  writeFileSync(join(dir, 'out', 'calllist.csv'), 'stakeholder_id,name,territory_id\nS1,"=HYPERLINK(""http://x"",""y"")",T1\nS2,Dr B,T2\n');
  const typing = buildTypingModel(syntheticSurvey(300, 3, 6, 11), { segment: 'segment', items: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'], maxQuestions: 5, seed: 2 });
  writeFileSync(join(dir, 'out', 'typing.json'), JSON.stringify(typing.model));
  server = await startServer({ dir, port: 0, version: 'test' });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(path: string, token: string): Promise<{ page: Page; errors: string[] }> {
  assert.ok(browser && server);
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/?token=${token}${path}`);
  return { page, errors };
}

test('overview draws segment sizes and data health without console errors', { skip }, async () => {
  const { page, errors } = await open('#/overview', adminToken);
  await page.waitForSelector('#sizes-survey svg');
  assert.match(await page.textContent('main') ?? '', /Data health/);
  assert.doesNotMatch(page.url(), /token=/, 'the token is removed from the address');
  assert.deepEqual(errors, []);
  await page.close();
});

test('accounts page draws the opportunity matrix', { skip }, async () => {
  const { page, errors } = await open('#/accounts', adminToken);
  await page.waitForSelector('#matrix svg');
  assert.match(await page.textContent('main') ?? '', /Mercy General/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a rep sees only their territory in the call list, and names stay text', { skip }, async () => {
  const { page, errors } = await open('#/calllist', repToken);
  await page.waitForSelector('table');
  const text = (await page.textContent('table')) ?? '';
  assert.match(text, /=HYPERLINK/);
  assert.doesNotMatch(text, /Dr B/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('without a token the page explains how to get one', { skip }, async () => {
  assert.ok(browser && server);
  const page = await browser.newPage();
  await page.goto(`${server.url}/#/accounts`);
  await page.waitForSelector('.error');
  assert.match((await page.textContent('.error')) ?? '', /access token/);
  await page.close();
});

test('a rep types a customer on a phone: questions until a confident segment', { skip }, async () => {
  assert.ok(browser && server);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
  await page.goto(`${server.url}/typing?token=${repToken}`);
  let asked = 0;
  while (asked < 10) {
    await page.waitForSelector('#typing-result');
    const question = await page.$('#typing-question .options button');
    if (!question) break;
    await question.tap();
    asked++;
    await page.locator('#typing-result', { hasText: `after ${asked} answers` }).waitFor();
  }
  assert.ok(asked >= 1 && asked <= 5, `asked ${asked} questions`);
  assert.match((await page.textContent('#typing-result')) ?? '', /confident/);
  assert.deepEqual(errors, []);
  await context.close();
});
