/**
 * `segmap demo`: a seeded synthetic market in a fresh workspace, taken through every demo stage.
 *
 * Phases:
 *   1. make the folder safe to (re)use: an empty folder or one an earlier demo made (it carries a marker
 *      file); anything else is refused, and only what a demo creates is ever removed
 *   2. `initWorkspace` (database + project file), then open it
 *   3. run the stages of ./stages.ts in order, timing each
 *   4. read the data-health summary back from the workspace and record the run (seed, data hash)
 *
 * @example
 * const summary = await runDemo({ dir: 'segmap-demo', size: 'small', seed: 42 }, noProgress);
 * summary.health.totals.rowsRejected; // the planted bad rows
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { databaseFileName, openWorkspace, projectFileName, type Workspace } from '../../data/workspace.js';
import { UsageError } from '../../lib/errors.js';
import { silentLogger, type Logger } from '../../lib/logger.js';
import { demoMessages } from '../../lib/messages/index.js';
import type { ProgressSink } from '../../lib/progress.js';
import { initWorkspace } from '../init-workspace.js';
import type { DemoContext, DemoSize, DemoStage } from './context.js';
import { DataManifest, dataFolder, manifestFile, todayIso } from './generate-market.js';
import { demoAccessFile } from './create-demo-users.js';
import { demoStages } from './stages.js';
import { summarizeData, type DemoSummary, type StageSummary } from './summary.js';

export interface DemoOptions {
  readonly dir: string;
  readonly size?: DemoSize;
  readonly seed?: number;
  /** YYYY-MM-DD; default today (UTC). */
  readonly asOf?: string;
  readonly logger?: Logger;
  /** Recorded in the run; the CLI passes the package version. */
  readonly version?: string;
  /** The stages to run (default: all of ./stages.ts); tests pass a subset. */
  readonly stages?: readonly DemoStage[];
}

export const demoMarker = '.segmap-demo';
/** What a demo creates in its folder, and so all it ever removes. */
const demoEntries = [databaseFileName, `${databaseFileName}.wal`, projectFileName, dataFolder, 'truth', 'out', demoMarker, demoAccessFile];

export async function runDemo(options: DemoOptions, progress: ProgressSink): Promise<DemoSummary> {
  const started = performance.now();
  const startedAt = new Date();
  const dir = resolve(options.dir);
  const size = options.size ?? 'medium';
  const seed = options.seed ?? 42;
  const asOf = options.asOf ?? todayIso();

  await prepareFolder(dir, options.dir);
  await writeFile(join(dir, demoMarker), `${JSON.stringify({ size, seed, asOf })}\n`);
  await initWorkspace(dir);
  const workspace = await openWorkspace(dir);
  try {
    const ctx: DemoContext = {
      dir,
      outDir: join(dir, 'out'),
      truthDir: join(dir, 'truth'),
      size,
      seed,
      asOf,
      workspace,
      progress,
      logger: options.logger ?? silentLogger,
      summary: new Map(),
    };
    await mkdir(ctx.outDir, { recursive: true });
    await mkdir(ctx.truthDir, { recursive: true });
    const stages: StageSummary[] = [];
    for (const stage of options.stages ?? demoStages) {
      const t0 = performance.now();
      await stage.run(ctx);
      stages.push({ title: stage.title, seconds: (performance.now() - t0) / 1000, lines: ctx.summary.get(stage.title) ?? [] });
    }
    const health = await summarizeData(workspace);
    const outputs = existsSync(ctx.outDir) ? (await readdir(ctx.outDir)).sort() : [];
    const runId = `demo-${randomUUID().slice(0, 8)}`;
    const summary: DemoSummary = { dir, size, seed, asOf, seconds: (performance.now() - started) / 1000, stages, health, outputs, runId };
    await recordRun(workspace, summary, startedAt, options.version, await dataHash(dir));
    return summary;
  } finally {
    workspace.close();
  }
}

/** Refuses a folder holding anything a demo did not make; removes what an earlier demo made. */
async function prepareFolder(dir: string, shown: string): Promise<void> {
  if (!existsSync(dir)) {
    await mkdir(dir, { recursive: true });
    return;
  }
  if (!(await stat(dir)).isDirectory()) throw new UsageError(demoMessages.notADemoFolder(shown));
  const entries = await readdir(dir);
  if (entries.length === 0) return;
  if (!entries.includes(demoMarker)) throw new UsageError(demoMessages.notADemoFolder(shown));
  for (const entry of demoEntries) await rm(join(dir, entry), { recursive: true, force: true });
}

/** SHA-256 over the generated files' own hashes, in import order: the run's data hash. */
async function dataHash(dir: string): Promise<string | null> {
  const path = join(dir, dataFolder, manifestFile);
  if (!existsSync(path)) return null;
  const manifest = DataManifest.parse(JSON.parse(await readFile(path, 'utf8')));
  const hash = createHash('sha256');
  for (const f of manifest.files) hash.update(`${f.table}:${f.sha256}\n`);
  return hash.digest('hex');
}

async function recordRun(ws: Workspace, s: DemoSummary, startedAt: Date, version: string | undefined, hash: string | null): Promise<void> {
  await ws.run(
    `insert into runs (run_id, kind, started_at, finished_at, status, spec_hash, data_hash, seed, versions, params, summary)
     values ($1, 'demo', $2::timestamp, now()::timestamp, 'ok', null, $3, $4, $5::json, $6::json, $7::json)`,
    [
      s.runId,
      startedAt.toISOString().replace('T', ' ').replace('Z', ''),
      hash,
      s.seed,
      JSON.stringify({ segmap: version ?? null }),
      JSON.stringify({ size: s.size, asOf: s.asOf }),
      JSON.stringify({ seconds: s.seconds, totals: s.health.totals }),
    ],
  );
}
