import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDirectedGraph } from './directed-graph.js';
import { hubFeeds, topNodes } from './referral-hubs.js';

test('the top nodes by score, ties by index', () => {
  assert.deepEqual([...topNodes(Float64Array.of(0.1, 0.6, 0.3, 0.6), 3)], [1, 3, 2]);
  assert.equal(topNodes(Float64Array.of(1), 5).length, 1);
  assert.equal(topNodes(Float64Array.of(1), 0).length, 0);
  assert.deepEqual([...topNodes(Float64Array.of(2, 2, 2, 1), 2)], [0, 1], 'ties at the threshold by index');
});

test('what a hub feeds: accounts reached by its out-edges, weights summed, heaviest first; unknown accounts skipped', () => {
  // hub 0 refers to nodes 1, 2 (both account 7), 3 (account 4) and 4 (no account)
  const g = buildDirectedGraph(5, Int32Array.of(0, 0, 0, 0), Int32Array.of(1, 2, 3, 4), Float64Array.of(5, 6, 20, 9));
  const feeds = hubFeeds(g, Int32Array.of(0), Int32Array.of(0, 7, 7, 4, -1));
  assert.deepEqual([...feeds.account], [4, 7]);
  assert.deepEqual([...feeds.weight], [20, 11]);
  assert.deepEqual([...feeds.hub], [0, 0]);
});
