/**
 * Phase 4 of `segmap run`: the plan — the ordered steps a normalized project asks for, checked against
 * what exists before anything runs (tables the importer knows, files on disk, projection inputs), each
 * problem with its YAML path and line. The plan is printed before the run starts.
 *
 *   load      import each source
 *   fit       prioritize → segment each segmentation → profile → typing tool → projection
 *   compile   typing workbook and scoring SQL per dialect
 *   activate  rule tags → call lists
 *
 * @example
 * const plan = planProject(loaded); // ok([import accounts, …, segment survey, profile survey, …])
 * formatPlan(plan.value, 'acme/segmap.yaml'); // the lines `segmap run` prints
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectMessages as msg } from '../../lib/messages/index.js';
import { err, ok, type Result } from '../../lib/result.js';
import { importTableNames } from '../import-file.js';
import { secondaryInputs } from '../projection/secondary-features.js';
import type { ProjectStep } from './context.js';
import type { LoadedProject, ProjectProblem } from './load-project.js';
import { compileStep } from './steps/compile.js';
import { exportCallListStep } from './steps/export-calllist.js';
import { importSourceStep } from './steps/import-source.js';
import { prioritizeStep } from './steps/prioritize.js';
import { profileStep } from './steps/profile.js';
import { projectionStep } from './steps/projection.js';
import { rulesStep } from './steps/rules.js';
import { segmentStep } from './steps/segment.js';
import { typingStep } from './steps/typing.js';

/** Problems only the pipeline can see: unknown tables, missing files, unknown projection inputs. */
function checkAgainstPipeline(project: LoadedProject): ProjectProblem[] {
  const { spec, dir, lineOf } = project;
  const problems: ProjectProblem[] = [];
  const add = (keys: readonly PropertyKey[], path: string, message: string): void => void problems.push({ path, keys, message, line: lineOf(keys) });
  const tables = importTableNames();
  spec.sources.forEach((s, i) => {
    if (!tables.includes(s.table)) add(['sources', i, 'table'], `sources[${i}].table`, msg.requiresOneOf(tables, s.table));
    if (!existsSync(resolve(dir, s.file))) add(['sources', i, 'file'], `sources[${i}].file`, msg.sourceMissing(resolve(dir, s.file)));
    if (typeof s.mapping === 'string' && !existsSync(resolve(dir, s.mapping))) add(['sources', i, 'mapping'], `sources[${i}].mapping`, msg.sourceMissing(resolve(dir, s.mapping)));
  });
  spec.segmentations.forEach((s, i) => {
    if (s.source.kind === 'file' && !existsSync(resolve(dir, s.source.file))) add(['segmentations', i, 'source', 'file'], `segmentations[${i}].source.file`, msg.sourceMissing(resolve(dir, s.source.file)));
  });
  const known: readonly string[] = secondaryInputs;
  spec.projection?.inputs?.forEach((input, i) => {
    if (!known.includes(input)) add(['projection', 'inputs', i], `projection.inputs[${i}]`, msg.requiresOneOf(known, input));
  });
  return problems;
}

export function planProject(project: LoadedProject): Result<ProjectStep[], ProjectProblem[]> {
  const problems = checkAgainstPipeline(project);
  if (problems.length) return err(problems);
  const { spec } = project;
  const steps: ProjectStep[] = [
    ...spec.sources.map(importSourceStep),
    ...(spec.prioritization ? [prioritizeStep(spec.prioritization)] : []),
    ...spec.segmentations.map(segmentStep),
    ...(spec.profile ? [profileStep(spec.profile, spec.seed)] : []),
    ...(spec.typing ? [typingStep(spec.typing)] : []),
    ...(spec.projection ? [projectionStep(spec.projection)] : []),
    ...(spec.typing || spec.projection ? [compileStep(spec.compile.dialects, spec.typing !== null, spec.projection !== null)] : []),
    ...(spec.rules ? [rulesStep(spec.rules)] : []),
    ...spec.exports.map(exportCallListStep),
  ];
  return ok(steps);
}

/** The plan as `segmap run` prints it (stderr) before running. */
export function formatPlan(steps: readonly ProjectStep[], file: string): string[] {
  return [msg.planHeader(file, steps.length), ...steps.map((s, i) => msg.planLine(i + 1, s.phase, s.title, s.detail))];
}
