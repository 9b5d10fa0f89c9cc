/**
 * The project file (segmap.yaml): segmentation as code. It declares where the data come from, how
 * accounts are prioritized, which segmentations to fit, what to build from them (profile, typing tool,
 * universe projection, SQL), which rule segments to tag and which call lists to export; `segmap run
 * PROJECT.yaml` does all of it and records the run (spec hash, data hash, seed, versions).
 *
 * Every path is relative to the project file. Sections reuse the schemas of their own areas:
 * `prioritization` is spec/prioritization.ts, `rules` is spec/rules/rule-segment.ts, an inline `mapping`
 * is spec/mapping.ts. src/spec/project.schema.json is generated from this file (`npm run schema`).
 *
 * @example
 *   version: 1
 *   seed: 42
 *   sources:
 *     - { table: accounts, file: data/accounts.csv }
 *   segmentations:
 *     - { name: survey, method: kmeans, k: 2..8, source: survey, weights: weight }
 *   profile: { segmentation: survey }
 *   typing: { segmentation: survey, maxQuestions: 10 }
 *   exports:
 *     - { kind: calllist, territory: T001, out: out/calllist-T001.csv }
 */
import { z } from 'zod';
import { projectMessages as msg } from '../lib/messages/project.js';
import { ClusterMethod } from './cluster-model.js';
import { kRange, maxSegments } from './k-range.js';
import { Mapping } from './mapping.js';
import { PrioritizationSpec } from './prioritization.js';
import { RulesSection } from './rules/rule-segment.js';

/** Names a segmentation: its output folder `out/<name>/` and the `segmentation` of its tags. */
export const ProjectName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, msg.nameFormat);
export const Seed = z.number().int().min(0).max(4_294_967_295);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, msg.isoDate);
const Path = z.string().min(1);

/** One file to import into one table, as `segmap import D --table T FILE [--map MAPPING]` would. */
export const ProjectSource = z.strictObject({
  table: z.string().min(1),
  file: Path,
  /** A mapping YAML file, or the mapping itself inline. */
  mapping: z.union([Path, Mapping], { error: msg.mappingForm }).optional(),
  /** Recorded in each row's `source` (default: the mapping's, then the file name). */
  source: z.string().min(1).optional(),
});
export type ProjectSource = z.infer<typeof ProjectSource>;

/** `4`, `"4"` or `"2..8"`. */
export const KSpec = z.union([z.number().int().min(1).max(maxSegments), z.string().regex(/^\s*\d+\s*(\.\.\s*\d+\s*)?$/)], { error: (issue) => (issue.input === undefined ? msg.requiresValue : msg.kSpec(issue.input)) }).superRefine((value, ctx) => {
  if (kRange(value) === undefined) ctx.addIssue({ code: 'custom', message: msg.kSpec(value) });
});

/** What a segmentation clusters: the workspace's survey (respondents × Likert/numeric items) or a file. */
export const FileSegmentationSource = z
  .strictObject({
    file: Path,
    /** Id column (default: the row number). */
    id: z.string().min(1).optional(),
    /** What the ids are: with it, segments are recorded as tags of those entities and can be profiled. */
    entity: z.enum(['stakeholder', 'account', 'respondent']).optional(),
  })
  .refine((f) => f.entity === undefined || f.id !== undefined, { path: ['entity'], message: msg.entityNeedsId });

export const SegmentationSource = z.union([z.literal('survey'), FileSegmentationSource], {
  error: (issue) => (issue.input === undefined ? msg.requiresValue : msg.segmentationSource),
});
export type SegmentationSource = z.infer<typeof SegmentationSource>;

export const Segmentation = z
  .strictObject({
    name: ProjectName,
    method: ClusterMethod,
    k: KSpec,
    source: SegmentationSource.default('survey'),
    /** Clustering columns of a file (default: all but id and weights). */
    columns: z.array(z.string().min(1)).min(1).optional(),
    /** Survey items (question ids) to cluster on (default: every Likert and numeric item). */
    items: z.array(z.string().min(1)).min(1).optional(),
    /** Weight column: a file's column, or `weight` (survey_respondents.weight) for the survey. */
    weights: z.string().min(1).optional(),
    /** Default: the project's seed. */
    seed: Seed.optional(),
    starts: z.number().int().min(1).max(1000).optional(),
    /** Bootstrap resamples per k when comparing a range (default 20). */
    resamples: z.number().int().min(2).max(500).optional(),
    /** Missing values (k-means, gmm, k-prototypes): default `mean` for the survey, `listwise` for a file. */
    missing: z.enum(['listwise', 'mean']).optional(),
    /** Survey-quality screening (straight-lining, speeders, mostly missing): default on for the survey. */
    screen: z.boolean().optional(),
  })
  .superRefine((s, ctx) => {
    if (s.columns && s.items) ctx.addIssue({ code: 'custom', path: ['items'], message: msg.columnsOrItems });
    if (s.source === 'survey' && s.weights !== undefined && s.weights !== 'weight') ctx.addIssue({ code: 'custom', path: ['weights'], message: msg.surveyWeights });
    if (s.source !== 'survey' && s.screen === true) ctx.addIssue({ code: 'custom', path: ['screen'], message: msg.screenNeedsSurvey });
    if (s.method === 'lca' && s.missing === 'mean') ctx.addIssue({ code: 'custom', path: ['missing'], message: msg.lcaListwise });
  });
