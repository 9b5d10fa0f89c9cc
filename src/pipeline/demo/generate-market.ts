/**
 * Demo stage 1: build the synthetic market (market/build-market.ts, pure) and write it out —
 * the sources as `D/data/<table>.csv` plus `D/data/manifest.json` (import order, rows, SHA-256), and the
 * planted truth as `D/truth/*.csv` plus `D/truth/market.json`. The next stage imports the sources through
 * the real importer; nothing in the pipeline reads `D/truth`.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { demoMessages } from '../../lib/messages/index.js';
import type { DemoContext, DemoStage } from './context.js';
import { buildMarket, type Market } from './market/build-market.js';
import { dayOf } from './market/calendar.js';
import { marketFacts } from './market/facts.js';
import { enumColumn, idColumn, table, textColumn, type Table } from './market/table.js';
import { writeCsv, type WrittenFile } from './write-csv.js';

export const dataFolder = 'data';
export const manifestFile = 'manifest.json';

/** `D/data/manifest.json`: what was generated, files in import order (file names relative to D/data). */
export const DataManifest = z.object({
  generator: z.string(),
  size: z.enum(['small', 'medium', 'large']),
  seed: z.number(),
  asOf: z.string(),
  files: z.array(z.object({ table: z.string(), file: z.string(), rows: z.number(), bytes: z.number(), sha256: z.string() })),
});
export type DataManifest = z.infer<typeof DataManifest>;

/** Today in UTC as YYYY-MM-DD: the default as-of day of a demo. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

export const generateMarketStage: DemoStage = {
  title: 'generate market',
  async run(ctx: DemoContext): Promise<void> {
    const asOf = ctx.asOf ?? todayIso();
    ctx.progress({ phase: 'generate market', done: 0, total: 1, detail: `${ctx.size}, seed ${ctx.seed}` });
    const market = buildMarket({ size: ctx.size, seed: ctx.seed, asOfDay: dayOf(asOf) });
    const total = market.sources.length + market.truth.length + 1;
    let done = 0;
    const step = (detail: string): void => ctx.progress({ phase: 'write market files', done: ++done, total, detail });

    const files: WrittenFile[] = [];
    for (const t of market.sources) {
      files.push(await writeCsv(t, join(ctx.dir, dataFolder, `${t.name}.csv`)));
      step(t.name);
    }
    const manifest: DataManifest = {
      generator: 'segmap demo market',
      size: ctx.size,
      seed: ctx.seed,
      asOf,
      files: files.map((f) => ({ ...f, file: `${f.table}.csv` })),
    };
    await writeFile(join(ctx.dir, dataFolder, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`);

    for (const t of [...market.truth, plantedRejectsTable(market)]) {
      await writeCsv(t, join(ctx.truthDir, `${t.name}.csv`));
      step(`truth/${t.name}`);
    }
    await writeFile(join(ctx.truthDir, 'market.json'), `${JSON.stringify(marketFacts(market, asOf), null, 2)}\n`);
    step('truth/market.json');

    ctx.summary.set(this.title, summaryLines(market, files, asOf));
  },
};

function summaryLines(market: Market, files: readonly WrittenFile[], asOf: string): string[] {
  const rows = files.reduce((sum, f) => sum + f.rows, 0);
  const megabytes = files.reduce((sum, f) => sum + f.bytes, 0) / 1e6;
  const truth = market.truth.find((t) => t.name === 'accounts');
  return [
    demoMessages.marketBuilt(market.scale.stakeholders, truth?.rows ?? 0, market.scale.respondents, asOf),
    demoMessages.filesWritten(files.length, rows, megabytes),
    demoMessages.plantedRejects(market.plantedRejects.length),
  ];
}

function plantedRejectsTable(market: Market): Table {
  const p = market.plantedRejects;
  const tables = [...new Set(p.map((r) => r.table))];
  return table('planted_rejects', p.length, [
    enumColumn('table', tables, Int16Array.from(p, (r) => tables.indexOf(r.table))),
    idColumn('row', '', 1, Int32Array.from(p, (r) => r.row)),
    textColumn(
      'column',
      p.map((r) => r.column),
    ),
    textColumn(
      'reason',
      p.map((r) => r.reason),
    ),
  ]);
}
