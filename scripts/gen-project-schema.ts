// Writes src/spec/project.schema.json from the zod schema of the project file (src/spec/project.ts).
// Run: npm run schema. A test (src/spec/project-json-schema.test.ts) fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { projectJsonSchemaText } from '../src/spec/project-json-schema.js';

const target = fileURLToPath(new URL('../src/spec/project.schema.json', import.meta.url));
writeFileSync(target, projectJsonSchemaText());
console.log(`wrote ${target}`);