export type Segmentation = z.infer<typeof Segmentation>;

export const ProfileSection = z.strictObject({
  segmentation: ProjectName,
  alpha: z.number().gt(0).lt(1).optional(),
  adjustment: z.enum(['holm', 'bh', 'none']).optional(),
  /** Title of the workbook and the report. */
  title: z.string().min(1).max(200).optional(),
});
export type ProfileSection = z.infer<typeof ProfileSection>;

export const TypingSection = z.strictObject({
  segmentation: ProjectName,
  /** Candidate questions (default: the segmentation's survey items or file columns). */
  items: z.array(z.string().min(1)).min(1).optional(),
  maxQuestions: z.number().int().min(1).max(50).default(10),
  /** Use exactly this many questions instead of the smallest form within a point of the best. */
  size: z.number().int().min(1).max(50).optional(),
  folds: z.number().int().min(2).max(20).default(5),
});
export type TypingSection = z.infer<typeof TypingSection>;

export const ProjectionSection = z.strictObject({
  /** A survey segmentation: its respondents' stakeholders are the training rows. */
  segmentation: ProjectName,
  /** Secondary variables to use (default: all; see pipeline/projection/secondary-features.ts). */
  inputs: z.array(z.string().min(1)).min(1).optional(),
  /** Top probability below which a stakeholder stays unassigned. */
  unassignedBelow: z.number().gt(0).lt(1).default(0.5),
  folds: z.number().int().min(2).max(20).default(5),
});
export type ProjectionSection = z.infer<typeof ProjectionSection>;

export const SqlDialectName = z.enum(['duckdb', 'postgres', 'spark', 'snowflake']);

/** Scoring SQL for the typing tool and the projection model, one file per dialect. */
export const CompileSection = z.strictObject({ dialects: z.array(SqlDialectName).min(1).default(['duckdb']) });
export type CompileSection = z.infer<typeof CompileSection>;

export const CallListExport = z.strictObject({
  kind: z.literal('calllist'),
  out: Path.regex(/\.(csv|xlsx)$/i, msg.exportOut),
  territory: z.string().min(1).optional(),
  rep: z.string().min(1).optional(),
  /** Days after which last_verified makes a row stale (default: the project's staleAfterDays). */
  maxAgeDays: z.number().int().min(1).max(36500).optional(),
});
export type CallListExport = z.infer<typeof CallListExport>;

export const exportKinds = ['calllist'] as const;
export const ProjectExport = z.discriminatedUnion('kind', [CallListExport], {
  error: (issue) => msg.requiresOneOf(exportKinds, typeof issue.input === 'object' && issue.input !== null && 'kind' in issue.input ? issue.input.kind : issue.input),
});
export type ProjectExport = z.infer<typeof ProjectExport>;

export const Project = z
  .strictObject({
    version: z.literal(1),
    name: z.string().min(1).max(200).optional(),
    /** The workspace folder (segmap.duckdb); created when missing. */
    workspace: Path.default('.'),
    /** Deliverables folder. */
    out: Path.default('out'),
    seed: Seed.default(42),
    /** The day rules, staleness and call lists are evaluated on (default: the day of the run). */
    asOf: IsoDate.optional(),
    staleAfterDays: z.number().int().min(1).max(36500).default(365),
    sources: z.array(ProjectSource).default([]),
    prioritization: PrioritizationSpec.optional(),
    segmentations: z.array(Segmentation).default([]),
    profile: ProfileSection.optional(),
    typing: TypingSection.optional(),
    projection: ProjectionSection.optional(),
    compile: CompileSection.prefault({}),
    rules: RulesSection.optional(),
    exports: z.array(ProjectExport).default([]),
  })
  .superRefine((p, ctx) => {
    const declared = p.segmentations.map((s) => s.name);
    declared.forEach((name, i) => {
      if (declared.indexOf(name) !== i) ctx.addIssue({ code: 'custom', path: ['segmentations', i, 'name'], message: msg.duplicateName(name) });
    });
    for (const section of ['profile', 'typing', 'projection'] as const) {
      const name = p[section]?.segmentation;
      if (name === undefined) continue;
      const target = p.segmentations.find((s) => s.name === name);
      if (!target) ctx.addIssue({ code: 'custom', path: [section, 'segmentation'], message: msg.unknownSegmentation(name, declared) });
      else if (section === 'projection' && target.source !== 'survey') {
        ctx.addIssue({ code: 'custom', path: [section, 'segmentation'], message: msg.surveySegmentationNeeded('the projection', name) });
      } else if (section === 'profile' && target.source !== 'survey' && target.source.entity === undefined) {
        ctx.addIssue({ code: 'custom', path: [section, 'segmentation'], message: msg.profileNeedsEntity(name) });
      }
    }
  });
/** The validated project file, every default applied. */
export type Project = z.infer<typeof Project>;
/** What a user may write. */
export type ProjectInput = z.input<typeof Project>;
