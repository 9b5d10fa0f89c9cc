/**
 * The JSON Schema of the project file, generated from the zod schema (spec/project.ts) so the two can
 * never disagree: editors validate and complete segmap.yaml with it (`# yaml-language-server: $schema=…`).
 * It describes what a user may write (zod's input side: defaults are optional, codes may be numbers).
 * `npm run schema` writes it to src/spec/project.schema.json; a test fails when the committed file is stale.
 *
 * Reference: zod 4 `z.toJSONSchema` (https://zod.dev/json-schema), JSON Schema draft 2020-12.
 *
 * @example JSON.stringify(projectJsonSchema()).includes('"segmentations"') // true
 */
import { z } from 'zod';
import { Project } from './project.js';

/** A URN, not a web address: the schema ships with the package. */
export const projectSchemaId = 'urn:segmap:schema:project:1';

export function projectJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Project, { io: 'input', target: 'draft-2020-12' });
  return { ...schema, $id: projectSchemaId, title: 'Segmap project file (segmap.yaml)' };
}

/** The file's text: two-space JSON and a final newline. */
export const projectJsonSchemaText = (): string => `${JSON.stringify(projectJsonSchema(), null, 2)}\n`;
