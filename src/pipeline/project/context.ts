/**
 * What the steps of `segmap run` share. The plan (./plan-project.ts) is a list of steps, each one file in
 * ./steps/; a step reads what earlier steps left in `results` (a segmentation's labels, the typing model,
 * the projection model), writes its deliverables under `outDir`, and reports lines for the terminal and
 * outputs for the run record — the outputs are what two runs are compared on, so they hold only what a
 * run determines (sizes, hashes of assignments), never timings or paths of temp files.
 */
import type { Workspace } from '../../data/workspace.js';
import type { Logger } from '../../lib/logger.js';
import type { ProgressSink } from '../../lib/progress.js';
import type { NormalizedSegmentation } from '../../spec/normalize-project.js';
import type { ScoringModel } from '../../spec/scoring-model.js';
import type { TypingModel } from '../../spec/typing-model.js';
import type { LoadedProject } from './load-project.js';

/** Where a step belongs in the architecture: fit (core), compile (SQL/Excel), activate (tags, lists). */
export type StepPhase = 'load' | 'fit' | 'compile' | 'activate';

/** A segmentation as fitted: labels per input row (-1 = left out), segments numbered 1..k. */
export interface SegmentationResult {
  readonly spec: NormalizedSegmentation;
  /** Index of the segmentation in the project (for YAML paths in messages). */
  readonly index: number;
  readonly k: number;
  readonly ids: readonly string[];
  /** Survey source: the stakeholder each respondent is linked to (null when not linked). */
  readonly stakeholders: readonly (string | null)[] | null;
  /** File source: the absolute path of the file. */
  readonly file: string | null;
  /** The items or columns clustered on, as prepared. */
  readonly columns: readonly string[];
  readonly labels: Int32Array;
  readonly probability: Float64Array;
  /** out/<name>/segments.csv: id column, segment, probability. */
  readonly segmentsFile: string;
  readonly folder: string;
}

export interface RunResults {
  readonly segmentations: Map<string, SegmentationResult>;
  typing?: { readonly model: TypingModel; readonly folder: string };
  projection?: { readonly model: ScoringModel; readonly folder: string };
  /** Membership sets this run recorded (kind/segmentation), for diffs between runs. */
  readonly memberships: { kind: string; segmentation: string }[];
}

export interface ProjectContext {
  readonly project: LoadedProject;
  readonly workspace: Workspace;
  /** Absolute deliverables folder. */
  readonly outDir: string;
  readonly runId: string;
  /** When the run started: the time its tags are recorded at. */
  readonly at: Date;
  /** The day rules and call lists are evaluated on. */
  readonly asOf: string;
  readonly progress: ProgressSink;
  readonly logger: Logger;
  readonly results: RunResults;
}

export interface StepReport {
  /** For the terminal. */
  readonly lines: readonly string[];
  /** For the run record and `segmap runs --diff`: what this step determined. */
  readonly outputs: Readonly<Record<string, unknown>>;
  /** Files written (absolute). */
  readonly files: readonly string[];
}

export interface ProjectStep {
  readonly phase: StepPhase;
  /** Unique within a plan: `segment survey`, `export out/calllist.csv`. */
  readonly title: string;
  /** One line for the plan. */
  readonly detail: string;
  run(ctx: ProjectContext): Promise<StepReport>;
}
