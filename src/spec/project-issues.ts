/**
 * Validates a parsed project document and, when it fails, says what is wrong in the house style and
 * where: each problem carries its YAML path (`segmentations[1].k`) and the keys to find its line, so
 * the loader can print `line 14: segmentations[1].k requires …`. zod's own wording ("Invalid input:
 * expected number, received string") is replaced through a per-parse error map; messages a schema sets
 * itself (the k grammar, the prioritization policies) are kept.
 *
 * Complexity O(size of the document).
 *
 * @example
 * parseProject({ version: 1, segmentations: [{ name: 's', method: 'kmean', k: 4 }] })
 * // → err([{ path: 'segmentations[0].method', message: 'requires one of `kmeans`, `gmm`, `lca`, `kprototypes`, got "kmean"', … }])
 */
import type { z } from 'zod';
import { projectMessages as msg } from '../lib/messages/project.js';
import { err, ok, type Result } from '../lib/result.js';
import { Project } from './project.js';
import { formatPath, parseRulesSection } from './rules/parse-rules-section.js';

export interface ProjectIssue {
  /** `segmentations[1].k`; empty for the whole document. */
  readonly path: string;
  readonly keys: readonly PropertyKey[];
  readonly message: string;
}

const kindOf = (value: unknown): string => {
  if (value === undefined || value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text ${JSON.stringify(value)}`;
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
};

const expectedName: Readonly<Record<string, string>> = { object: 'a mapping', array: 'a list', string: 'text', number: 'a number', boolean: 'true or false' };

/** House-style wording of zod's issues (schema-set messages take precedence over this map). */
export const projectErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? msg.requiresValue : msg.requiresType(expectedName[issue.expected] ?? issue.expected, kindOf(issue.input));
    case 'invalid_value':
      return issue.input === undefined ? msg.requiresValue : msg.requiresOneOf(issue.values.map(String), issue.input);
    case 'unrecognized_keys':
      return msg.unknownKeys(issue.keys);
    case 'too_small':
      return msg.requiresAtLeast(issue.origin === 'array' ? 'item(s)' : issue.origin === 'string' ? 'character(s)' : '', issue.minimum);
    case 'too_big':
      return msg.requiresAtMost(issue.origin === 'array' ? 'item(s)' : issue.origin === 'string' ? 'character(s)' : '', issue.maximum);
    case 'invalid_format':
      return msg.requiresFormat(issue.format === 'regex' ? `text matching ${String(issue.pattern ?? '')}` : issue.format);
    default:
      return undefined;
  }
};

/** Lowercases zod's leftover default wording so every message reads the same way. */
const houseStyle = (message: string): string => message.charAt(0).toLowerCase() + message.slice(1).replace(/\.$/, '');

export function toProjectIssues(issues: readonly z.core.$ZodIssue[]): ProjectIssue[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), keys: issue.path, message: houseStyle(issue.message) }));
}

/** `segments[0].entry` → ['segments', 0, 'entry']. */
export function pathKeys(path: string): PropertyKey[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1]! : Number(m[2])));
}

/**
 * A failing `rules:` section is explained by the rules area's own parser, which names the operator a
 * condition was meant to use instead of zod's "invalid input" of a union.
 */
function rulesIssues(section: unknown): ProjectIssue[] {
  const parsed = parseRulesSection(section);
  if (parsed.ok) return [];
  return parsed.error.map((i) => ({ path: i.path ? `rules.${i.path}` : 'rules', keys: ['rules', ...pathKeys(i.path)], message: i.message }));
}

/** One line for a problem: its path and what it requires (a message that already names its place stands alone). */
export function issueText(issue: ProjectIssue): string {
  const head = issue.keys[0];
  if (issue.path === '') return `the project file ${issue.message}`;
  if (typeof head === 'string' && issue.message.startsWith(`${head}.`)) return issue.message;
  // "x requires …" reads as a sentence; other messages ("unknown field …") follow the path after a colon
  return /^(requires|has|is) /.test(issue.message) ? `${issue.path} ${issue.message}` : `${issue.path}: ${issue.message}`;
}

/** Validates a document (parsed YAML or JSON) against the project schema. */
export function parseProject(raw: unknown): Result<Project, ProjectIssue[]> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return err([{ path: '', keys: [], message: msg.notAMapping }]);
  const parsed = Project.safeParse(raw, { error: projectErrorMap });
  if (parsed.success) return ok(parsed.data);
  const issues = toProjectIssues(parsed.error.issues);
  const rules = issues.some((i) => i.keys[0] === 'rules') && 'rules' in raw ? rulesIssues(raw.rules) : [];
  return err(rules.length ? [...issues.filter((i) => i.keys[0] !== 'rules'), ...rules] : issues);
}
