/**
 * The rules API's what-if: check a `rules:` section sent as JSON against the workspace's fields and say
 * how many entities each segment would hold, with a few example ids, without recording anything. Bad
 * rules throw an InputError whose details list every problem with its path (the server maps it to 422).
 *
 * @example await previewRules(ws, { segments: [{ name: 'big', entity: 'account', entry: { field: 'beds', gte: 200 } }] }, { asOf: '2024-06-30' })
 *   // → { segmentation: 'rules', asOf: '2024-06-30', segments: [{ name: 'big', entity: 'account', members: 41, examples: ['A0003', …] }] }
 */
import type { Workspace } from '../../data/workspace.js';
import { workspaceFieldCatalog } from '../../data/rule-inputs.js';
import { checkRules } from './load-rule-set.js';
import { runRules, todayIso } from './run-rules.js';

export interface RulePreview {
  readonly segmentation: string;
  readonly asOf: string;
  readonly segments: readonly { name: string; entity: string; members: number; examples: readonly string[] }[];
}

export async function previewRules(ws: Workspace, input: unknown, options: { asOf?: string; examples?: number } = {}): Promise<RulePreview> {
  const rules = checkRules(input, await workspaceFieldCatalog(ws));
  const asOf = options.asOf ?? rules.asOf ?? todayIso();
  const result = await runRules(ws, rules, { asOf, record: false });
  const examples = options.examples ?? 5;
  return {
    segmentation: rules.segmentation,
    asOf,
    segments: result.evaluation.segments.map((s) => ({ name: s.name, entity: s.entity, members: s.members.length, examples: s.members.slice(0, examples) })),
  };
}
