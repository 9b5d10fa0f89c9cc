import type { Command } from 'commander';
import { importCliMessages } from '../../lib/messages/index.js';
import { importFileInto, type ImportReport } from '../../pipeline/import-file.js';
import { printJson, progressBar, say } from '../output.js';
import { action } from '../run-command.js';

const shownRejects = 20;

function summarize(report: ImportReport): void {
  say(importCliMessages.imported(report.rowsLoaded, report.rowsIn, report.table, report.rowsRejected));
  for (const r of report.rejects.slice(0, shownRejects)) say(importCliMessages.rejectLine(r.row, r.column, r.value, r.reason));
  if (report.rejectsTotal > shownRejects) say(importCliMessages.moreRejects(report.rejectsTotal - shownRejects));
  for (const w of report.warnings) say(importCliMessages.warning(w));
}

/**
 * `segmap import D --table T FILE [--map MAPPING.yaml] [--json]`: load FILE (CSV, Parquet, XLSX, SAV) into
 * table T. Rejected rows do not fail the command (they are reported); an unreadable file or a missing
 * required column does, and then nothing is loaded.
 */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('load a CSV, Parquet, XLSX or SPSS .sav file into a workspace table, with validation')
    .argument('<dir>', 'workspace folder')
    .argument('<file>', 'the file to load')
    .requiredOption('--table <table>', 'target table (a model table, or survey for a wide survey file)')
    .option('--map <mapping>', 'mapping YAML: source columns → model fields')
    .option('--source <source>', 'recorded as each row\'s source (default: the mapping\'s, then the file name)')
    .option('--json', 'print the import report as JSON on stdout')
    .action(
      action('importing', async (dir: string, file: string, opts: { table: string; map?: string; source?: string; json?: boolean }) => {
        const progress = progressBar();
        try {
          const report = await importFileInto(dir, {
            table: opts.table,
            file,
            ...(opts.map ? { mappingFile: opts.map } : {}),
            ...(opts.source ? { source: opts.source } : {}),
            progress,
          });
          progress.stop();
          if (opts.json) printJson(report);
          else summarize(report);
        } finally {
          progress.stop();
        }
      }),
    );
}
