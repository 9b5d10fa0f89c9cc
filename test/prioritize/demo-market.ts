/**
 * A demo market in a workspace for the prioritization tests: the generator's own stage writes the sources
 * (D/data/*.csv) and the planted truth (D/truth/accounts.csv); the source tables are then loaded with a
 * plain `insert ... by name` (not the importer, so these tests exercise prioritization only).
 * Also: precision and recall of predicted quadrants against the planted ones.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateMarketStage } from '../../src/pipeline/demo/generate-market.js';
import type { DemoContext, DemoSize } from '../../src/pipeline/demo/context.js';
import { openWorkspace, type Workspace } from '../../src/data/workspace.js';
import { silentLogger } from '../../src/lib/logger.js';
import { noProgress } from '../../src/lib/progress.js';

const tables = ['territories', 'products', 'accounts', 'stakeholders', 'affiliations', 'referrals', 'volumes', 'sales', 'kol_signals', 'engagement_events'];

export interface DemoMarket {
  readonly dir: string;
  readonly ws: Workspace;
  /** account_id → planted quadrant (read by the test only, never by the pipeline). */
  readonly truth: ReadonlyMap<string, string>;
}

export async function demoMarket(size: DemoSize = 'small', seed = 42, dir = mkdtempSync(join(tmpdir(), 'segmap-pz-'))): Promise<DemoMarket> {
  const ws = await openWorkspace(dir, { create: true });
  const ctx: DemoContext = {
    dir,
    outDir: join(dir, 'out'),
    truthDir: join(dir, 'truth'),
    size,
    seed,
    asOf: '2025-06-30',
    workspace: ws,
    progress: noProgress,
    logger: silentLogger,
    summary: new Map(),
  };
  await generateMarketStage.run(ctx);
  for (const table of tables) {
    await ws.run(`insert into ${table} by name select * from read_csv($1, header = true, all_varchar = true)`, [join(dir, 'data', `${table}.csv`)]);
  }
  return { dir, ws, truth: readTruth(join(dir, 'truth', 'accounts.csv')) };
}

function readTruth(file: string): Map<string, string> {
  const lines = readFileSync(file, 'utf8').trim().split('\n').slice(1);
  return new Map(lines.map((line) => line.split(',') as [string, string]));
}

export interface PrecisionRecall {
  readonly precision: number;
  readonly recall: number;
  readonly predicted: number;
  readonly planted: number;
}

/** Precision over every account predicted in `quadrant`, recall over every account planted in it. */
export function precisionRecall(predicted: ReadonlyMap<string, string>, truth: ReadonlyMap<string, string>, quadrant: string): PrecisionRecall {
  let hit = 0;
  let predictedCount = 0;
  let plantedCount = 0;
  for (const [id, q] of predicted) {
    if (q !== quadrant) continue;
    predictedCount++;
    if (truth.get(id) === quadrant) hit++;
  }
  for (const q of truth.values()) if (q === quadrant) plantedCount++;
  return { precision: predictedCount ? hit / predictedCount : 0, recall: plantedCount ? hit / plantedCount : 0, predicted: predictedCount, planted: plantedCount };
}
