/**
 * Activate step: the project's `rules:` section (spec/rules) checked against the workspace's fields,
 * evaluated in DuckDB as of the run's day and recorded as `rule` tags with history — what `segmap rules
 * D` does with the rules of segmap.yaml. A rule naming an unknown field or a wrong type stops the run
 * with the YAML path and line of the condition.
 */
import { workspaceFieldCatalog } from '../../../data/rule-inputs.js';
import type { RulesSection } from '../../../spec/rules/rule-segment.js';
import { checkRuleSet } from '../../../spec/rules/check-rule-set.js';
import { pathKeys } from '../../../spec/project-issues.js';
import { checkRules } from '../../rules/load-rule-set.js';
import { runRules } from '../../rules/run-rules.js';
import type { ProjectStep } from '../context.js';
import { projectError } from '../load-project.js';

export function rulesStep(section: RulesSection): ProjectStep {
  return {
    phase: 'activate',
    title: `rules ${section.segmentation}`,
    detail: `${section.segments.length} rule segments${section.exclusive.length ? `, ${section.exclusive.length} exclusive group${section.exclusive.length === 1 ? '' : 's'}` : ''}`,
    async run(ctx) {
      const catalog = await workspaceFieldCatalog(ctx.workspace);
      const checked = checkRuleSet(section, catalog);
      if (!checked.ok) {
        const { file, lineOf } = ctx.project;
        throw projectError(file, checked.error.map((i) => {
          const keys = ['rules', ...pathKeys(i.path)];
          return { path: `rules.${i.path}`, keys, message: i.message, line: lineOf(keys) };
        }));
      }
      const rules = checkRules(section, catalog, ctx.project.file);
      ctx.progress({ phase: `rules ${section.segmentation}`, done: 0, total: 1 });
      const result = await runRules(ctx.workspace, rules, { asOf: section.asOf ?? ctx.asOf, runId: ctx.runId, at: ctx.at });
      ctx.results.memberships.push({ kind: 'rule', segmentation: result.segmentation });
      const members = Object.fromEntries(result.segments.map((s) => [s.name, s.members]));
      return {
        lines: [`as of ${result.asOf}: ${result.segments.map((s) => `${s.name} ${s.members}`).join(', ')}`],
        outputs: { asOf: result.asOf, members },
        files: [],
      };
    },
  };
}
