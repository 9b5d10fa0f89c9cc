/**
 * The `prioritization:` section of a workspace's project file (D/segmap.yaml), validated; the defaults
 * when the file or the section is absent. An invalid section is a usage error naming the option.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { projectFileName } from '../../data/workspace.js';
import { InputError, UsageError } from '../../lib/errors.js';
import { prioritizeMessages as msg } from '../../lib/messages/index.js';
import { PrioritizationSpec } from '../../spec/prioritization.js';

export function readPrioritization(dir: string): PrioritizationSpec {
  const path = join(dir, projectFileName);
  if (!existsSync(path)) return PrioritizationSpec.parse({});
  let document: unknown;
  try {
    document = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(`${path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { file: path });
  }
  const section = typeof document === 'object' && document !== null && 'prioritization' in document ? document.prioritization : undefined;
  return parsePrioritization(section ?? {}, path);
}

/** Validates a section given as data (project file, API body, tests). */
export function parsePrioritization(section: unknown, where = 'prioritization'): PrioritizationSpec {
  if (typeof section !== 'object' || section === null || Array.isArray(section)) throw new UsageError(msg.notAProjectSection(where));
  const parsed = PrioritizationSpec.safeParse(section);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path.join('.') ?? '';
  throw new UsageError(issue?.code === 'custom' ? issue.message : msg.invalidOption(path, issue?.message ?? 'invalid'));
}
