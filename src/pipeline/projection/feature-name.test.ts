import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ModelName } from '../../spec/scoring-model.js';
import { featureName, maxNameLength } from './feature-name.js';

test('category values become plain, unique input names', () => {
  const taken = new Set<string>();
  assert.equal(featureName('engagement', ['Email', 'open'], taken), 'engagement_email_open');
  assert.equal(featureName('volume', ['I70.2'], taken), 'volume_i70_2');
  assert.equal(featureName('asset', ['"; drop table stakeholders; --'], taken), 'asset_drop_table_stakeholders');
  assert.equal(featureName('asset', ['drop table stakeholders'], taken), 'asset_drop_table_stakeholders_2');
  assert.equal(featureName('kol', ['☃', ''], taken), 'kol_blank');
  assert.equal(featureName('asset', ['é-learning'], taken), 'asset_e_learning');
  const long = featureName('asset', ['x'.repeat(300)], taken);
  assert.equal(long.length, maxNameLength);
  assert.equal(featureName('asset', ['x'.repeat(300)], taken), `${'asset_'.padEnd(maxNameLength - 2, 'x')}_2`);
});

test('property: any values give a valid model input name, with the family prefix, never one already taken', () => {
  fc.assert(
    fc.property(fc.array(fc.array(fc.string({ unit: 'binary', maxLength: 80 }), { minLength: 1, maxLength: 2 }), { maxLength: 30 }), (lists) => {
      const taken = new Set<string>();
      const names = lists.map((values) => featureName('asset', values, taken));
      assert.equal(new Set(names).size, names.length);
      names.forEach((name) => {
        assert.ok(ModelName.safeParse(name).success, name);
        assert.ok(/^asset_[a-z0-9_]+$/.test(name), name);
      });
    }),
  );
});
