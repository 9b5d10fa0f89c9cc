/**
 * The rows a segmentation clusters, from either source, in one shape:
 *   survey  respondents × items from the workspace (./survey-columns.ts), optionally screened for
 *           straight-lining, speeding and mostly-missing answers (core/prep/survey-quality.ts, excluded),
 *           weighted by survey_respondents.weight when the project says `weights: weight`
 *   file    a CSV/Parquet file read as `segmap cluster` reads it (pipeline/cluster/cluster-data.ts)
 *
 * @example const data = await segmentationData(ws, spec, '/abs/project', 'segmentations[0]');
 */
import { resolve } from 'node:path';
import type { PrepColumn } from '../../../core/prep/prep-column.js';
import { surveyQuality } from '../../../core/prep/survey-quality.js';
import type { Workspace } from '../../../data/workspace.js';
import type { QualityReport } from '../../../spec/cluster-model.js';
import type { NormalizedSegmentation } from '../../../spec/normalize-project.js';
import { loadClusterData } from '../../cluster/cluster-data.js';
import { surveyColumns } from './survey-columns.js';

export interface SegmentationData {
  /** What model.json records as the data's origin. */
  readonly origin: string;
  /** The id column written to segments.csv. */
  readonly idColumn: string;
  readonly ids: readonly string[];
  readonly stakeholders: readonly (string | null)[] | null;
  readonly file: string | null;
  readonly columns: readonly PrepColumn[];
  readonly weights: Float64Array | undefined;
  readonly weightsColumn: string | null;
  readonly multiplier: Float64Array | undefined;
  readonly quality: QualityReport | undefined;
}

async function fromSurvey(ws: Workspace, s: NormalizedSegmentation, where: string): Promise<SegmentationData> {
  const survey = await surveyColumns(ws, s.columns, `${where}.items`);
  const quality = s.screen ? surveyQuality(survey.columns, { batteries: survey.batteries, durations: survey.durations, action: 'exclude' }) : undefined;
  return {
    origin: 'workspace:survey_responses',
    idColumn: 'respondent_id',
    ids: survey.respondents,
    stakeholders: survey.stakeholders,
    file: null,
    columns: survey.columns,
    weights: s.weights === null ? undefined : survey.weights,
    weightsColumn: s.weights,
    multiplier: quality?.multiplier,
    quality: quality?.report,
  };
}

async function fromFile(dir: string, s: NormalizedSegmentation & { source: { kind: 'file' } }): Promise<SegmentationData> {
  const file = resolve(dir, s.source.file);
  const data = await loadClusterData(file, { columns: s.columns ?? undefined, id: s.source.id ?? undefined, weights: s.weights ?? undefined });
  return {
    origin: s.source.file,
    idColumn: s.source.entity ? `${s.source.entity}_id` : 'id',
    ids: data.ids,
    stakeholders: null,
    file,
    columns: data.columns,
    weights: data.weights,
    weightsColumn: data.weightsColumn,
    multiplier: undefined,
    quality: undefined,
  };
}

export function segmentationData(ws: Workspace, s: NormalizedSegmentation, projectDir: string, where: string): Promise<SegmentationData> {
  return s.source.kind === 'survey' ? fromSurvey(ws, s, where) : fromFile(projectDir, { ...s, source: s.source });
}
