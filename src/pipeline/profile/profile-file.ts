/**
 * `segmap profile FILE --segment COL [--columns a,b] [--weights COL] --out DIR`: profiles any segmentation
 * in a file over any of its columns and writes DIR/profile.json, DIR/profile.xlsx and DIR/report.html.
 *
 * Phases: 1. stage the file (CSV, Parquet, XLSX, SAV) → 2. segment codes, weights, variables →
 * 3. core profile (tests, indices, letters, ranking, labels) → 4. draft cards → 5. write the deliverables.
 *
 * @example
 * const r = await profileFile({ file: 'segments.csv', segment: 'segment', outDir: 'out' });
 * r.document.variables[0].pValue;
 * @throws InputError for a missing column, a bad weight, or a segment column with one value
 */
import type { AdjustmentMethod } from '../../core/stats/adjust/p-adjust.js';
import { silentLogger, type Logger } from '../../lib/logger.js';
import type { ProgressSink } from '../../lib/progress.js';
import { noProgress } from '../../lib/progress.js';
import type { ProfileDocument } from '../../spec/profile.js';
import type { SegmentCard } from '../../spec/segment-card.js';
import { buildCards } from './build-cards.js';
import { fileProfileInput } from './file-profile-input.js';
import { runProfile } from './run-profile.js';
import { stageForProfile } from './staged-columns.js';
import { writeProfileDeliverables, type ProfileFiles } from './write-deliverables.js';

export interface ProfileFileRequest {
  readonly file: string;
  readonly segment: string;
  readonly columns?: readonly string[];
  readonly weights?: string;
  readonly outDir: string;
  readonly alpha?: number;
  readonly adjustment?: AdjustmentMethod;
  readonly seed?: number;
  readonly logger?: Logger;
  readonly progress?: ProgressSink;
}

export interface ProfileFileResult {
  readonly document: ProfileDocument;
  readonly cards: readonly SegmentCard[];
  readonly files: ProfileFiles;
}

export async function profileFile(request: ProfileFileRequest): Promise<ProfileFileResult> {
  const progress = request.progress ?? noProgress;
  const logger = request.logger ?? silentLogger;
  progress({ phase: 'read file', done: 0, total: 1, detail: request.file });
  const table = await stageForProfile(request.file);
  let document: ProfileDocument;
  try {
    const input = await fileProfileInput(table, { segment: request.segment, logger, ...(request.columns ? { columns: request.columns } : {}), ...(request.weights !== undefined ? { weights: request.weights } : {}) });
    progress({ phase: 'profile', done: 0, total: input.variables.length });
    document = runProfile(
      input,
      { file: request.file, segmentation: null, segmentColumn: request.segment, weightColumn: request.weights ?? null },
      { logger, ...(request.alpha !== undefined ? { alpha: request.alpha } : {}), ...(request.adjustment ? { adjustment: request.adjustment } : {}), ...(request.seed !== undefined ? { seed: request.seed } : {}) },
    );
    progress({ phase: 'profile', done: input.variables.length, total: input.variables.length });
  } finally {
    await table.close();
  }
  const cards = buildCards(document, { segmentation: request.segment });
  progress({ phase: 'write deliverables', done: 0, total: 3 });
  const files = await writeProfileDeliverables(document, cards, request.outDir);
  progress({ phase: 'write deliverables', done: 3, total: 3 });
  return { document, cards, files };
}
