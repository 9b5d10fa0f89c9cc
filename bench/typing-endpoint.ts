/**
 * Load test of the typing endpoint (issue 4: at least 5,000 requests/s with p99 under 10 ms on loopback).
 * The server runs as its own process (`segmap serve`, the built CLI) on a workspace holding a typing tool
 * of 10 questions; autocannon drives POST /api/typing/answer with partial answer sets from this process.
 *
 *   npm run build && npx tsx bench/typing-endpoint.ts [--seconds 10] [--connections 50]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { openWorkspace } from '../src/data/workspace.js';
import { addUser } from '../src/pipeline/access/manage-users.js';
import { buildTypingModel } from '../src/pipeline/typing/build-typing-model.js';
import { syntheticSurvey } from '../src/pipeline/typing/synthetic-survey.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '50' } } });
const items = Array.from({ length: 12 }, (_, i) => `q${i + 1}`);
const { model } = buildTypingModel(syntheticSurvey(1500, 4, 12, 7), { segment: 'segment', items, maxQuestions: 10, size: 10, seed: 1 });

const dir = mkdtempSync(join(tmpdir(), 'segmap-bench-typing-'));
const ws = await openWorkspace(dir, { create: true });
const { token } = await addUser(ws, { name: 'bench', role: 'analyst' });
ws.close();
mkdirSync(join(dir, 'out'));
writeFileSync(join(dir, 'out', 'typing.json'), JSON.stringify(model));

const port = 4300 + Math.floor(Math.random() * 500);
const server = spawn(process.execPath, ['dist/cli/main.js', 'serve', dir, '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
await new Promise<void>((resolve, reject) => {
  server.stderr.on('data', (chunk: Buffer) => (chunk.toString().includes('serving') ? resolve() : undefined));
  server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
});

// three answers known: the common case of a rep mid-way through the form
const body = JSON.stringify({ answers: Object.fromEntries(model.questions.slice(0, 3).map((q, i) => [q.id, q.options[i % q.options.length]!.value])) });
const result = await autocannon({
  url: `http://127.0.0.1:${port}/api/typing/answer`,
  method: 'POST',
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  body,
  connections: Number(values.connections),
  duration: Number(values.seconds),
});
server.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });

const line = {
  requestsPerSecond: Math.round(result.requests.average),
  latencyP50ms: result.latency.p50,
  latencyP99ms: result.latency.p99,
  non2xx: result.non2xx,
  errors: result.errors,
  connections: Number(values.connections),
  seconds: Number(values.seconds),
};
console.log(JSON.stringify(line));
