import { readFileSync } from 'node:fs';
import { kmeansPlusPlus } from './core/cluster/kmeans-plus-plus.js';
import { elkanRun } from '/tmp/kx/elkan-a.js';
import { elkanRunB } from '/tmp/kx/elkan-b.js';
import { createRng } from './core/random/rng.js';
const n = 1000000;
const buf = readFileSync(`/tmp/segbench-data/blobs_n${n}.f64`);
const x = { rows: n, cols: 20, data: new Float64Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength)) };
const seeds = [0, 1, 3].map((s) => kmeansPlusPlus(x, 5, createRng(0).fork(s), { bounds: true }));
for (let r = 0; r < 2; r++) for (const [name, run] of [['A', elkanRun], ['B', elkanRunB]] as const) {
  const c0 = process.cpuUsage(); let inertia = 0;
  for (const s of seeds) inertia += run(x, s.centres, 5, { tol: 1e-4 }, s.bounds).inertia;
  console.log(name, (process.cpuUsage(c0).user / 1000).toFixed(0), inertia);
}
