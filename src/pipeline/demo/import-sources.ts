/**
 * Demo stage 2: import the generated sources through the product's own importer (`importFile`), in the
 * manifest's order (referenced tables first), so the demo exercises exactly what a user's data goes
 * through: staging, validation, the reject report, the upsert and the import record. The planted bad rows
 * come back as rejects; everything else loads.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../lib/errors.js';
import { demoMessages } from '../../lib/messages/index.js';
import { importFile, type ImportReport } from '../import-file.js';
import type { DemoContext, DemoStage } from './context.js';
import { DataManifest, dataFolder, manifestFile } from './generate-market.js';

export const importSourcesStage: DemoStage = {
  title: 'import sources',
  async run(ctx: DemoContext): Promise<void> {
    const manifestPath = join(ctx.dir, dataFolder, manifestFile);
    if (!existsSync(manifestPath)) throw new InputError(demoMessages.missingManifest(manifestPath));
    const manifest = DataManifest.parse(JSON.parse(await readFile(manifestPath, 'utf8')));
    const total = manifest.files.length;
    const reports: ImportReport[] = [];
    for (const [k, entry] of manifest.files.entries()) {
      ctx.progress({ phase: 'import sources', done: k, total, detail: entry.table });
      reports.push(
        await importFile({
          workspace: ctx.workspace,
          table: entry.table,
          file: join(ctx.dir, dataFolder, entry.file),
          progress: (event) => ctx.progress({ phase: 'import sources', done: k, total, detail: `${entry.table}: ${event.phase}` }),
        }),
      );
      for (const warning of reports[k]?.warnings ?? []) ctx.logger.warn('demo_import', `${entry.table}: ${warning}`);
    }
    ctx.progress({ phase: 'import sources', done: total, total, detail: 'done' });
    const rowsIn = reports.reduce((sum, r) => sum + r.rowsIn, 0);
    const rejected = reports.reduce((sum, r) => sum + r.rowsRejected, 0);
    ctx.summary.set(this.title, [demoMessages.imported(reports.length, rowsIn, rejected)]);
  },
};
