/**
 * The documents `segmap cluster` writes: `model.json` (one fitted segmentation) and `selection.json` (the
 * comparison of several k with the recommended one). Schema and inferred type share each name; the
 * pipeline validates what it writes, and readers (profile, typing, the UI, the compiler) parse with them.
 *
 * Segments are numbered 1..k in model.json and assignments.csv, largest first (`sizes[0]` is segment 1).
 * Centres are in the prepared feature space: feature_j = (input − centre_j) / scale_j for numeric
 * features, 1/0 for indicator features (`preparation.features`), so a new row is assigned by preparing
 * it the same way and taking the nearest centre.
 *
 * @example
 * ClusterModel.parse(JSON.parse(readFileSync('out/model.json', 'utf8'))).k // 4
 */
import { z } from 'zod';

const finite = z.number().finite();
const count = z.number().int().nonnegative();

export const ClusterMethod = z.enum(['kmeans', 'gmm', 'lca', 'kprototypes']);
export type ClusterMethod = z.infer<typeof ClusterMethod>;

export const PreparedFeature = z.object({
  name: z.string(),
  column: z.string(),
  level: z.string().optional(),
  kind: z.enum(['numeric', 'indicator', 'ordinal', 'categorical']),
  centre: finite,
  scale: finite,
}).strict();
export type PreparedFeature = z.infer<typeof PreparedFeature>;

export const QualityReport = z.object({
  respondents: count,
  straightLining: count,
  speeding: count,
  tooManyMissing: count,
  flagged: count,
  action: z.enum(['exclude', 'downweight', 'flag']),
  medianDuration: finite.optional(),
  speederThreshold: finite.optional(),
}).strict();
export type QualityReport = z.infer<typeof QualityReport>;

export const Preparation = z.object({
  standardization: z.enum(['z', 'range', 'none']),
  missing: z.enum(['listwise', 'mean', 'mode', 'available']),
  /** The missing-data handling in one plain sentence, for a report. */
  missingNote: z.string(),
  categorical: z.enum(['one-hot', 'ordinal', 'codes']),
  weightsColumn: z.string().nullable(),
  rowsIn: count,
  rowsUsed: count,
  rowsWithoutWeight: count,
  rowsExcludedByQuality: count,
  rowsDroppedMissing: count,
  features: z.array(PreparedFeature),
  dropped: z.array(z.object({ name: z.string(), reason: z.enum(['all-missing', 'constant', 'one-level']) }).strict()),
  imputed: z.array(z.object({ name: z.string(), filled: count, value: z.union([finite, z.string()]) }).strict()),
  quality: QualityReport.optional(),
}).strict();
export type Preparation = z.infer<typeof Preparation>;

export const ClusterModel = z.object({
  format: z.literal('segmap.cluster-model'),
  version: z.literal(1),
  segmapVersion: z.string(),
  createdAt: z.string(),
  method: ClusterMethod,
  /** The k-means variant that ran, the covariance type of a mixture, … */
  algorithm: z.string(),
  k: z.number().int().positive(),
  seed: z.number().int(),
  starts: z.number().int().positive(),
  threads: z.number().int().positive(),
  file: z.string(),
  idColumn: z.string().nullable(),
  columns: z.array(z.string()),
  /** Rows (or summed weights) per segment, segment 1 first. */
  sizes: z.array(finite),
  shares: z.array(finite),
  iterations: count,
  converged: z.boolean(),
  fitSeconds: finite,
  inertia: finite.optional(),
  logLikelihood: finite.optional(),
  bic: finite.optional(),
  aic: finite.optional(),
  /** k × features centres in the prepared space (k-means, k-prototypes numeric part, mixture means). */
  centres: z.array(z.array(finite)).optional(),
  /** k-prototypes: the modal level of each categorical column per segment, and the weight γ of a mismatch. */
  modes: z.array(z.array(z.string())).optional(),
  gamma: finite.optional(),
  /** Gaussian mixture: mixing weights and covariances (k × d × d full, k × d diagonal) in the prepared space. */
  mixture: z.object({
    covarianceType: z.enum(['full', 'diag']),
    weights: z.array(finite),
    covariances: z.array(z.array(finite)),
  }).strict().optional(),
  /** Latent class model: class shares and, per item, k × levels response probabilities. */
  latentClass: z.object({
    shares: z.array(finite),
    items: z.array(z.object({ name: z.string(), levels: z.array(z.string()), probabilities: z.array(z.array(finite)) }).strict()),
  }).strict().optional(),
  /** Objective (inertia, or log-likelihood for likelihood methods) reached by every start. */
  startObjectives: z.array(finite),
  preparation: Preparation,
}).strict();
export type ClusterModel = z.infer<typeof ClusterModel>;

export const KSolutionSummary = z.object({
  k: z.number().int().positive(),
  silhouette: z.object({ value: finite, rows: count, sampled: z.boolean() }).strict().nullable(),
  calinskiHarabasz: finite.nullable(),
  daviesBouldin: finite.nullable(),
  inertia: finite.optional(),
  logLikelihood: finite.optional(),
  bic: finite.optional(),
  aic: finite.optional(),
  smallestShare: finite,
  shares: z.array(finite),
  stability: z.object({ mean: finite, sd: finite, min: finite, resamples: count }).strict(),
  iterations: count,
  converged: z.boolean(),
  fitSeconds: finite,
}).strict();
export type KSolutionSummary = z.infer<typeof KSolutionSummary>;

export const ClusterSelection = z.object({
  format: z.literal('segmap.cluster-selection'),
  version: z.literal(1),
  segmapVersion: z.string(),
  createdAt: z.string(),
  method: ClusterMethod,
  file: z.string(),
  ks: z.array(z.number().int().positive()),
  seed: z.number().int(),
  solutions: z.array(KSolutionSummary),
  recommended: z.object({
    k: z.number().int().positive(),
    /** A paragraph an analyst can paste into a report. */
    reason: z.string(),
    eligible: z.array(z.number().int()),
    criteria: z.array(z.enum(['silhouette', 'calinskiHarabasz', 'daviesBouldin', 'stability', 'bic'])),
    /** Mean of the criteria rescaled over the solutions (1 = best on all). */
    scores: z.array(z.object({ k: z.number().int(), score: finite }).strict()),
    setAside: z.array(z.object({ k: z.number().int(), why: z.string() }).strict()),
    rules: z.object({ preferred: z.tuple([z.number().int(), z.number().int()]), minShare: finite, minStability: finite }).strict(),
  }).strict(),
  /**
   * The robust option: consensus segments for the recommended k from the co-association of the fit and
   * its bootstrap refits (written to consensus.csv), and their adjusted Rand agreement with the fit.
   */
  consensus: z.object({ k: z.number().int().positive(), agreement: finite, sizes: z.array(finite), file: z.string() }).strict().optional(),
  fitSeconds: finite,
}).strict();
export type ClusterSelection = z.infer<typeof ClusterSelection>;
