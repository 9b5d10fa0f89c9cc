#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ (or under the paths given) with node's own test runner.
// Node 20's --test does not expand globs, so the file list is built here.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildWasm } from './build-wasm.mjs';

// the core embeds the compiled kernels; a fresh clone or an edited assembly/*.ts needs them built
await buildWasm();

const roots = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const passThrough = process.argv.slice(2).filter((a) => a.startsWith('--'));

function collect(path, into) {
  const stat = statSync(path);
  if (stat.isFile()) {
    if (path.endsWith('.test.ts')) into.push(path);
    return into;
  }
  for (const entry of readdirSync(path).sort()) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    collect(join(path, entry), into);
  }
  return into;
}

const files = (roots.length ? roots : ['src', 'test']).flatMap((root) => collect(root, []));
if (files.length === 0) {
  console.error('no test files found under ' + (roots.join(', ') || 'src, test'));
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', ...passThrough, ...files],
  { stdio: 'inherit', env: { ...process.env, TZ: 'UTC', NODE_ENV: 'test' } },
);
process.exit(result.status ?? 1);
