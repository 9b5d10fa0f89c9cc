/**
 * The `segmap prioritize` and `segmap network` contracts (../shared/BRIEF.md), through the real CLI:
 * prioritize writes DIR/accounts.csv (account_id, score, quadrant, tier, reason), accounts.xlsx and
 * matrix.svg, prints its report (with every data issue counted) as JSON on stdout and progress on
 * stderr only, reads its options from the project file, and fails with one line on bad options;
 * network writes node, pagerank, in_strength, out_strength equal to networkx.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { stringify } from 'yaml';
import { demoPrioritization } from '../../src/pipeline/demo/prioritize-accounts.js';
import { demoMarket } from '../prioritize/demo-market.js';
import { repoRoot } from '../support/shared-data.js';

function segmap(...args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let dir = '';
let scratch = '';

before(async () => {
  const market = await demoMarket('small', 7);
  dir = market.dir;
  await market.ws.run(`update accounts set name = '=HYPERLINK("http://x","y")' where account_id = (select min(account_id) from accounts where type = 'hospital')`);
  market.ws.close();
  writeFileSync(join(dir, 'segmap.yaml'), stringify({ prioritization: demoPrioritization }));
  scratch = mkdtempSync(join(tmpdir(), 'segmap-cli-pz-'));
});

after(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

test('prioritize writes the three deliverables and a JSON report on stdout only', async () => {
  const out = join(scratch, 'out');
  const r = segmap('prioritize', dir, '--out', out, '--json');
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { sites: { accounts: number; quadrants: Record<string, number> }; dataIssues: Record<string, number>; files: string[] };
  assert.ok(report.sites.accounts > 100);
  assert.ok(report.sites.quadrants.growth! > 0 && report.sites.quadrants.expansion! > 0);
  for (const key of ['accountsWithoutVolume', 'accountsOnParentCycles', 'selfReferrals', 'negativeVolumes', 'suppressedVolumes', 'referralsWithUnknownEndpoint']) {
    assert.equal(typeof report.dataIssues[key], 'number', key);
  }
  const csv = readFileSync(join(out, 'accounts.csv'), 'utf8').split('\n');
  assert.deepEqual(csv[0]?.split(',').slice(0, 5), ['account_id', 'score', 'quadrant', 'tier', 'reason']);
  assert.equal(csv.length - 2, report.sites.accounts);
  assert.match(csv[1] ?? '', /^A\d+,[\d.]+,(growth|expansion|maintain_monitor|low_priority),\d,/);
  assert.ok(readFileSync(join(out, 'matrix.svg'), 'utf8').startsWith('<svg'));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(out, 'accounts.xlsx'));
  assert.deepEqual(workbook.worksheets.map((w) => w.name), ['Accounts', 'Health systems', 'Referral hubs', 'Method']);
  const names: unknown[] = [];
  workbook.getWorksheet('Accounts')?.getColumn(2).eachCell((cell) => void names.push(cell.value));
  assert.ok(names.includes(`'=HYPERLINK("http://x","y")`), 'a formula-like name stays inert text');
  assert.ok(!names.some((v) => typeof v === 'object' && v !== null && 'formula' in v));
});

test('bad options in the project file fail with one line on stderr', () => {
  const bad = mkdtempSync(join(tmpdir(), 'segmap-cli-pz-bad-'));
  try {
    assert.equal(segmap('init', bad).status, 0);
    writeFileSync(join(bad, 'segmap.yaml'), stringify({ prioritization: { kol: { mode: 'phrma' }, influence: { volume: 1 } } }));
    const r = segmap('prioritize', bad, '--out', join(bad, 'out'));
    assert.equal(r.status, 2);
    assert.match(r.stderr.trim(), /^segmap: prioritization.kol.mode phrma requires influence.volume 0/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.equal(existsSync(join(bad, 'out')), false);
  } finally {
    rmSync(bad, { recursive: true, force: true });
  }
  assert.equal(segmap('prioritize', join(scratch, 'nowhere'), '--out', scratch).status, 4);
});

test('network: pagerank and strengths of an edge list equal networkx; a missing column is a usage error', () => {
  // Les Miserables as a directed, weighted edge list (test/reference/network/pagerank.json, networkx 2.8.8)
  const fixture = JSON.parse(readFileSync(join(repoRoot, 'test', 'reference', 'network', 'pagerank.json'), 'utf8')) as Record<
    string,
    { edgeList: [string, string, number][]; expected: Record<string, [number, number, number]> }
  >;
  const lesmis = fixture['lesmis-directed'];
  assert.ok(lesmis);
  const edges = join(scratch, 'edges.csv');
  writeFileSync(edges, `from,to,shared\n${lesmis.edgeList.map(([u, v, w]) => `${u},${v},${w}`).join('\n')}\n`);
  const out = join(scratch, 'centrality.csv');
  const r = segmap('network', edges, '--from', 'from', '--to', 'to', '--weight', 'shared', '--out', out, '--json');
  assert.equal(r.status, 0, r.stderr);
  assert.equal((JSON.parse(r.stdout) as { nodes: number }).nodes, 77);
  const rows = readFileSync(out, 'utf8').trim().split('\n');
  assert.equal(rows[0], 'node,pagerank,in_strength,out_strength');
  for (const row of rows.slice(1)) {
    const [node, pr, inS, outS] = row.split(',');
    const [epr, ein, eout]: readonly [number, number, number] = lesmis.expected[node as string] ?? [NaN, NaN, NaN];
    assert.ok(Math.abs(Number(pr) - epr) < 1e-13, `${node}`);
    assert.equal(Number(inS), ein);
    assert.equal(Number(outS), eout);
  }
  const bad = segmap('network', edges, '--from', 'source', '--to', 'to', '--out', out);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--from source requires a column of that name; the file has from, to, shared/);
});
