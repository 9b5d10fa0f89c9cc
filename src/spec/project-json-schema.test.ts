import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { projectJsonSchemaText } from './project-json-schema.js';

const committed = fileURLToPath(new URL('./project.schema.json', import.meta.url));
const example = fileURLToPath(new URL('../../examples/demo-project.yaml', import.meta.url));

test('the committed JSON Schema is the one generated from the zod schema (run `npm run schema` after a change)', () => {
  assert.equal(readFileSync(committed, 'utf8'), projectJsonSchemaText());
});

/**
 * An outside validator checks the generated schema: Python's `jsonschema` (Draft 2020-12) accepts the
 * example project and rejects a bad k and an unknown key, as the zod schema does.
 *   python3 -c "import jsonschema; jsonschema.Draft202012Validator(schema).iter_errors(doc)"
 */
const python = spawnSync('python3', ['-c', 'import jsonschema, regex'], { encoding: 'utf8' });

test('python jsonschema (Draft 2020-12) accepts the example and rejects bad documents', { skip: python.status === 0 ? false : 'python3 with jsonschema and regex not available' }, () => {
    // JSON Schema patterns are ECMA-262 regexes (the rule names use \\p{L}); Python's `re` lacks Unicode
  // property escapes, so the validator's `re` is swapped for the `regex` module, which reads them
  const script = `
import json, sys, regex, jsonschema, jsonschema._keywords, jsonschema._format
jsonschema._keywords.re = regex
jsonschema._format.re = regex
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema)
for doc in json.load(sys.stdin):
    print(len(list(v.iter_errors(doc))))
`;
  const doc: unknown = parse(readFileSync(example, 'utf8'));
  const documents = [
    doc,
    { version: 1, segmentations: [{ name: 's', method: 'kmeans', k: 4 }], exports: [{ kind: 'calllist', out: 'x.csv' }] },
    { version: 1, segmentations: [{ name: 's', method: 'kmeans', k: [4] }] },
    { version: 1, segmentations: [{ name: 's', method: 'kmeans', k: 'two' }] },
    { version: 1, sedd: 3 },
    { version: 1, segmentations: [{ name: 's', method: 'ward', k: 4 }] },
  ];
  const run = spawnSync('python3', ['-c', script, committed], { input: JSON.stringify(documents), encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const errors = run.stdout.trim().split('\n').map(Number);
  assert.deepEqual(errors.map((e) => e > 0), [false, false, true, true, true, true]);
});
