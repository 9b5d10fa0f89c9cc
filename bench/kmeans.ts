/**
 * k-means speed: Segmap's k-means against scikit-learn 1.2.1 `KMeans` on ../shared/bench's blobs
 * (n × 20, k = 5 overlapping segments), side by side in one session, with scikit-learn's settings:
 * k = 5, 10 k-means++ starts, tol 1e-4 (scaled by the mean column variance), max_iter 300. Segmap runs
 * its default (Elkan's bounds, seeded from the k-means++ pass) on one thread (`--threads 1`: the core,
 * no worker) and on two worker threads (pipeline/cluster/kmeans-threads.ts); scikit-learn runs lloyd and
 * elkan with OMP_NUM_THREADS = 1 and 2. Then the survey use case: k = 2..8 with bootstrap stability on the
 * medium demo survey (~1,500 respondents, 32 items), as the demo stage runs it.
 *
 *   /usr/bin/python3 ../shared/bench/gen_data.py        # once: /tmp/segbench-data/blobs_n*.f64
 *   npx tsx bench/kmeans.ts                              # n = 1M, 3 reps, threads 1 and 2, sklearn, survey
 *   npx tsx bench/kmeans.ts --sizes 100000 --reps 3 --no-survey
 *   npx tsx bench/kmeans.ts --no-ref                     # Segmap only
 *   npx tsx bench/kmeans.ts --no-cpu-ref                 # skip the CPU-seconds reference (bench/kmeans_ref.py)
 *
 * The scikit-learn side runs after Segmap's, never at the same time:
 *   /usr/bin/python3 ../shared/bench/ref_sklearn.py --only kmeans_lloyd,kmeans_elkan --sizes N --threads 1,2 --reps R --out <tmp>
 * Writes bench/results/kmeans.md.
 */
import { spawnSync } from 'node:child_process';
import { runSklearnReference } from './sklearn-reference.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { adjustedRand } from '../src/core/cluster/adjusted-rand.js';
import { kmeans, type KMeansFit } from '../src/core/cluster/kmeans.js';
import { matrix, type Matrix } from '../src/core/matrix/matrix.js';
import { openWorkspace } from '../src/data/workspace.js';
import { collectingLogger } from '../src/lib/logger.js';
import { kmeansThreads } from '../src/pipeline/cluster/kmeans-threads.js';
import { generateMarketStage } from '../src/pipeline/demo/generate-market.js';
import { importSourcesStage } from '../src/pipeline/demo/import-sources.js';
import { runDemo } from '../src/pipeline/demo/run-demo.js';
import { segmentSurveyStage } from '../src/pipeline/demo/segment-survey.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const dataDir = opt('data', process.env.SEGBENCH_DATA ?? '/tmp/segbench-data');
const sizes = opt('sizes', '1000000').split(',').map(Number);
const threads = opt('threads', '1,2').split(',').map(Number);
const reps = Number(opt('reps', '3'));
const python = opt('python', '/usr/bin/python3');
const refScript = opt('ref', resolve('..', 'shared', 'bench', 'ref_sklearn.py'));
const outFile = opt('out', join('bench', 'results', 'kmeans.md'));
const demoDir = opt('demo', join(tmpdir(), 'segmap-bench-kmeans-demo'));
const withRef = !args.includes('--no-ref');
const withSurvey = !args.includes('--no-survey');
const withCpuRef = withRef && !args.includes('--no-cpu-ref');

interface SkRow {
  task: string;
  n: number;
  threads: number;
  seconds_median: number;
  seconds_min: number;
  seconds_max: number;
  iterations: number;
  inertia: number;
  ari: number;
}

interface Ours {
  n: number;
  threads: number;
  median: number;
  min: number;
  max: number;
  cpu: number;
  load: number;
  iterations: number;
  inertia: number;
  ari: number;
}

function load(n: number): { x: Matrix; truth: Int32Array } {
  const file = join(dataDir, `blobs_n${n}.f64`);
  if (!existsSync(file)) throw new Error(`${file} is missing: run /usr/bin/python3 ../shared/bench/gen_data.py`);
  const raw = readFileSync(file);
  const data = new Float64Array(raw.buffer, raw.byteOffset, raw.byteLength / 8);
  const labels = readFileSync(join(dataDir, `blobs_n${n}.labels.i32`));
  return { x: matrix(n, data.length / n, data), truth: new Int32Array(labels.buffer, labels.byteOffset, n) };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((p, q) => p - q);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const ours: Ours[] = [];
for (const n of sizes) {
  const { x, truth } = load(n);
  for (const t of threads) {
    const seconds: number[] = [];
    const cpu: number[] = [];
    const loads: number[] = [];
    let fit: KMeansFit | undefined;
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      // --threads 1 is the core on the calling thread; more threads spread the starts over workers
      fit = t === 1 ? kmeans(x, 5, { seed: 0, starts: 10 }) : await kmeansThreads(x, 5, { seed: 0, starts: 10, threads: t });
      const c = process.cpuUsage(c0);
      seconds.push((performance.now() - t0) / 1000);
      cpu.push((c.user + c.system) / 1e6);
      loads.push(loadavg()[0]!);
    }
    const row: Ours = {
      n, threads: t, median: median(seconds), min: Math.min(...seconds), max: Math.max(...seconds), cpu: median(cpu),
      load: median(loads), iterations: fit!.iterations, inertia: fit!.inertia, ari: adjustedRand(fit!.labels, truth),
    };
    ours.push(row);
    console.log(JSON.stringify(row));
  }
}

