/**
 * Scoring speed: 1M stakeholders, 20 inputs, 5 segments, with probabilities — Segmap's in-process scorer
 * (pipeline scoreTable: feature transforms, linear scores, softmax, winner) and the compiled DuckDB SQL,
 * against scikit-learn 1.2.1 `predict_proba` on the same model (sklearn's own fit, exported) and the same
 * data (../shared/bench blobs), one thread, side by side in one session.
 *
 *   /usr/bin/python3 ../shared/bench/gen_data.py     # once: /tmp/segbench-data
 *   npx tsx bench/scoring.ts                         # 5 reps each; writes bench/results/scoring.md
 *   npx tsx bench/scoring.ts --reps 9 --data DIR
 *
 * The sklearn side (OMP_NUM_THREADS=1 /usr/bin/python3 bench/scoring_ref.py …) fits the model, exports
 * coef_/intercept_ and waits; Segmap scores with that exact model. Runs alternate — one predict_proba,
 * one Segmap scoring, one compiled-SQL run — so both sides see the same machine load (the machine is
 * shared). Agreement of the winners on the first 100,000 rows is checked. The DuckDB runs time
 * `create table … as <compiled SELECT>` on a 1M-row table already in memory (loading is not timed).
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { compileSql } from '../src/compile/dialect/index.js';
import { scoringQuery } from '../src/compile/model/scoring-query.js';
import type { ScoringModel } from '../src/spec/scoring-model.js';
import type { InputTable } from '../src/pipeline/score/input-table.js';
import { scoreTable } from '../src/pipeline/score/score-table.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const dataDir = opt('data', process.env.SEGBENCH_DATA ?? '/tmp/segbench-data');
const reps = Number(opt('reps', '5'));
const loadNow = (): string => loadavg().map((l) => l.toFixed(1)).join(', ');
const loadAtStart = loadNow();
const median = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

// 1. scikit-learn: fit and export, then wait for "go"
const work = mkdtempSync(join(tmpdir(), 'segmap-bench-scoring-'));
const modelFile = join(work, 'model.json');
const refFile = join(work, 'ref.json');
console.error('scikit-learn: fit on 100k …');
const python = spawn('/usr/bin/python3', [resolve('bench/scoring_ref.py'), dataDir, modelFile, refFile], {
  stdio: ['pipe', 'pipe', 'inherit'],
  env: { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' },
});
const replies = createInterface({ input: python.stdout! })[Symbol.asyncIterator]();
const reply = async (): Promise<string> => {
  const next = await replies.next();
  if (next.done) throw new Error('scoring_ref.py ended early');
  return next.value;
};
if ((await reply()) !== 'ready') throw new Error('scoring_ref.py did not start');
/** Wall and CPU seconds of one run: the machine is shared, and CPU time is what load inflates least. */
interface Timing {
  readonly wall: number;
  readonly cpu: number;
}
const sklearnRun = async (): Promise<Timing> => {
  python.stdin!.write('go\n');
  const [wall, cpu] = (await reply()).split(' ').map(Number);
  return { wall: wall!, cpu: cpu! };
};
const timed = async (work: () => unknown): Promise<Timing> => {
  const c = process.cpuUsage();
  const t = performance.now();
  await work();
  const used = process.cpuUsage(c);
  return { wall: (performance.now() - t) / 1000, cpu: (used.user + used.system) / 1e6 };
};
const sk = JSON.parse(readFileSync(refFile, 'utf8')) as { sklearn: string; numpy: string; labels_head: number[]; proba_head: number[] };
const exported = JSON.parse(readFileSync(modelFile, 'utf8')) as { coef: number[][]; intercept: number[]; classes: number[] };

