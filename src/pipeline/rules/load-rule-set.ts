/**
 * Rules, from text to a checked set: read the `rules:` section (of D/segmap.yaml or a given YAML/JSON
 * file, which may also be a bare section), parse it, check it against the workspace's fields, and reject
 * circular references. Each failure is an InputError whose message is the first problem with its path and
 * whose details carry every problem (the API returns them all).
 *
 *   1. read YAML  →  2. parse (spec/rules zod)  →  3. check fields and types  →  4. order (core cycles)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { InputError, NotFoundError } from '../../lib/errors.js';
import { commonMessages, rulesMessages } from '../../lib/messages/index.js';
import type { Workspace } from '../../data/workspace.js';
import { projectFileName } from '../../data/workspace.js';
import { workspaceFieldCatalog } from '../../data/rule-inputs.js';
import { checkRuleSet, summarizeRuleIssues, type RuleIssue } from '../../spec/rules/check-rule-set.js';
import { defaultFieldCatalog, type FieldCatalog } from '../../spec/rules/field-catalog.js';
import { parseRulesSection } from '../../spec/rules/parse-rules-section.js';
import type { TypedRuleSet } from '../../spec/rules/typed-rule.js';
import { orderSegments, ruleDependencies } from '../../core/rules/order-segments.js';

/** Parse, check and order a rules section given as a value (API body, parsed YAML). */
export function checkRules(input: unknown, catalog: FieldCatalog = defaultFieldCatalog, file?: string): TypedRuleSet {
  const fail = (issues: readonly RuleIssue[]): never => {
    throw new InputError(summarizeRuleIssues(issues), file === undefined ? undefined : { file }, { issues });
  };
  const parsed = parseRulesSection(input);
  if (!parsed.ok) return fail(parsed.error);
  const checked = checkRuleSet(parsed.value, catalog);
  if (!checked.ok) return fail(checked.error);
  const order = orderSegments(ruleDependencies(checked.value));
  if (!order.ok) {
    return fail([{ code: 'circular_reference', path: 'segments', message: rulesMessages.circularReference(order.error) }]);
  }
  return checked.value;
}

/** The `rules:` value of a YAML or JSON document: its `rules` key, or the document itself if it is a section. */
export function rulesSectionOf(document: unknown): unknown {
  if (typeof document === 'object' && document !== null && 'rules' in document) return document.rules;
  if (typeof document === 'object' && document !== null && 'segments' in document) return document;
  return undefined;
}

/** Reads and checks the rules of `file` (default: the workspace's segmap.yaml) against the workspace's fields. */
export async function loadRuleSet(ws: Workspace, file?: string): Promise<TypedRuleSet> {
  const path = file ?? join(ws.dir, projectFileName);
  return checkRules(readRulesSection(path), await workspaceFieldCatalog(ws), path);
}

/** Reads and checks the rules of a file against the data model's fields alone (no workspace: `segmap sql`). */
export function loadRuleFile(path: string): TypedRuleSet {
  return checkRules(readRulesSection(path), defaultFieldCatalog, path);
}

function readRulesSection(path: string): unknown {
  if (!existsSync(path)) throw new NotFoundError(commonMessages.fileNotFound(path));
  let document: unknown;
  try {
    document = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(rulesMessages.unreadableRules(path, error instanceof Error ? error.message : String(error)), { file: path });
  }
  const section = rulesSectionOf(document);
  if (section === undefined) throw new InputError(rulesMessages.noRulesSection(path), { file: path });
  return section;
}
