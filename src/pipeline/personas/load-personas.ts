/**
 * Reads a personas file (YAML or JSON, spec/persona.ts): parsed and validated with zod, ids unique,
 * personas put in priority order (then file order). Advice, not an error, when the count is outside 3–5.
 *
 * @example
 * const file = await loadPersonasFile('personas.yaml', logger); // { segmentation: 'personas', personas: [...] }
 * @throws InputError naming the file and the first problem (path and reason)
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../../lib/errors.js';
import type { Logger } from '../../lib/logger.js';
import { commonMessages, profileMessages } from '../../lib/messages/index.js';
import { PersonasFile } from '../../spec/persona.js';

const countOf = (raw: unknown): number => (typeof raw === 'object' && raw !== null && 'personas' in raw && Array.isArray(raw.personas) ? raw.personas.length : 0);

export function parsePersonas(raw: unknown, file: string, logger: Logger): PersonasFile {
  const parsed = PersonasFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    if (issue?.path[0] === 'personas' && issue.path.length === 1) throw new InputError(profileMessages.personaCount(countOf(raw)), { file });
    throw new InputError(profileMessages.fileInvalid(file, `${where}${issue?.message ?? 'invalid'}`), { file });
  }
  const seen = new Set<string>();
  for (const p of parsed.data.personas) {
    if (seen.has(p.id)) throw new InputError(profileMessages.duplicatePersona(p.id), { file });
    seen.add(p.id);
  }
  const count = parsed.data.personas.length;
  if (count < 3 || count > 5) logger.warn('persona-count', profileMessages.personaCountAdvice(count));
  const order = parsed.data.personas.map((p, i) => ({ p, i })).sort((a, b) => (a.p.priority ?? a.i) - (b.p.priority ?? b.i) || a.i - b.i);
  return { ...parsed.data, personas: order.map(({ p }) => p) };
}

export async function loadPersonasFile(file: string, logger: Logger): Promise<PersonasFile> {
  let raw: unknown;
  try {
    raw = parseYaml(await readFile(file, 'utf8'));
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    throw new InputError(missing ? commonMessages.fileNotFound(file) : profileMessages.fileInvalid(file, error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)), { file });
  }
  return parsePersonas(raw, file, logger);
}