// 2. the same model as a Segmap scoring model (identity transforms) and the same 1M rows as columns
const d = 20;
const inputs = Array.from({ length: d }, (_, j) => `x${j + 1}`);
const model: ScoringModel = {
  format: 'segmap.scoring-model',
  version: 1,
  method: 'logistic',
  segments: exported.classes.map((c) => `segment ${c + 1}`),
  idColumn: 'id',
  inputs: inputs.map((name) => ({ name, type: 'numeric' as const })),
  features: inputs.map((input) => ({ kind: 'numeric' as const, input, center: 0, scale: 1, log1p: false })),
  intercepts: exported.intercept,
  coefficients: exported.coef,
  training: {},
};
const header = JSON.parse(readFileSync(join(dataDir, 'blobs_n1000000.json'), 'utf8')) as { n: number; file: string };
const n = header.n;
const raw = new Float64Array(readFileSync(join(dataDir, header.file)).buffer.slice(0));
const table: InputTable = {
  rows: n,
  columns: new Map(inputs.map((name, j) => [name, { kind: 'numeric' as const, values: Float64Array.from({ length: n }, (_, i) => raw[i * d + j]!) }])),
};

// 3. DuckDB with the 1M rows in memory (threads = 1, as the other two sides)
const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
const connection = await instance.connect();
await connection.run(`create table input as select row_number() over () as id, * exclude (segment) from read_csv($1, header = true)`, [join(dataDir, 'blobs_n1000000.csv')]);
const compiled = compileSql(scoringQuery(model), 'duckdb');
const duckRun = async (): Promise<Timing> => {
  await connection.run('drop table if exists scored');
  return timed(() => connection.run(`create table scored as ${compiled.sql}`, [...compiled.parameters]));
};

// 4. alternate: scikit-learn, Segmap in-process, DuckDB; one warm-up round first
const times = { sklearn: [] as Timing[], inProcess: [] as Timing[], duckdb: [] as Timing[] };
let scored = scoreTable(model, table, { probabilities: true });
for (let r = 0; r <= reps; r++) {
  const s1 = await sklearnRun();
  const s2 = await timed(() => (scored = scoreTable(model, table, { probabilities: true })));
  const s3 = await duckRun();
  if (r === 0) continue;
  times.sklearn.push(s1);
  times.inProcess.push(s2);
  times.duckdb.push(s3);
  console.error(`round ${r}: scikit-learn ${s1.wall.toFixed(3)} s (cpu ${s1.cpu.toFixed(3)}), in-process ${s2.wall.toFixed(3)} s (cpu ${s2.cpu.toFixed(3)}), DuckDB ${s3.wall.toFixed(3)} s`);
}
python.stdin!.write('quit\n');
const check = await connection.runAndReadAll('select count(*) from scored');
if (Number(check.getRows()[0]![0]) !== n) throw new Error('DuckDB scored a different number of rows');
connection.closeSync();
instance.closeSync();
let agree = 0;
sk.labels_head.forEach((label, i) => (agree += scored.labels[i] === label ? 1 : 0));
let worst = 0;
sk.proba_head.forEach((p, i) => (worst = Math.max(worst, Math.abs(p - scored.probability[i]!))));

