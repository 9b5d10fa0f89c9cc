/**
 * What every stage of `segmap demo` shares. Stages run in order (./stages.ts); each reads what earlier
 * stages left in the workspace or in `outDir`, writes its own deliverables to `outDir`, and adds a few
 * lines to the summary the CLI prints.
 */
import type { Logger } from '../../lib/logger.js';
import type { ProgressSink } from '../../lib/progress.js';
import type { Workspace } from '../../data/workspace.js';

export type DemoSize = 'small' | 'medium' | 'large';

export interface DemoContext {
  /** The workspace folder (D). */
  readonly dir: string;
  /** D/out: the pipeline's deliverables. */
  readonly outDir: string;
  /** D/truth: the planted truth; written by the generator, never read by the pipeline. */
  readonly truthDir: string;
  readonly size: DemoSize;
  readonly seed: number;
  /** The market's as-of day (YYYY-MM-DD, UTC): every date in the demo data is relative to it; default today. */
  readonly asOf?: string;
  readonly workspace: Workspace;
  readonly progress: ProgressSink;
  readonly logger: Logger;
  /** Lines for the end-of-run summary, grouped by stage title. */
  readonly summary: Map<string, string[]>;
}

export interface DemoStage {
  readonly title: string;
  run(ctx: DemoContext): Promise<void>;
}
