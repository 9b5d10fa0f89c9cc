import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyParts, type ReasonFacts } from './account-parts.js';
import { explainPlacements } from './explain-placement.js';
import { quadrantIds } from './quadrant.js';
import type { AccountScores } from './score-accounts.js';

function facts(n: number): ReasonFacts {
  return {
    referringAccounts: new Int32Array(n),
    affiliatedReferrers: new Int32Array(n),
    hubsFeeding: new Int32Array(n),
    kolCount: new Int32Array(n),
    systemSites: new Int32Array(n),
    inGpo: new Uint8Array(n),
    contacts: new Float64Array(n),
  };
}

function scores(n: number, points: Partial<Record<keyof AccountScores['contributions'], number[]>>): AccountScores {
  const c = (name: keyof AccountScores['contributions']) => Float64Array.from(points[name] ?? new Array<number>(n).fill(0));
  const names = ['volume', 'potential', 'sales', 'affiliation', 'referral', 'kol', 'share', 'relationship'] as const;
  const contributions = Object.fromEntries(names.map((name) => [name, c(name)])) as AccountScores['contributions'];
  const zero: readonly [number, number] = [0, 1];
  return { opportunity: new Float64Array(n), position: new Float64Array(n), contributions, ranges: Object.fromEntries(names.map((name) => [name, zero])) as AccountScores['ranges'] };
}

test('the brief\'s example: referral first, then share', () => {
  const parts = emptyParts(1);
  parts.hasVolume[0] = 1;
  parts.sales[0] = 40;
  parts.share[0] = 0.08;
  const f = facts(1);
  f.affiliatedReferrers[0] = 3;
  f.referringAccounts[0] = 5;
  const reasons = explainPlacements(parts, f, scores(1, { referral: [30], volume: [1] }), Int8Array.of(quadrantIds.indexOf('growth')));
  assert.deepEqual(reasons, ['3 affiliated sites refer in; share 8%']);
});

test('the top two drivers with their numbers; no volume and no sales said plainly; rep contacts for high position', () => {
  const parts = emptyParts(2);
  parts.volume[0] = 1234;
  parts.potential[0] = 2500;
  parts.growth[0] = 0.12;
  parts.hasVolume[0] = 1;
  parts.sales[0] = 10;
  parts.share[0] = 0.52;
  const f = facts(2);
  f.kolCount[0] = 2;
  f.contacts[0] = 14;
  const s = scores(2, { volume: [20, 0], potential: [25, 0], kol: [5, 0], relationship: [10, 0] });
  const q = Int8Array.of(quadrantIds.indexOf('expansion'), quadrantIds.indexOf('low_priority'));
  assert.deepEqual(explainPlacements(parts, f, s, q), [
    '2,500 untreated patients, volume up 12%; 1,234 procedures; share 52%; 14 rep contacts',
    'no procedure volume on file; no sales yet',
  ]);
});
