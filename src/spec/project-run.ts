/**
 * What `segmap run` stores about a run in the workspace's `runs` table (migration 1): `params` (the
 * normalized project and the data fingerprint it ran on) and `summary` (each step's lines and outputs,
 * the tag sets it recorded, the files it wrote). `segmap runs --diff` reads them back through these
 * schemas, so a record written by another version is checked before it is compared.
 */
import { z } from 'zod';

export const DataFingerprint = z.object({
  hash: z.string(),
  tables: z.record(z.string(), z.object({ rows: z.number(), hash: z.string() })),
  files: z.record(z.string(), z.string()),
});
export type DataFingerprint = z.infer<typeof DataFingerprint>;

export const ProjectRunParams = z.object({
  project: z.string(),
  asOf: z.string(),
  /** The normalized project (spec/normalize-project.ts) the spec hash covers. */
  spec: z.record(z.string(), z.unknown()),
  data: DataFingerprint,
});
export type ProjectRunParams = z.infer<typeof ProjectRunParams>;

export const ProjectRunStep = z.object({
  phase: z.string(),
  title: z.string(),
  seconds: z.number(),
  lines: z.array(z.string()),
  outputs: z.record(z.string(), z.unknown()),
});
export type ProjectRunStep = z.infer<typeof ProjectRunStep>;

export const ProjectRunSummary = z.object({
  seconds: z.number(),
  steps: z.array(ProjectRunStep),
  /** Tag sets this run recorded (memberships kind + segmentation). */
  memberships: z.array(z.object({ kind: z.string(), segmentation: z.string() })),
  /** Files written, relative to the project file. */
  files: z.array(z.string()),
  /** Why the run stopped, for a failed run. */
  error: z.string().optional(),
});
export type ProjectRunSummary = z.infer<typeof ProjectRunSummary>;