let sklearn: SkRow[] = [];
let refLoad = Number.NaN;
let blas = 'not run';
if (withRef) {
  const ref = runSklearnReference<SkRow>({ python, script: refScript, tasks: ['kmeans_lloyd', 'kmeans_elkan'], sizes, threads: threads, reps, dataDir });
  ({ rows: sklearn, blas, load: refLoad } = ref);
}

/** scikit-learn's CPU seconds (bench/kmeans_ref.py, one thread): on a loaded VM the fair comparison. */
interface CpuRow {
  algorithm: string;
  n: number;
  wall: number;
  cpu: number;
}
const cpuRef: CpuRow[] = [];
if (withCpuRef) {
  for (const n of sizes) {
    const run = spawnSync(python, [join('bench', 'kmeans_ref.py'), String(n), String(reps), dataDir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (run.status !== 0) throw new Error(`bench/kmeans_ref.py failed (exit ${run.status})`);
    for (const line of run.stdout.trim().split('\n')) cpuRef.push(JSON.parse(line) as CpuRow);
    console.log(run.stdout.trim());
  }
}

interface Survey {
  respondents: string;
  seconds: number;
  cpu: number;
  load: number;
  line: string;
}
const surveys: Survey[] = [];
if (withSurvey) {
  if (!existsSync(join(demoDir, 'segmap.duckdb'))) {
    await runDemo({ dir: demoDir, size: 'medium', seed: 42, stages: [generateMarketStage, importSourcesStage] }, () => undefined);
  }
  const ws = await openWorkspace(demoDir);
  try {
    for (let r = 0; r < reps; r++) {
      const summary = new Map<string, string[]>();
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      await segmentSurveyStage.run({
        dir: demoDir, outDir: join(demoDir, 'out'), truthDir: join(demoDir, 'truth'), size: 'medium', seed: 42, asOf: '2025-06-30',
        workspace: ws, progress: () => undefined, logger: collectingLogger(), summary,
      });
      const c = process.cpuUsage(c0);
      const lines = summary.get(segmentSurveyStage.title) ?? [];
      surveys.push({ respondents: lines[0] ?? '', seconds: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6, load: loadavg()[0]!, line: lines[1] ?? '' });
      console.log(JSON.stringify(surveys.at(-1)));
    }
  } finally {
    ws.close();
  }
}

const fmt = (v: number): string => v.toFixed(2);
const rows = ours.map((o) => {
  const sk = (task: string): SkRow | undefined => sklearn.find((s) => s.n === o.n && s.task === task && s.threads === o.threads);
  const lloyd = sk('kmeans_lloyd');
  const elkan = sk('kmeans_elkan');
  const fastest = [lloyd, elkan].filter((s): s is SkRow => s !== undefined).sort((a, b) => a.seconds_median - b.seconds_median)[0];
  const cell = (s: SkRow | undefined): string => (s ? `${fmt(s.seconds_median)} (${fmt(s.seconds_min)}–${fmt(s.seconds_max)})` : '–');
  return `| ${o.n.toLocaleString('en-US')} | ${o.threads} | ${fmt(o.median)} (${fmt(o.min)}–${fmt(o.max)}) | ${fmt(o.cpu)} | ${o.load.toFixed(1)} | ${cell(lloyd)} | ${cell(elkan)} | ${fastest ? `**${(fastest.seconds_median / o.median).toFixed(2)}x**` : '–'} | ${o.iterations} / ${fastest?.iterations ?? '–'} | ${o.inertia.toExponential(6)} / ${fastest ? fastest.inertia.toExponential(6) : '–'} | ${o.ari.toFixed(4)} / ${fastest ? fastest.ari.toFixed(4) : '–'} |`;
});
const cpuRows = ours.filter((o) => o.threads === 1).map((o) => {
  const cpuOf = (algorithm: string): number => median(cpuRef.filter((c) => c.n === o.n && c.algorithm === algorithm).map((c) => c.cpu));
  const lloyd = cpuOf('lloyd');
  const elkan = cpuOf('elkan');
  const fastest = Math.min(lloyd, elkan);
  return `| ${o.n.toLocaleString('en-US')} | ${fmt(o.cpu)} | ${fmt(lloyd)} | ${fmt(elkan)} | **${(fastest / o.cpu).toFixed(2)}x** |`;
});
const surveyRows = surveys.map((s, i) => `| ${i + 1} | ${fmt(s.seconds)} | ${fmt(s.cpu)} | ${s.load.toFixed(1)} | ${s.respondents}; ${s.line} |`);

writeFileSync(outFile, `# k-means: Segmap vs scikit-learn KMeans

Blobs from \`../shared/bench/gen_data.py\` (n × 20, k = 5 overlapping segments), k = 5, 10 k-means++ starts,
tol 1e-4, max_iter 300, median of ${reps} reps, run side by side in one session (Segmap first, then
scikit-learn 1.2.1 via \`ref_sklearn.py\`, BLAS: ${blas}). Segmap: Elkan's bounds seeded from the
k-means++ pass; 1 thread = the core on the calling thread, 2 threads = starts spread over worker threads.
Ratio = fastest scikit-learn configuration (lloyd or elkan, same thread count) / Segmap (> 1: Segmap faster).
Iterations are those of the best start (scikit-learn's \`n_iter_\`); the k-means++ draws differ (different
random generators), so the best starts and their inertias differ in the last digits.

| n | threads | Segmap wall s | Segmap CPU s | load | sklearn lloyd s | sklearn elkan s | ratio | iterations Segmap / sklearn | inertia Segmap / sklearn | ARI vs truth Segmap / sklearn |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

## CPU seconds, one thread (the fair comparison on a loaded machine)

Wall-clock seconds above include the time each process waited for a core on this shared VM. CPU seconds
(Segmap: process.cpuUsage; scikit-learn: time.process_time in \`bench/kmeans_ref.py\`, same fits, one
thread, median of ${reps}) count only the work. Ratio = fastest scikit-learn CPU / Segmap CPU.

| n | Segmap CPU s | sklearn lloyd CPU s | sklearn elkan CPU s | ratio |
|---:|---:|---:|---:|---:|
${cpuRows.join('\n')}

## Choosing k on the demo survey (k = 2..8, 20 bootstrap resamples each)

The demo stage \`segment the survey\` on a medium demo market (seed 42): quality screening, mean
imputation, z-scores, k-means (10 starts) for k = 2..8, silhouette, Calinski–Harabasz, Davies–Bouldin,
bootstrap stability (20 resamples × 7 k, each refit with 10 starts) and the recommendation; target < 10 s.

| rep | wall s | CPU s | load | result |
|---:|---:|---:|---:|---|
${surveyRows.join('\n')}

Load = 1-minute load average of this 2-core VM during the reps (after scikit-learn's run: ${refLoad.toFixed(1)});
above 2 every process was waiting for a core, so compare ratios and CPU seconds, not absolute wall times.

## Where Segmap's time goes (n = 1M, 3 starts, self CPU time from \`node --cpu-prof\`, this VM)

The passes over the rows run in WebAssembly SIMD (assembly/kmeans.ts) on one wasm memory per fit (the
rows are copied in once, ≈ 65 ms); the rest of the algorithm is JavaScript on views of that memory.

- Elkan's bounded passes: ≈ 1.1–1.3 s for 3 starts (≈ 14 passes each, 20–35 ms a pass). The rows whose
  bounds overlap are scattered; touching every row's cache lines 6 rows ahead of the loop (wasm has no
  prefetch instruction) took this from ≈ 1.5 s; queueing and touching only the overlapping rows measured
  slower. A SIMD check of all centres' bounds at once and a loop over the open centres only come first.
- k-means++ candidate passes: ≈ 0.33–0.38 s for 3 starts (4 steps × 3 candidates per row, per start),
  close to the memory bound of limits.md (each step streams the 160 MB of rows and writes 24 MB of
  candidate distances). Computing two candidates per loop measured no faster, so it was not kept.
- Everything else (first seed, accepting candidates, sums, inertia, draws, tolerance): ≈ 0.3 s.
- Results are bit-identical to the JavaScript implementation they replaced (same labels, iterations
  and inertia 23548784.949527666 at seed 42): the f64x2 lanes keep the scalar kernel's summation order
  (\`src/core/cluster/seed-passes.test.ts\` checks the two backends bit for bit).

Command: \`npx tsx bench/kmeans.ts --sizes ${sizes.join(',')} --threads ${threads.join(',')} --reps ${reps}\` (${new Date().toISOString().slice(0, 10)}, Node ${process.version}).
`);
console.log(`wrote ${outFile}`);
