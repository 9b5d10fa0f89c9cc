import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PrioritizationSpec } from './prioritization.js';

test('an empty section gives the full default set-up', () => {
  const spec = PrioritizationSpec.parse({});
  assert.equal(spec.cut_points.method, 'jenks');
  assert.equal(spec.cut_points.by, 'type');
  assert.deepEqual(spec.weights, { volume: 0.3, potential: 0.3, sales: 0, affiliation: 0.1, referral: 0.2, kol: 0.1 });
  assert.deepEqual(spec.influence, { pagerank: 0.5, kol: 0.5, volume: 0 });
  assert.deepEqual(spec.calls_per_month.growth, [4, 2, 1]);
  assert.equal(spec.referrals.alpha, 0.85);
});

test('policy: influence is never volume alone, and PhRMA mode admits no volume at all', () => {
  const alone = PrioritizationSpec.safeParse({ influence: { pagerank: 0, kol: 0, volume: 1 } });
  assert.equal(alone.success, false);
  assert.match(alone.error?.issues[0]?.message ?? '', /prescribing volume alone is not influence/);
  const phrma = PrioritizationSpec.safeParse({ kol: { mode: 'phrma' }, influence: { volume: 0.2 } });
  assert.equal(phrma.success, false);
  assert.match(phrma.error?.issues[0]?.message ?? '', /PhRMA Code/);
  assert.equal(PrioritizationSpec.safeParse({ kol: { mode: 'phrma', signals: { speaker_program: 2 } } }).success, true);
});

test('numbers are checked, unknown keys refused, codes may be written as numbers', () => {
  assert.equal(PrioritizationSpec.safeParse({ weights: { volume: -1 } }).success, false);
  assert.equal(PrioritizationSpec.safeParse({ weights: { volume: 0, potential: 0, affiliation: 0, referral: 0, kol: 0 } }).success, false);
  assert.equal(PrioritizationSpec.safeParse({ volume: { reported_rate: { '37252': 1.5 } } }).success, false);
  assert.equal(PrioritizationSpec.safeParse({ cut_points: { method: 'kmeans' } }).success, false);
  assert.equal(PrioritizationSpec.safeParse({ volme: {} }).success, false);
  assert.equal(PrioritizationSpec.safeParse({ potential: { prevalence: 0.02 } }).success, false, 'prevalence needs a population code');
  assert.deepEqual(PrioritizationSpec.parse({ volume: { codes: [37224, '37252'] } }).volume.codes, ['37224', '37252']);
});
