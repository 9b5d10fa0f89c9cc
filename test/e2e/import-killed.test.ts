/**
 * An import killed mid-way (SIGKILL, no chance to clean up) leaves the workspace exactly as it was:
 * same rows in every table, same import records; and the workspace still takes the next import.
 * The child is the real CLI; it is killed when its progress on stderr says it reached the phase.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { openWorkspace } from '../../src/data/workspace.js';
import { importFile } from '../../src/pipeline/import-file.js';
import { initWorkspace } from '../../src/pipeline/init-workspace.js';
import { tempDir } from '../support/import-fixtures.js';
import { repoRoot } from '../support/shared-data.js';

const tmp = tempDir('segmap-kill-');
after(() => tmp.remove());

const tables = ['accounts', 'stakeholders', 'imports', 'import_rejects'];

async function snapshot(dir: string): Promise<Record<string, unknown>> {
  const ws = await openWorkspace(dir);
  try {
    const out: Record<string, unknown> = {};
    for (const t of tables) out[t] = (await ws.all(`select count(*) as n, coalesce(sum(hash(x::varchar)), 0)::varchar as h from ${t} x`))[0];
    out.tables = (await ws.all(`select table_name from duckdb_tables() order by table_name`)).map((r) => r.table_name);
    return out;
  } finally {
    ws.close();
  }
}

async function bigStakeholders(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write('stakeholder_id,name,role,account_id,specialty\n');
  for (let i = 0; i < rows; i++) {
    if (!out.write(`S${i},Person ${i},physician,A1,cardiology\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
}

/** Runs `segmap import` and SIGKILLs it `delayMs` after its stderr shows `phase`; resolves with the exit signal. */
function importAndKill(dir: string, file: string, phase: string, delayMs = 150): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts'), 'import', dir, file, '--table', 'stakeholders'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
    let seen = '';
    child.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.split('\n').some((line) => line.startsWith(phase))) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve(signal));
  });
}

test('a SIGKILLed import leaves the workspace unchanged, whatever phase it was in', { timeout: 180_000 }, async () => {
  const dir = join(tmp.dir, 'ws');
  await initWorkspace(dir);
  const seed = await openWorkspace(dir);
  try {
    await importFile({ workspace: seed, table: 'accounts', file: tmp.file('a.csv', 'account_id,name,type\nA1,Mercy,hospital\n') });
    await importFile({ workspace: seed, table: 'stakeholders', file: tmp.file('s.csv', 'stakeholder_id,role,account_id\nS0,nurse,A1\nX1,IT,A1\n') });
  } finally {
    seed.close();
  }
  const before = await snapshot(dir);
  const big = join(tmp.dir, 'big.csv');
  await bigStakeholders(big, 1_500_000);
  for (const phase of ['validating', 'loading']) {
    const signal = await importAndKill(dir, big, phase);
    assert.equal(signal, 'SIGKILL', `the import finished before it could be killed in ${phase}`);
    assert.deepEqual(await snapshot(dir), before, `workspace changed by an import killed while ${phase}`);
  }
  const ws = await openWorkspace(dir);
  try {
    const r = await importFile({ workspace: ws, table: 'stakeholders', file: tmp.file('s2.csv', 'stakeholder_id,role\nS9,nurse\n') });
    assert.equal(r.rowsLoaded, 1);
  } finally {
    ws.close();
  }
});

test('a SIGKILLed streaming import (clean file into an empty table) leaves the workspace unchanged', { timeout: 180_000 }, async () => {
  const dir = join(tmp.dir, 'ws-stream');
  await initWorkspace(dir);
  const seed = await openWorkspace(dir);
  try {
    await importFile({ workspace: seed, table: 'accounts', file: tmp.file('a2.csv', 'account_id,name,type\nA1,Mercy,hospital\n') });
  } finally {
    seed.close();
  }
  const before = await snapshot(dir);
  const big = join(tmp.dir, 'big-stream.csv');
  await bigStakeholders(big, 1_500_000);
  // the streaming load validates and inserts in one scan into a side table ('loading'), then checks the
  // committed side table before swapping it in ('checking'): killed early and late in the scan, and
  // while checking, when the side table is already on disk (the next open drops it)
  for (const [phase, delayMs] of [['loading', 150], ['loading', 400], ['checking', 0]] as const) {
    const signal = await importAndKill(dir, big, phase, delayMs);
    assert.equal(signal, 'SIGKILL', `the import finished before it could be killed ${delayMs} ms into ${phase}`);
    assert.deepEqual(await snapshot(dir), before, `workspace changed by a streaming import killed ${delayMs} ms into ${phase}`);
  }
  const ws = await openWorkspace(dir);
  try {
    const r = await importFile({ workspace: ws, table: 'stakeholders', file: big });
    assert.equal(r.rowsLoaded, 1_500_000, 'after the kills, the same file loads whole');
    assert.equal(r.rowsRejected, 0);
  } finally {
    ws.close();
  }
});
