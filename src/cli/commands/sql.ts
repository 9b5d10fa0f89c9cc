/**
 * `segmap sql MODEL.json --dialect duckdb|postgres|spark|snowflake [--table T]` — prints one SELECT that
 * reads table T (default `input`), whose columns carry the model's input names, and returns id, segment,
 * probability: the same answers as `segmap score` (tested on DuckDB and PostgreSQL). The SQL is
 * self-contained (values written as escaped, typed literals); `--bind` prints `{ sql, parameters }` JSON
 * with placeholders instead. Contract: ../shared/BRIEF.md.
 */
import type { Command } from 'commander';
import { modelSql } from '../../pipeline/score/model-sql.js';
import { parseDialect } from '../../pipeline/score/dialects.js';
import { action } from '../run-command.js';
import { printJson } from '../output.js';

interface SqlFlags {
  readonly dialect: string;
  readonly table?: string;
  readonly bind?: boolean;
}

export function registerSql(program: Command): void {
  program
    .command('sql')
    .description('print a scoring or typing model as one SQL SELECT (id, segment, probability) for a warehouse')
    .argument('<model>', 'model JSON: a scoring model or DIR/typing.json')
    .requiredOption('--dialect <name>', 'duckdb, postgres, spark or snowflake')
    .option('--table <name>', 'table to read; its columns carry the model input names', 'input')
    .option('--bind', 'print JSON { sql, parameters } with placeholders instead of literals')
    .action(
      action('compiling the model to SQL', async (model: string, flags: SqlFlags) => {
        const compiled = await modelSql(model, { dialect: parseDialect(flags.dialect), ...(flags.table ? { table: flags.table } : {}), bind: flags.bind ?? false });
        if (flags.bind) printJson(compiled);
        else process.stdout.write(`${compiled.sql};\n`);
      }),
    );
}
