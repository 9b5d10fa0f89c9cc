/**
 * `segmap sql MODEL.json --dialect duckdb|postgres|spark|snowflake [--table T]` — prints one SELECT that
 * reads table T (default `input`), whose columns carry the model's input names, and returns id, segment,
 * probability: the same answers as `segmap score` (tested on DuckDB and PostgreSQL). The SQL is
 * self-contained (values written as escaped, typed literals); `--bind` prints `{ sql, parameters }` JSON
 * with placeholders instead. Contract: ../shared/BRIEF.md.
 *
 * Given a YAML file instead (a project file with a `rules:` section, or the section alone), it prints one
 * SELECT per rule segment returning its members, for the warehouse to tag with.
 */
import type { Command } from 'commander';
import { compileRuleFile } from '../../pipeline/rules/rules-command.js';
import { modelSql } from '../../pipeline/score/model-sql.js';
import { parseDialect } from '../../pipeline/score/dialects.js';
import { action } from '../run-command.js';
import { printJson } from '../output.js';

interface SqlFlags {
  readonly dialect: string;
  readonly table?: string;
  readonly bind?: boolean;
  readonly asOf?: string;
}

export function registerSql(program: Command): void {
  program
    .command('sql')
    .description('print a scoring or typing model as one SQL SELECT (id, segment, probability) for a warehouse')
    .argument('<model>', 'model JSON (a scoring model or DIR/typing.json), or a YAML file of rule segments')
    .requiredOption('--dialect <name>', 'duckdb, postgres, spark or snowflake')
    .option('--table <name>', 'table to read; its columns carry the model input names', 'input')
    .option('--bind', 'print JSON { sql, parameters } with placeholders instead of literals')
    .option('--as-of <date>', 'rules only: the date time windows count back from (default today)')
    .action(
      action('compiling the model to SQL', async (model: string, flags: SqlFlags) => {
        if (/\.ya?ml$/i.test(model)) {
          const segments = compileRuleFile(model, { dialect: parseDialect(flags.dialect), inline: !flags.bind, ...(flags.asOf ? { asOf: flags.asOf } : {}) });
          if (flags.bind) printJson(segments);
          else for (const s of segments) process.stdout.write(`-- rule segment ${s.segment} (${s.entity})\n${s.sql};\n\n`);
          return;
        }
        const compiled = await modelSql(model, { dialect: parseDialect(flags.dialect), ...(flags.table ? { table: flags.table } : {}), bind: flags.bind ?? false });
        if (flags.bind) printJson(compiled);
        else process.stdout.write(`${compiled.sql};\n`);
      }),
    );
}
