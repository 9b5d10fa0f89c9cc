import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { emptyParts } from './account-parts.js';
import { scoreAccounts } from './score-accounts.js';

const weights = { volume: 0.3, potential: 0.3, sales: 0, affiliation: 0.1, referral: 0.2, kol: 0.1 };
const positionWeights = { share: 0.7, relationship: 0.3 };

function partsOf(n: number, seed: number) {
  const parts = emptyParts(n);
  for (let i = 0; i < n; i++) {
    const x = ((i + 1) * 7919 * (seed + 3)) % 997;
    parts.volume[i] = x;
    parts.potential[i] = (x * 13) % 501;
    parts.referral[i] = (x % 17) / 3;
    parts.kol[i] = x % 5;
    parts.affiliation[i] = x % 3;
    parts.share[i] = (x % 100) / 100;
    parts.relationship[i] = x % 7;
  }
  return parts;
}

test('contributions add up to the scores, which stay within 0..100', () => {
  const parts = partsOf(40, 1);
  const s = scoreAccounts(parts, weights, positionWeights);
  for (let i = 0; i < 40; i++) {
    const opp = ['volume', 'potential', 'sales', 'affiliation', 'referral', 'kol'] as const;
    const sum = opp.reduce((t, name) => t + (s.contributions[name][i] as number), 0);
    assert.ok(Math.abs(sum - (s.opportunity[i] as number)) < 1e-9);
    assert.ok(Math.abs((s.contributions.share[i] as number) + (s.contributions.relationship[i] as number) - (s.position[i] as number)) < 1e-9);
    assert.ok((s.opportunity[i] as number) >= 0 && (s.opportunity[i] as number) <= 100);
    assert.ok(s.contributions.sales[i] === 0, 'a zero weight contributes nothing');
  }
});

test('a part weighted alone orders accounts exactly as that part does', () => {
  const parts = partsOf(30, 2);
  const s = scoreAccounts(parts, { volume: 1, potential: 0, sales: 0, affiliation: 0, referral: 0, kol: 0 }, { share: 1, relationship: 0 });
  for (let i = 0; i < 30; i++) for (let j = 0; j < 30; j++) {
    if ((parts.volume[i] as number) < (parts.volume[j] as number)) assert.ok((s.opportunity[i] as number) <= (s.opportunity[j] as number));
  }
});

test('property: permuting accounts permutes their scores', () => {
  fc.assert(
    fc.property(fc.integer({ min: 5, max: 40 }), fc.integer({ min: 0, max: 50 }), (n, seed) => {
      const parts = partsOf(n, seed);
      const perm = Array.from({ length: n }, (_, i) => (i * 3 + 1) % n).map((p, i, arr) => (new Set(arr).size === n ? p : i));
      const moved = emptyParts(n);
      for (const name of ['volume', 'potential', 'referral', 'kol', 'affiliation', 'share', 'relationship'] as const) {
        for (let i = 0; i < n; i++) moved[name][perm[i] as number] = parts[name][i] as number;
      }
      const a = scoreAccounts(parts, weights, positionWeights);
      const b = scoreAccounts(moved, weights, positionWeights);
      for (let i = 0; i < n; i++) assert.ok(Math.abs((a.opportunity[i] as number) - (b.opportunity[perm[i] as number] as number)) < 1e-9);
    }),
  );
});
