/**
 * `segmap run PROJECT.yaml`: segmentation as code. The architecture, in the order a run goes through it:
 *
 *   1. read       the project YAML                          (project/load-project.ts)
 *   2. validate   against the zod schema, problems with YAML path and line   (spec/project.ts)
 *   3. normalize  every option resolved; its canonical JSON is the spec hash (spec/normalize-project.ts)
 *   4. plan       ordered steps checked against the pipeline, printed before anything runs
 *                                                            (project/plan-project.ts)
 *   5. load       open (or create) the workspace, import the declared sources, hash the data
 *   6. fit        prioritize → segment → profile → typing tool → projection   (core, via pipeline/)
 *   7. compile    typing workbook (Excel) and scoring SQL per dialect          (compile/)
 *   8. activate   rule tags and call lists                                    (activation/)
 *   9. record     the run: spec hash, data hash, seed, versions, each step's outputs (run-record.ts)
 *
 * Each step calls the same pipeline function its own command calls (`segmap import`, `prioritize`,
 * `cluster`, `report`, `typing build`, `sql`, `rules`, `export calllist`). A failed run is recorded too,
 * with the reason, and its error is rethrown for the CLI to print.
 *
 * @example
 * const result = await runProject({ file: 'acme/segmap.yaml', version: '0.1.0' }, progressSink);
 * result.specHash; // 'b5d4…' — the same project file gives the same hash
 * @throws InputError naming the YAML path and line of the first problem in the project file
 */
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { openWorkspace, type Workspace } from '../data/workspace.js';
import { UsageError } from '../lib/errors.js';
import { silentLogger, type Logger } from '../lib/logger.js';
import { projectMessages as msg } from '../lib/messages/index.js';
import { noProgress, type ProgressSink } from '../lib/progress.js';
import type { ProjectRunParams, ProjectRunStep, ProjectRunSummary } from '../spec/project-run.js';
import type { ProjectContext, ProjectStep } from './project/context.js';
import { loadProject, projectError, type LoadedProject } from './project/load-project.js';
import { formatPlan, planProject } from './project/plan-project.js';
import { dataHash, specHash } from './project/run-hashes.js';
import { duckdbVersion, recordRun } from './run-record.js';

export interface RunProjectOptions {
  readonly file: string;
  /** The segmap version recorded with the run (the CLI passes the package version). */
  readonly version?: string;
  readonly logger?: Logger;
  /** Stop after the plan (phase 4): validate and show what would run. */
  readonly planOnly?: boolean;
  /** Receives the plan's lines before anything runs. */
  readonly onPlan?: (lines: readonly string[]) => void;
  /** Receives each finished step. */
  readonly onStep?: (step: ProjectRunStep) => void;
}

export interface RunProjectResult {
  /** Null when only planned. */
  readonly runId: string | null;
  readonly project: string;
  readonly workspace: string;
  readonly specHash: string;
  readonly dataHash: string | null;
  readonly seed: number;
  readonly asOf: string;
  readonly plan: readonly string[];
  readonly steps: readonly ProjectRunStep[];
  /** Files written, relative to the project file. */
  readonly files: readonly string[];
  readonly seconds: number;
}

const todayIso = (at: Date): string => at.toISOString().slice(0, 10);

/** What phases 5–8 leave for the record, filled as they go (so a failed run records how far it got). */
interface Progressed {
  readonly steps: ProjectRunStep[];
  readonly files: string[];
  data?: ProjectRunParams['data'];
}

/** Phases 5–8: the steps, data hashed once the sources are loaded. */
async function runSteps(ctx: ProjectContext, steps: readonly ProjectStep[], into: Progressed, onStep: RunProjectOptions['onStep']): Promise<void> {
  const { spec, dir } = ctx.project;
  const run = async (step: ProjectStep): Promise<void> => {
    const t0 = performance.now();
    const report = await step.run(ctx);
    const summary: ProjectRunStep = { phase: step.phase, title: step.title, seconds: (performance.now() - t0) / 1000, lines: [...report.lines], outputs: { ...report.outputs } };
    into.steps.push(summary);
    into.files.push(...report.files.map((f) => relative(dir, f)));
    onStep?.(summary);
  };
  for (const step of steps.filter((s) => s.phase === 'load')) await run(step);
  const read = spec.segmentations.flatMap((s) => (s.source.kind === 'file' ? [{ path: s.source.file, file: resolve(dir, s.source.file) }] : []));
  into.data = await dataHash(ctx.workspace, read);
  for (const step of steps.filter((s) => s.phase !== 'load')) await run(step);
}

export async function runProject(options: RunProjectOptions, progress: ProgressSink = noProgress): Promise<RunProjectResult> {
  const started = performance.now();
  const at = new Date();
  // 1–3. read, validate, normalize
  const loaded = await loadProject(options.file);
  if (!loaded.ok) throw projectError(options.file, loaded.error);
  const project: LoadedProject = loaded.value;
  const { spec } = project;
  const hash = specHash(spec);
  // 4. plan
  const planned = planProject(project);
  if (!planned.ok) throw projectError(options.file, planned.error);
  if (planned.value.length === 0) throw new UsageError(msg.nothingToDo);
  const plan = formatPlan(planned.value, options.file);
  options.onPlan?.(plan);
  const asOf = spec.asOf ?? todayIso(at);
  const workspaceDir = resolve(project.dir, spec.workspace);
  const base = { project: project.file, workspace: workspaceDir, specHash: hash, seed: spec.seed, asOf, plan };
  if (options.planOnly) return { ...base, runId: null, dataHash: null, steps: [], files: [], seconds: (performance.now() - started) / 1000 };
  // 5–8. load, fit, compile, activate
  const workspace: Workspace = await openWorkspace(workspaceDir, { create: true });
  const runId = `project-${at.toISOString().replace(/[-:.TZ]/g, '').slice(0, 14)}-${randomUUID().slice(0, 8)}`;
  const ctx: ProjectContext = {
    project, workspace, runId, at, asOf, progress,
    outDir: resolve(project.dir, spec.out),
    logger: options.logger ?? silentLogger,
    results: { segmentations: new Map(), memberships: [] },
  };
  const done: Progressed = { steps: [], files: [] };
  let failure: unknown;
  try {
    await mkdir(ctx.outDir, { recursive: true });
    await runSteps(ctx, planned.value, done, options.onStep);
  } catch (error) {
    failure = error;
  }
  const { steps, files, data } = done;
  // 9. record, failed runs included
  const seconds = (performance.now() - started) / 1000;
  try {
    const summary: ProjectRunSummary = { seconds, steps, memberships: ctx.results.memberships, files, ...(failure === undefined ? {} : { error: failure instanceof Error ? failure.message : String(failure) }) };
    const params: ProjectRunParams = { project: relative(workspaceDir, project.file) || project.file, asOf, spec: { ...spec }, data: data ?? { hash: '', tables: {}, files: {} } };
    const versions = { segmap: options.version ?? null, node: process.version, duckdb: await duckdbVersion(workspace) };
    await recordRun(workspace, { runId, startedAt: at, finishedAt: new Date(), status: failure === undefined ? 'ok' : 'failed', specHash: hash, dataHash: data?.hash ?? null, seed: spec.seed, versions, params, summary });
  } finally {
    workspace.close();
  }
  if (failure !== undefined) throw failure;
  return { ...base, runId, dataHash: data?.hash ?? null, steps, files, seconds };
}
