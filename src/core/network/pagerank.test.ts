import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildDirectedGraph } from './directed-graph.js';
import { pagerank, pagerankSteps } from './pagerank.js';
import { repoRoot } from '../../../test/support/shared-data.js';

/**
 * References: test/reference/network/pagerank.json, made by `/usr/bin/python3 test/reference/network/make.py`
 * with networkx 2.8.8 (`nx.pagerank`, `G.in_degree(weight=...)`, `G.out_degree(weight=...)`) on graphs
 * shipped in networkx (karate club, Les Miserables, Florentine families), oriented to have sinks.
 */
interface Fixture {
  readonly directed: boolean;
  readonly dangling: number;
  readonly iterations: number;
  readonly options: { alpha?: number; personalization?: Record<string, number>; dangling?: Record<string, number> };
  readonly expected: Record<string, [number, number, number]>;
  readonly nodeOrder?: string[];
  readonly edgeList?: [string, string, number][];
}

export function loadPagerankFixtures(): Record<string, Fixture> {
  const text = readFileSync(join(repoRoot, 'test', 'reference', 'network', 'pagerank.json'), 'utf8');
  return JSON.parse(text) as Record<string, Fixture>;
}

function vectorOf(nodes: readonly string[], values: Record<string, number> | undefined): Float64Array | undefined {
  return values ? Float64Array.from(nodes, (node) => values[node] ?? 0) : undefined;
}

const fixtures = loadPagerankFixtures();

for (const name of ['karate-undirected', 'karate-directed', 'lesmis-directed', 'florentine-personal']) {
  test(`pagerank and strengths equal networkx 2.8.8 on ${name}`, () => {
    const fx = fixtures[name];
    assert.ok(fx?.nodeOrder && fx.edgeList);
    const index = new Map(fx.nodeOrder.map((node, i) => [node, i]));
    const from: number[] = [];
    const to: number[] = [];
    const weight: number[] = [];
    for (const [u, v, w] of fx.edgeList) {
      from.push(index.get(u) ?? -1);
      to.push(index.get(v) ?? -1);
      weight.push(w);
      // an undirected edge is two arcs (networkx's symmetric adjacency); a self-loop stays one
      if (!fx.directed && u !== v) {
        from.push(index.get(v) ?? -1);
        to.push(index.get(u) ?? -1);
        weight.push(w);
      }
    }
    const graph = buildDirectedGraph(fx.nodeOrder.length, Int32Array.from(from), Int32Array.from(to), Float64Array.from(weight));
    const result = pagerank(graph, {
      ...(fx.options.alpha === undefined ? {} : { alpha: fx.options.alpha }),
      personalization: vectorOf(fx.nodeOrder, fx.options.personalization),
      dangling: vectorOf(fx.nodeOrder, fx.options.dangling),
    });
    assert.equal(result.converged, true);
    assert.equal(result.iterations, fx.iterations, 'same number of power iterations as networkx');
    fx.nodeOrder.forEach((node, i) => {
      const [pr, inS, outS] = fx.expected[node] ?? [NaN, NaN, NaN];
      assert.ok(Math.abs((result.scores[i] as number) - pr) < 1e-13, `${name} ${node}: ${result.scores[i]} vs networkx ${pr}`);
      assert.equal(graph.inStrength[i], inS, `${name} ${node} in-strength`);
      assert.equal(graph.outStrength[i], outS, `${name} ${node} out-strength`);
    });
  });
}

test('a two-node chain matches the doc example (networkx: {0: 0.3508773619358619, 1: 0.649122638064138})', () => {
  // /usr/bin/python3 -c "import networkx as nx; g=nx.DiGraph([(0,1)]); print(nx.pagerank(g))"
  const result = pagerank(buildDirectedGraph(2, Int32Array.of(0), Int32Array.of(1)));
  assert.ok(Math.abs((result.scores[0] as number) - 0.3508773619358619) < 1e-15);
  assert.ok(Math.abs((result.scores[1] as number) - 0.649122638064138) < 1e-15);
});

test('running out of iterations is reported, not hidden', () => {
  const fx = fixtures['florentine-personal'];
  assert.ok(fx?.nodeOrder && fx.edgeList);
  const index = new Map(fx.nodeOrder.map((node, i) => [node, i]));
  const graph = buildDirectedGraph(
    fx.nodeOrder.length,
    Int32Array.from(fx.edgeList, ([u]) => index.get(u) ?? -1),
    Int32Array.from(fx.edgeList, ([, v]) => index.get(v) ?? -1),
  );
  const result = pagerank(graph, { maxIterations: 3 });
  assert.equal(result.converged, false);
  assert.equal(result.iterations, 3);
  assert.equal([...pagerankSteps(graph, { maxIterations: 3 })].length, 3);
});

test('bad vectors and bad edges are refused', () => {
  const graph = buildDirectedGraph(2, Int32Array.of(0), Int32Array.of(1));
  assert.throws(() => pagerank(graph, { personalization: Float64Array.of(0, 0) }), /sums to 0/);
  assert.throws(() => pagerank(graph, { personalization: Float64Array.of(1) }), /expected 2/);
  assert.throws(() => buildDirectedGraph(2, Int32Array.of(0), Int32Array.of(2)), /outside/);
  assert.throws(() => buildDirectedGraph(2, Int32Array.of(0), Int32Array.of(1), Float64Array.of(-1)), />= 0/);
  assert.equal(pagerank(buildDirectedGraph(0, new Int32Array(0), new Int32Array(0))).scores.length, 0);
});

test('property: scores sum to 1, are positive, and relabelling nodes permutes them', () => {
  const edgeArb = fc.tuple(fc.nat(11), fc.nat(11), fc.integer({ min: 0, max: 9 }));
  fc.assert(
    fc.property(fc.array(edgeArb, { maxLength: 40 }), fc.integer({ min: 1, max: 1000 }), (edges, salt) => {
      const n = 12;
      const perm = Array.from({ length: n }, (_, i) => (i * 5 + salt) % n); // 5 is coprime with 12
      const base = pagerank(buildDirectedGraph(n, Int32Array.from(edges, (e) => e[0]), Int32Array.from(edges, (e) => e[1]), Float64Array.from(edges, (e) => e[2])));
      const moved = pagerank(buildDirectedGraph(n, Int32Array.from(edges, (e) => perm[e[0]] as number), Int32Array.from(edges, (e) => perm[e[1]] as number), Float64Array.from(edges, (e) => e[2])));
      const total = base.scores.reduce((s, x) => s + x, 0);
      assert.ok(Math.abs(total - 1) < 1e-9);
      for (let i = 0; i < n; i++) {
        assert.ok((base.scores[i] as number) > 0);
        assert.ok(Math.abs((base.scores[i] as number) - (moved.scores[perm[i] as number] as number)) < 1e-12);
      }
    }),
    { numRuns: 200 },
  );
});
