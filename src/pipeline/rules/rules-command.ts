/**
 * What `segmap rules D` does, behind one function per mode so the CLI and the server share them:
 * evaluate the project's (or a file's) rule segments and record them as tags, or compile them to SQL for
 * a warehouse. Each opens workspace D, which must exist, and closes it.
 */
import { openWorkspace } from '../../data/workspace.js';
import { compileRuleSetToSql, type CompiledRuleSegment } from '../../compile/rules/compile-rule-to-sql.js';
import { parseDialect, type DialectName } from '../../compile/dialect/index.js';

export { parseDialect };
import { loadRuleFile, loadRuleSet } from './load-rule-set.js';
import { runRules, todayIso, type RuleEngine, type RunRulesResult } from './run-rules.js';

export interface RulesCommandOptions {
  /** A YAML/JSON file with a `rules:` section (or a bare section); default D/segmap.yaml. */
  readonly file?: string;
  readonly asOf?: string;
}

export async function runRulesIn(dir: string, options: RulesCommandOptions & { engine?: RuleEngine; record?: boolean }): Promise<Omit<RunRulesResult, 'evaluation'>> {
  const ws = await openWorkspace(dir);
  try {
    const rules = await loadRuleSet(ws, options.file);
    const { evaluation: _members, ...summary } = await runRules(ws, rules, {
      ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
      ...(options.engine === undefined ? {} : { engine: options.engine }),
      ...(options.record === undefined ? {} : { record: options.record }),
    });
    return summary;
  } finally {
    ws.close();
  }
}

export async function compileRulesIn(dir: string, options: RulesCommandOptions & { dialect: DialectName; inline?: boolean }): Promise<CompiledRuleSegment[]> {
  const ws = await openWorkspace(dir);
  try {
    const rules = await loadRuleSet(ws, options.file);
    return compileRuleSetToSql(rules, { dialect: options.dialect, asOf: options.asOf ?? rules.asOf ?? todayIso(), inline: options.inline ?? false });
  } finally {
    ws.close();
  }
}

/** The rule segments of a YAML file (a project file or a bare `rules:` section) as SQL, without a workspace. */
export function compileRuleFile(file: string, options: { dialect: DialectName; asOf?: string; inline?: boolean }): CompiledRuleSegment[] {
  const rules = loadRuleFile(file);
  return compileRuleSetToSql(rules, { dialect: options.dialect, asOf: options.asOf ?? rules.asOf ?? todayIso(), inline: options.inline ?? false });
}
