/**
 * `segmap rules D [--rules FILE] [--as-of DATE] [--engine duckdb|memory] [--dry-run] [--json]` evaluates
 * the rule segments of D/segmap.yaml (or FILE) and records the members as `rule` tags;
 * `segmap rules D --sql postgres [--inline]` prints each segment's SQL for a warehouse instead.
 */
import type { Command } from 'commander';
import { UsageError } from '../../lib/errors.js';
import { rulesMessages } from '../../lib/messages/index.js';
import { parseAsOf } from '../../pipeline/governance/options.js';
import { compileRulesIn, parseDialect, runRulesIn } from '../../pipeline/rules/rules-command.js';
import { printJson, say } from '../output.js';
import { action } from '../run-command.js';

interface RulesFlags {
  rules?: string;
  asOf?: string;
  engine: string;
  dryRun?: boolean;
  sql?: string;
  inline?: boolean;
  json?: boolean;
}

export function registerRules(program: Command): void {
  program
    .command('rules')
    .description('evaluate rule segments and record them as tags, or print their SQL for a warehouse')
    .argument('<dir>', 'workspace folder')
    .option('--rules <file>', 'YAML or JSON with a rules: section (default: the workspace\'s segmap.yaml)')
    .option('--as-of <date>', 'evaluate as of this ISO date (default: the rules\' asOf, else today)')
    .option('--engine <engine>', 'duckdb (compiled SQL) or memory (in-process evaluator)', 'duckdb')
    .option('--dry-run', 'evaluate without recording memberships')
    .option('--sql <dialect>', 'print the SQL of each segment for duckdb, postgres, spark or snowflake instead')
    .option('--inline', 'with --sql: values as literals instead of parameters')
    .option('--json', 'print the result as JSON on stdout')
    .action(
      action('evaluating rules', async (dir: string, flags: RulesFlags) => {
        const common = { ...(flags.rules === undefined ? {} : { file: flags.rules }), ...(flags.asOf === undefined ? {} : { asOf: parseAsOf(flags.asOf) }) };
        if (flags.sql !== undefined) {
          const compiled = await compileRulesIn(dir, { ...common, dialect: parseDialect(flags.sql), inline: flags.inline ?? false });
          if (flags.json) printJson(compiled);
          else for (const q of compiled) process.stdout.write(`-- ${q.segment} (${q.entity}); parameters: ${JSON.stringify(q.parameters)}\n${q.sql};\n\n`);
          return;
        }
        if (flags.engine !== 'duckdb' && flags.engine !== 'memory') throw new UsageError(rulesMessages.unknownEngine(flags.engine));
        const result = await runRulesIn(dir, { ...common, engine: flags.engine, record: !flags.dryRun });
        if (flags.json) {
          printJson(result);
          return;
        }
        say(rulesMessages.rulesHeader(result.segmentation, result.asOf, result.engine));
        for (const s of result.segments) say(rulesMessages.rulesLine(s.name, s.entity, s.members));
        if (result.recorded) say(rulesMessages.rulesRecorded(result.runId, result.recorded.entered, result.recorded.exited, result.recorded.verified));
      }),
    );
}
