import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDirectedGraph } from './directed-graph.js';

test('the doc example: strengths, and CSR rows in both directions', () => {
  const g = buildDirectedGraph(3, Int32Array.of(0, 0, 1), Int32Array.of(1, 2, 2), Float64Array.of(2, 1, 5));
  assert.deepEqual([...g.outStrength], [3, 5, 0]);
  assert.deepEqual([...g.inStrength], [0, 2, 6]);
  assert.deepEqual([...g.outOffset], [0, 2, 3, 3]);
  assert.deepEqual([...g.inSource.subarray(g.inOffset[2], g.inOffset[3])], [0, 1]);
});

test('parallel edges add up, as networkx sums them in its adjacency (MultiDiGraph); self-loops count both ways', () => {
  // python3 -c "import networkx as nx; g=nx.MultiDiGraph([(0,1,{'weight':2}),(0,1,{'weight':3}),(1,1,{'weight':4})]);
  //   print(dict(g.out_degree(weight='weight')), dict(g.in_degree(weight='weight')))" → {0: 5, 1: 4} {0: 0, 1: 9}
  const g = buildDirectedGraph(2, Int32Array.of(0, 0, 1), Int32Array.of(1, 1, 1), Float64Array.of(2, 3, 4));
  assert.deepEqual([...g.outStrength], [5, 4]);
  assert.deepEqual([...g.inStrength], [0, 9]);
});
