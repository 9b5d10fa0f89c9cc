import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accountFlows } from './account-flows.js';
import { buildDirectedGraph } from './directed-graph.js';

test('referring accounts, affiliated ones, hubs and inflow per account', () => {
  // stakeholders 0..5; accounts: 0,1 → A0; 2 → A1; 3 → A2; 4 → A3; 5 → unknown. A0, A1 share system 9; A2 is independent.
  const from = Int32Array.of(2, 3, 3, 4, 5, 0);
  const to = Int32Array.of(0, 0, 1, 1, 0, 1); // an edge inside A0 (0 → 1) is not a referral in
  const g = buildDirectedGraph(6, from, to, Float64Array.of(10, 4, 6, 3, 7, 99));
  const nodeAccount = Int32Array.of(0, 0, 1, 2, 3, -1);
  const system = Int32Array.of(9, 9, -1, -1);
  const pagerank = Float64Array.of(0.3, 0.2, 0.1, 0.1, 0.1, 0.2);
  const isHub = Uint8Array.of(0, 0, 0, 1, 0, 0);
  const f = accountFlows(g, pagerank, nodeAccount, 4, system, isHub);
  assert.deepEqual([...f.referringAccounts], [3, 0, 0, 0], 'A1, A2 and A3 refer into A0 (the unknown clinician does not count)');
  assert.deepEqual([...f.affiliatedReferrers], [1, 0, 0, 0], 'A1 is in the same system as A0');
  assert.deepEqual([...f.hubsFeeding], [1, 0, 0, 0]);
  assert.deepEqual([...f.inflow], [23, 0, 0, 0]);
  assert.ok(Math.abs((f.pagerankMass[0] as number) - 0.5) < 1e-15);
});
