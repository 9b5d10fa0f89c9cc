/**
 * Reads and validates a mapping YAML file (schema: spec/mapping.ts). Every problem names the file and the
 * path inside it (`fields.npi.format: ...`), so a user fixes the mapping without guessing.
 *
 * @example await readMappingFile('hcp.map.yaml') // → { table: 'stakeholders', fields: { npi: { from: 'NPI' } }, ... }
 * @throws InputError when the file is missing, not YAML, or does not fit the schema
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { InputError } from '../../lib/errors.js';
import { commonMessages, importMessages } from '../../lib/messages/index.js';
import { Mapping } from '../../spec/mapping.js';

export async function readMappingFile(file: string): Promise<Mapping> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new InputError(commonMessages.fileNotFound(file), { file });
  }
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new InputError(importMessages.mappingInvalid(file, '', error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)), { file });
  }
  return parseMapping(raw ?? {}, file);
}

/** Validates an already-parsed mapping object (the API and project files pass objects). */
export function parseMapping(raw: unknown, file = 'mapping'): Mapping {
  const parsed = Mapping.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue ? issue.path.map(String).join('.') : '';
  throw new InputError(importMessages.mappingInvalid(file, where, issue?.message ?? 'invalid'), { file });
}