const wall = (v: Timing[]): number[] => v.map((t) => t.wall);
const cpu = (v: Timing[]): number[] => v.map((t) => t.cpu);
const sklearnMedian = median(wall(times.sklearn));
const ratio = (v: Timing[]): string => (median(wall(v)) / sklearnMedian).toFixed(2);
// per-round ratios: each round ran its three sides back to back, under the same load
const perRound = (v: Timing[]): string => median(v.map((s, i) => s.wall / times.sklearn[i]!.wall)).toFixed(2);
const cpuRatio = (v: Timing[]): string => (median(cpu(v)) / median(cpu(times.sklearn))).toFixed(2);
const rows = [
  `| scikit-learn ${sk.sklearn} predict_proba (numpy ${sk.numpy}, 1 thread) | ${sklearnMedian.toFixed(3)} | 1.00 | 1.00 | ${median(cpu(times.sklearn)).toFixed(3)} | 1.00 |`,
  `| Segmap in-process scoreTable, WebAssembly SIMD kernel (Node ${process.versions.node}, 1 thread) | ${median(wall(times.inProcess)).toFixed(3)} | ${ratio(times.inProcess)} | ${perRound(times.inProcess)} | ${median(cpu(times.inProcess)).toFixed(3)} | ${cpuRatio(times.inProcess)} |`,
  `| Segmap compiled SQL on DuckDB (1 thread) | ${median(wall(times.duckdb)).toFixed(3)} | ${ratio(times.duckdb)} | ${perRound(times.duckdb)} | ${median(cpu(times.duckdb)).toFixed(3)} | ${cpuRatio(times.duckdb)} |`,
];
const load = loadNow();
const goal = (value: number): string => (value <= 1.5 ? 'met' : 'not met');
const verdict = `In-process goal (≤ 1.5× scikit-learn): ${goal(median(cpu(times.inProcess)) / median(cpu(times.sklearn)))} by CPU ratio, ${goal(Number(perRound(times.inProcess)))} by the median per-round wall ratio.`;
const text = `# Scoring 1M stakeholders (20 inputs, 5 segments, with probabilities)

Same model (scikit-learn's LogisticRegression fitted on blobs_n100000, coefficients exported), same data
(blobs_n1000000, ../shared/bench/gen_data.py), same machine, one session; ${reps} rounds after a warm-up, each round running the three back to back.
Targets: in-process ≤ 1.5× scikit-learn's predict_proba; DuckDB SQL ≤ 2 s.

| scorer | median seconds | ratio of medians | median of per-round ratios | median CPU seconds | CPU ratio |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Winners equal scikit-learn's on ${agree.toLocaleString('en-US')} of ${sk.labels_head.length.toLocaleString('en-US')} checked rows; largest
difference of the winning probability on the first 1,000 rows: ${worst.toExponential(1)}.
Runs (wall s) — scikit-learn: ${wall(times.sklearn).map((s) => s.toFixed(3)).join(', ')}; in-process: ${wall(times.inProcess).map((s) => s.toFixed(3)).join(', ')};
DuckDB: ${wall(times.duckdb).map((s) => s.toFixed(3)).join(', ')}. Load average at the start: ${loadAtStart}; at the end: ${load} (2 cores, shared).

${verdict}

Node's CPU seconds include V8's background threads (garbage collection of the previous run's 52 MB of
outputs), so they can exceed its wall seconds.

The in-process scorer is predictBlocks (src/core/classify/predict-blocks.ts): the pipeline's feature
filler writes 128-row blocks into WebAssembly memory and assembly/score.ts scores each block with f64x2
SIMD (linear scores, first maximum, clamped softmax with a vectorised exp, outputs), bit-identical to the
JavaScript kernel it replaced. Where its time goes (CPU s, 1M rows, this machine, medians of 11-15 runs of
throw-away harnesses): the feature filler (JavaScript, pipeline/score/model-features.ts) 0.031; linear
scores about 0.015; softmax and exp about 0.013; allocating and filling the 1M × 5 probability array
(page faults included) about 0.018; the rest (labels, winner's probability, chunk copies) about 0.005.

History of this bench (same machine and data, medians of 9 rounds; CPU seconds are the steadier measure on
this shared machine, wall ratios are medians of per-round ratios):

| in-process kernel | scikit-learn wall s | in-process wall s | wall ratio | scikit-learn CPU s | in-process CPU s | CPU ratio |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
| row-by-row scores, Math.exp, a division per probability (commit 0bf240c) | 0.092 | 0.236 | 2.58 | | | |
| JavaScript blocks, 4 rows × 2 segments per pass, scalar fast exp (load ≈ 2.5) | 0.090 | 0.169 | 1.86 | 0.090 | 0.175 | 1.94 |
| the same, rerun right before the WebAssembly kernel (load ≈ 3) | 0.145 | 0.264 | 1.66 | 0.091 | 0.169 | 1.86 |
| WebAssembly SIMD blocks (assembly/score.ts), f64x2.max in the clamp (load ≈ 3.5) | 0.122 | 0.156 | 1.19 | 0.088 | 0.105 | 1.19 |
| the same with f64x2.pmax in the clamp (current) | see the first table | | | | | |

Commands:

    /usr/bin/python3 ../shared/bench/gen_data.py
    npx tsx bench/scoring.ts --reps ${reps}
`;
writeFileSync('bench/results/scoring.md', text);
console.log(text);
