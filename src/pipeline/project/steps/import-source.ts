/**
 * Load step: one declared source imported through the product's importer, exactly as `segmap import D
 * --table T FILE [--map MAPPING]` would (staging, validation, reject report, upsert, import record). A
 * mapping is a file path (relative to the project file) or the mapping itself inline. The import date
 * is the run's as-of day, so defaults such as last_verified do not depend on the day the run happens.
 */
import { resolve } from 'node:path';
import { importTable } from '../../../data/import/import-table.js';
import { readMappingFile } from '../../../data/import/read-mapping-file.js';
import type { NormalizedProject } from '../../../spec/normalize-project.js';
import type { ProjectStep } from '../context.js';

type Source = NormalizedProject['sources'][number];

export function importSourceStep(source: Source): ProjectStep {
  return {
    phase: 'load',
    title: `import ${source.table}`,
    detail: `${source.file}${typeof source.mapping === 'string' ? ` (mapping ${source.mapping})` : source.mapping ? ' (inline mapping)' : ''}`,
    async run(ctx) {
      const file = resolve(ctx.project.dir, source.file);
      const mapping = typeof source.mapping === 'string' ? await readMappingFile(resolve(ctx.project.dir, source.mapping)) : (source.mapping ?? undefined);
      const report = await importTable(ctx.workspace, {
        table: source.table,
        file,
        today: ctx.asOf,
        ...(mapping ? { mapping } : {}),
        ...(source.source ? { source: source.source } : {}),
        progress: (e) => ctx.progress({ ...e, phase: `import ${source.table}: ${e.phase}` }),
      });
      for (const warning of report.warnings) ctx.logger.warn('project_import', `${source.table}: ${warning}`);
      return {
        lines: [`${report.rowsLoaded} of ${report.rowsIn} rows loaded, ${report.rowsRejected} rejected`],
        outputs: { rowsIn: report.rowsIn, rowsLoaded: report.rowsLoaded, rowsRejected: report.rowsRejected },
        files: [],
      };
    },
  };
}
