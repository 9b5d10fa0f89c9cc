/**
 * `segmap score MODEL.json FILE --out FILE.csv` — scores every row of FILE (CSV or Parquet) with a
 * scoring model or a typing tool, writing id, segment, probability. FILE must carry every model input;
 * the error names all missing columns.
 */
import type { Command } from 'commander';
import { scoreFile } from '../../pipeline/score/score-file.js';
import { action } from '../run-command.js';
import { printJson, say } from '../output.js';

interface ScoreFlags {
  readonly out: string;
  readonly json?: boolean;
}

export function registerScore(program: Command): void {
  program
    .command('score')
    .description('score a file with a model JSON (scoring model or typing tool): id, segment, probability')
    .argument('<model>', 'model JSON')
    .argument('<file>', 'CSV or Parquet whose columns carry the model input names (and its id column)')
    .requiredOption('--out <file>', 'CSV to write: id, segment, probability')
    .option('--json', 'print the summary as JSON on stdout')
    .action(
      action('scoring', async (model: string, file: string, flags: ScoreFlags) => {
        const summary = await scoreFile(model, file, flags.out);
        if (flags.json) printJson(summary);
        else say(`${summary.rows} rows scored → ${summary.out} (${Object.entries(summary.segments).map(([s, n]) => `${s} ${n}`).join(', ')})`);
      }),
    );
}
