import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ScoringModel } from './scoring-model.js';

const base = {
  format: 'segmap.scoring-model',
  version: 1,
  method: 'logistic',
  segments: ['a', 'b'],
  inputs: [{ name: 'beds', type: 'numeric' }, { name: 'type', type: 'categorical', levels: ['hospital', 'ASC'] }],
  features: [{ kind: 'numeric', input: 'beds', center: 200, scale: 80 }, { kind: 'indicator', input: 'type', level: 'ASC' }],
  intercepts: [0, 0],
  coefficients: [[-0.5, 1], [0.5, -1]],
};

test('a scoring model parses with defaults (id column, log1p off, training {})', () => {
  const m = ScoringModel.parse(base);
  assert.equal(m.idColumn, 'id');
  assert.deepEqual(m.features[0], { kind: 'numeric', input: 'beds', center: 200, scale: 80, log1p: false });
});

test('shape errors name the field: coefficients, intercepts, unknown inputs, kinds, reserved names, unsafe names', () => {
  const issues = (doc: unknown): string[] => {
    const r = ScoringModel.safeParse(doc);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  assert.match(issues({ ...base, coefficients: [[1], [2]] }).join('\n'), /coefficients: requires 2 rows of 2 values/);
  assert.match(issues({ ...base, intercepts: [0] }).join('\n'), /intercepts: requires 2 values/);
  assert.match(issues({ ...base, features: [...base.features.slice(0, 1), { kind: 'indicator', input: 'nope', level: 'x' }] }).join('\n'), /features.1.input: refers to unknown input nope/);
  assert.match(issues({ ...base, features: [{ kind: 'indicator', input: 'beds', level: '1' }, base.features[1]] }).join('\n'), /does not fit numeric input beds/);
  assert.match(issues({ ...base, segments: ['a', 'unassigned'] }).join('\n'), /"unassigned" is reserved/);
  assert.match(issues({ ...base, inputs: [{ name: 'beds"; drop', type: 'numeric' }, base.inputs[1]] }).join('\n'), /inputs.0.name/);
  assert.match(issues({ ...base, intercepts: [0, Number.POSITIVE_INFINITY] }).join('\n'), /intercepts.1/);
});
