/**
 * Runs ../shared/bench/ref_sklearn.py for some of its tasks, after Segmap's side of a bench (never at the
 * same time), and returns its rows (each with the thread count it ran on), the BLAS numpy loaded and the
 * load average right after. Shared by bench/kmeans.ts and bench/gmm.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SklearnRun<Row> {
  readonly rows: (Row & { readonly threads: number })[];
  /** e.g. "openblas 0.3.21, openmp". */
  readonly blas: string;
  readonly load: number;
}

export interface SklearnOptions {
  readonly python: string;
  readonly script: string;
  readonly tasks: readonly string[];
  readonly sizes: readonly number[];
  readonly threads: readonly number[];
  readonly reps: number;
  readonly dataDir: string;
}

interface ReferenceDocument<Row> {
  readonly runs: { readonly threads: number; readonly rows: (Row & { readonly threads?: number })[]; readonly env: { readonly threadpools: { internal_api: string; version: string | null }[] } }[];
}

export function runSklearnReference<Row>(o: SklearnOptions): SklearnRun<Row> {
  const out = join(mkdtempSync(join(tmpdir(), 'segmap-bench-sklearn-')), 'sklearn.json');
  const args = [o.script, '--only', o.tasks.join(','), '--sizes', o.sizes.join(','), '--threads', o.threads.join(','), '--reps', String(o.reps), '--data', o.dataDir, '--out', out];
  const run = spawnSync(o.python, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new Error(`scikit-learn reference failed (exit ${run.status})`);
  const load = loadavg()[0]!;
  const doc = JSON.parse(readFileSync(out, 'utf8')) as ReferenceDocument<Row>;
  return {
    rows: doc.runs.flatMap((r) => r.rows.map((row) => ({ ...row, threads: row.threads ?? r.threads }))),
    blas: doc.runs[0]!.env.threadpools.map((t) => `${t.internal_api} ${t.version ?? ''}`.trim()).join(', ') || 'reference BLAS',
    load,
  };
}
