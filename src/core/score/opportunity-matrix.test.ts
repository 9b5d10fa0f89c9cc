import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeOnMatrix, type MatrixOptions } from './opportunity-matrix.js';
import { quadrantIds } from './quadrant.js';

const base: MatrixOptions = {
  cut: 'jenks',
  quantile: 0.5,
  tiers: { method: 'jenks', count: 3 },
  callsPerMonth: { growth: [4, 2, 1], expansion: [3, 2, 1], maintain_monitor: [2, 1, 0.5], low_priority: [1, 0.5, 0.25] },
};

test('peer groups get their own cut points; a group too small uses everyone\'s', () => {
  // group 0 (big sites) around 60/90, group 1 (small sites) around 10/30, group 2: two accounts only
  const opp = Float64Array.of(60, 62, 90, 92, 10, 12, 30, 32, 50, 5);
  const pos = Float64Array.of(10, 80, 10, 80, 10, 80, 10, 80, 50, 50);
  const groups = Int32Array.of(0, 0, 0, 0, 1, 1, 1, 1, 2, 2);
  const m = placeOnMatrix(opp, pos, { ...base, groups, minGroup: 4 });
  const q = Array.from(m.quadrant, (i) => quadrantIds[i]);
  assert.deepEqual(q.slice(0, 8), ['low_priority', 'maintain_monitor', 'growth', 'expansion', 'low_priority', 'maintain_monitor', 'growth', 'expansion']);
  assert.equal(m.cuts.length, 3, 'everyone, then groups 0 and 1');
  assert.deepEqual([...m.cutsOf], [1, 1, 1, 1, 2, 2, 2, 2, 0, 0]);
  // without groups, the small sites are all low opportunity
  const global = placeOnMatrix(opp, pos, base);
  assert.ok(Array.from(global.quadrant.subarray(4, 8), (i) => quadrantIds[i]).every((x) => x === 'low_priority' || x === 'maintain_monitor'));
});

test('cut points are fitted on the masked accounts only, then applied to all', () => {
  const opp = Float64Array.of(0, 0, 0, 0, 0, 0, 20, 22, 80, 82);
  const pos = Float64Array.of(0, 0, 0, 0, 0, 0, 10, 90, 10, 90);
  const fitMask = Uint8Array.of(0, 0, 0, 0, 0, 0, 1, 1, 1, 1);
  const m = placeOnMatrix(opp, pos, { ...base, fitMask });
  assert.equal(m.cuts[0]?.fittedOn, 4);
  assert.equal(m.cuts[0]?.opportunityCut.threshold, 22);
  assert.deepEqual(Array.from(m.quadrant.subarray(6), (i) => quadrantIds[i]), ['low_priority', 'maintain_monitor', 'growth', 'expansion']);
  // with the median as cut, the zeros would make every treating account "high" unless masked
  assert.equal(placeOnMatrix(opp, pos, { ...base, cut: 'quantile' }).cuts[0]?.opportunityCut.threshold, 0);
  assert.equal(placeOnMatrix(opp, pos, { ...base, cut: 'quantile', fitMask }).cuts[0]?.opportunityCut.threshold, 51);
});

test('tiers, deciles and calls per month follow quadrant and tier; counts add up', () => {
  const opp = Float64Array.from({ length: 20 }, (_, i) => (i < 10 ? 10 + i : 70 + i));
  const pos = Float64Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 10 : 90));
  const m = placeOnMatrix(opp, pos, base);
  assert.equal(Object.values(m.counts).reduce((s, c) => s + c, 0), 20);
  assert.equal(m.decile[19], 1);
  assert.equal(m.decile[0], 10);
  for (let i = 0; i < 20; i++) {
    const q = quadrantIds[m.quadrant[i] as number]!;
    const calls = base.callsPerMonth[q];
    assert.equal(m.callsPerMonth[i], calls[Math.min((m.tier[i] as number) - 1, calls.length - 1)]);
  }
  assert.equal(m.tier[19], 1);
});
