import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectingLogger } from '../../lib/logger.js';
import { networkCentrality } from './network-centrality.js';

test('bad rows are dropped and counted; self-loops kept; quoted and formula-like ids survive; networkx values', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'segmap-network-'));
  try {
    const edges = join(dir, 'edges.csv');
    writeFileSync(
      edges,
      ['src,dst,w', 'a,b,2', '"c, inc",b,1', 'b,a,1', 'a,a,3', ',b,1', 'a,,1', 'a,b,x', 'a,b,-1', 'a,b,', '=cmd,a,1'].join('\n'),
    );
    const out = join(dir, 'out.csv');
    const report = await networkCentrality({ file: edges, from: 'src', to: 'dst', weight: 'w', out });
    assert.deepEqual(report.issues, { rowsIn: 10, rowsUsed: 5, missingEndpoint: 2, badWeight: 2, negativeWeight: 1, selfLoops: 1 });
    assert.equal(report.nodes, 4);
    assert.equal(report.dangling, 0);
    const rows = readFileSync(out, 'utf8').trim().split('\n');
    // python3 -c "import networkx as nx; g=nx.DiGraph(); g.add_weighted_edges_from([('a','b',2),('c, inc','b',1),('b','a',1),('a','a',3),('=cmd','a',1)]);
    //   print(nx.pagerank(g))"
    const networkx: Record<string, number> = { a: 0.6385264600022058, b: 0.28647353999779424, '"c, inc"': 0.037500000000000006, "'=cmd": 0.037500000000000006 };
    assert.equal(rows[0], 'node,pagerank,in_strength,out_strength');
    assert.deepEqual(rows.slice(1).map((r) => r.slice(0, r.lastIndexOf(',', r.lastIndexOf(',', r.lastIndexOf(',') - 1) - 1))), ['a', 'b', "'=cmd", '"c, inc"'], 'highest first, ties in id order; the formula-like id neutralized');
    for (const row of rows.slice(1)) {
      const node = row.slice(0, row.lastIndexOf(',', row.lastIndexOf(',', row.lastIndexOf(',') - 1) - 1));
      const pr = Number(row.split(',').at(-3));
      assert.ok(Math.abs(pr - (networkx[node] as number)) < 1e-15, node);
    }
    const a = rows.find((r) => r.startsWith('a,'))?.split(',');
    assert.deepEqual(a?.slice(2), ['5', '5'], 'a: in 1 + 1 + self 3; out 2 + self 3');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an unweighted list counts each edge once; a missing file is not found; no usable edge is an input error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'segmap-network-'));
  try {
    const edges = join(dir, 'edges.csv');
    writeFileSync(edges, 'u,v\n1,2\n2,3\n3,1\n');
    const logger = collectingLogger();
    const report = await networkCentrality({ file: edges, from: 'u', to: 'v', out: join(dir, 'o.csv') }, { logger });
    assert.equal(report.converged, true);
    // a directed 3-cycle: every node 1/3
    for (const row of readFileSync(join(dir, 'o.csv'), 'utf8').trim().split('\n').slice(1)) assert.ok(Math.abs(Number(row.split(',')[1]) - 1 / 3) < 1e-12);
    await assert.rejects(networkCentrality({ file: join(dir, 'nope.csv'), from: 'u', to: 'v', out: join(dir, 'o.csv') }), /file not found/);
    writeFileSync(edges, 'u,v\n,\n');
    await assert.rejects(networkCentrality({ file: edges, from: 'u', to: 'v', out: join(dir, 'o.csv') }), /requires at least one usable edge/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
