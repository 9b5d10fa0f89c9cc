/**
 * Latent class analysis speed: Segmap's `fitLca` against poLCA 1.6.0.2 on ../shared/bench's
 * generated data (12 items with 3–5 levels, 4 classes; n = 10k and 100k), the issue-7 model:
 * 4 classes, 10 random starts, maxiter 1000, tol 1e-10, listwise (no missing values there).
 *
 *   /usr/bin/python3 ../shared/bench/gen_data.py       # once: writes /tmp/segbench-data/lca_n*.csv
 *   npx tsx bench/lca.ts                               # 3 reps per size, one thread
 *   npx tsx bench/lca.ts --sizes 100000 --reps 5
 *
 * poLCA is not installable here (not in Debian, no CRAN access), so its side is the figure recorded
 * on this machine in ../shared/bench/results-polca.json (Rscript bench/ref_polca.R, calc.se = FALSE
 * and TRUE, median of 3). Timing covers data preparation (validation, pattern compression) and all
 * 10 starts, not CSV parsing, as poLCA's covers its own model-frame set-up but not read.csv.
 * Reps run in one process like poLCA's (the first, cold rep is reported too). Writes
 * bench/results/lca.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fitLca } from '../src/core/lca/fit-lca.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const dataDir = opt('data', process.env.SEGBENCH_DATA ?? '/tmp/segbench-data');
const sizes = opt('sizes', '10000,100000').split(',').map(Number);
const reps = Number(opt('reps', '3'));
const polcaFile = opt('polca', resolve('..', 'shared', 'bench', 'results-polca.json'));
const outFile = opt('out', join('bench', 'results', 'lca.md'));

interface PolcaRow {
  task: string;
  n: number;
  seconds_median: number;
  loglik: number;
  bic: number;
  iterations_best_start: number;
  ari: number;
}

function readItems(path: string): { items: Int32Array[]; truth: Int32Array } {
  const lines = readFileSync(path, 'utf8').trim().split('\n');
  const header = lines[0]!.split(',');
  const itemCols = header.flatMap((h, j) => (h.startsWith('item') ? [j] : []));
  const classCol = header.indexOf('class');
  const n = lines.length - 1;
  const items = itemCols.map(() => new Int32Array(n));
  const truth = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const cells = lines[i + 1]!.split(',');
    itemCols.forEach((j, c) => (items[c]![i] = Number(cells[j])));
    truth[i] = Number(cells[classCol]);
  }
  return { items, truth };
}

/** Adjusted Rand index (Hubert & Arabie 1985) of two labelings. */
function adjustedRand(a: Int32Array, b: Int32Array): number {
  const table = new Map<string, number>();
  const rows = new Map<number, number>();
  const cols = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    table.set(`${a[i]},${b[i]}`, (table.get(`${a[i]},${b[i]}`) ?? 0) + 1);
    rows.set(a[i]!, (rows.get(a[i]!) ?? 0) + 1);
    cols.set(b[i]!, (cols.get(b[i]!) ?? 0) + 1);
  }
  const pairs = (m: number): number => (m * (m - 1)) / 2;
  const sum = (values: Iterable<number>): number => [...values].reduce((s, v) => s + pairs(v), 0);
  const index = sum(table.values());
  const expected = (sum(rows.values()) * sum(cols.values())) / pairs(a.length);
  const max = (sum(rows.values()) + sum(cols.values())) / 2;
  return (index - expected) / (max - expected);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((p, q) => p - q);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const polca = JSON.parse(readFileSync(polcaFile, 'utf8')) as { rows: PolcaRow[] };
const table: string[] = [];
for (const n of sizes) {
  const { items, truth } = readItems(join(dataDir, `lca_n${n}.csv`));
  const seconds: number[] = [];
  const cpuSeconds: number[] = [];
  const load: number[] = [];
  let fit;
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    fit = fitLca({ items }, { k: 4, starts: 10, seed: 0, maxIterations: 1000, tolerance: 1e-10 });
    const cpu = process.cpuUsage(c0);
    seconds.push((performance.now() - t0) / 1000);
    cpuSeconds.push((cpu.user + cpu.system) / 1e6);
    load.push(loadavg()[0]!);
  }
  const ours = fit!;
  const ref = polca.rows.find((row) => row.n === n && row.task === 'polca_nclass4_nrep10_noSE')!;
  const refSe = polca.rows.find((row) => row.n === n && row.task === 'polca_nclass4_nrep10')!;
  const med = median(seconds);
  const line = {
    n,
    segmap: med,
    min: Math.min(...seconds),
    max: Math.max(...seconds),
    cold: seconds[0]!,
    cpu: median(cpuSeconds),
    load: median(load),
    polca: ref.seconds_median,
    polcaSe: refSe.seconds_median,
    ratio: ref.seconds_median / med,
    ll: ours.logLikelihood,
    llPolca: ref.loglik,
    bic: ours.bic,
    bicPolca: ref.bic,
    iterations: ours.iterations,
    iterationsPolca: ref.iterations_best_start,
    ari: adjustedRand(ours.labels, truth),
    ariPolca: ref.ari,
    starts: Array.from(ours.startLogLikelihoods),
  };
  console.log(JSON.stringify(line));
  table.push(
    `| ${n.toLocaleString('en-US')} | ${line.segmap.toFixed(3)} (${line.min.toFixed(3)}–${line.max.toFixed(3)}; cold ${line.cold.toFixed(3)}) | ` +
      `${line.cpu.toFixed(3)} | ${line.load.toFixed(1)} | ` +
      `${line.polca.toFixed(2)} (${line.polcaSe.toFixed(2)} with SEs) | **${line.ratio.toFixed(1)}x** (${(line.polca / line.cpu).toFixed(1)}x) | ` +
      `${line.ll.toFixed(4)} / ${line.llPolca.toFixed(4)} | ${line.bic.toFixed(3)} / ${line.bicPolca.toFixed(3)} | ` +
      `${line.iterations} / ${line.iterationsPolca} | ${line.ari.toFixed(4)} / ${line.ariPolca.toFixed(4)} |`,
  );
}

const doc = `# LCA: Segmap fitLca vs poLCA

Model: 12 categorical items (3–5 levels), 4 classes, 10 random starts, maxiter 1000, tol 1e-10
(poLCA defaults), data \`${dataDir}/lca_n*.csv\` from \`../shared/bench/gen_data.py\`. One thread.
Segmap: median of ${reps} reps in one process (min–max; the first, cold rep in brackets).
poLCA: not installable on this machine (not in Debian, no CRAN), so its figure is the one recorded
here in \`../shared/bench/results-polca.json\` (poLCA 1.6.0.2, R 4.2.2, median of 3, calc.se=FALSE;
calc.se=TRUE in brackets). Ratio = poLCA no-SE median / Segmap wall-clock median (in brackets:
/ Segmap CPU seconds, which a busy machine affects less; the load column is the 1-minute load
average of this 2-core VM during the reps — above 2 the process was waiting for a core).

| n | Segmap wall s | Segmap CPU s | load | poLCA s | ratio | log-lik Segmap / poLCA | BIC Segmap / poLCA | iterations of best start | ARI vs truth |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${table.join('\n')}

Command: \`npx tsx bench/lca.ts --sizes ${sizes.join(',')} --reps ${reps}\` (${new Date().toISOString().slice(0, 10)}, Node ${process.version}).
The machine is a shared 2-core VM; other jobs ran at the same time, so treat differences under ~10 % as noise.
`;
writeFileSync(outFile, doc);
console.log(`wrote ${outFile}`);
