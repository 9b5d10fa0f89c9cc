/**
 * Fit step: one segmentation of the project, with the engine `segmap cluster` uses.
 *   1. rows: the survey or a file (./segmentation-data.ts)
 *   2. prepare for the method, with the project's missing-value handling (./segmentation-input.ts)
 *   3. fit one k, or every k of a range with bootstrap stability and a recommended k (cluster/run-cluster.ts)
 *   4. write out/<name>/: model.json, assignments.csv, selection.json and consensus.csv (for a range),
 *      and segments.csv (respondent_id, stakeholder_id | <entity>_id, segment, probability)
 *   5. record the segments as `statistical` tags of segmentation <name>: respondents for the survey,
 *      the file's entities when the source names them
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { atomicWrite } from '../../../activation/atomic-write.js';
import { csvField } from '../../../activation/formula-guard.js';
import { recordMemberships, type EntityKind } from '../../../data/memberships.js';
import type { NormalizedSegmentation } from '../../../spec/normalize-project.js';
import { writeClusterOutputs } from '../../cluster/cluster-outputs.js';
import { modelDocument, selectionDocument, solve, spread, type DocumentMeta } from '../../cluster/run-cluster.js';
import type { ProjectContext, ProjectStep, StepReport } from '../context.js';
import { segmentationData, type SegmentationData } from './segmentation-data.js';
import { segmentationInput } from './segmentation-input.js';

const kText = (ks: readonly number[]): string => (ks.length === 1 ? `k = ${ks[0]}` : `k = ${ks[0]}..${ks.at(-1)}`);

/** A fingerprint of who is in which segment: SHA-256 over (id, label) in input order. */
export function assignmentsHash(ids: readonly string[], labels: Int32Array): string {
  const hash = createHash('sha256');
  ids.forEach((id, i) => hash.update(`${id}\t${labels[i]}\n`));
  return hash.digest('hex');
}

function segmentsCsv(data: SegmentationData, labels: Int32Array, probability: Float64Array): string {
  const header = data.stakeholders ? 'respondent_id,stakeholder_id,segment,probability' : `${data.idColumn},segment,probability`;
  const lines = [header];
  data.ids.forEach((id, i) => {
    if (labels[i]! < 0) return;
    const link = data.stakeholders ? `${csvField(data.stakeholders[i] ?? '')},` : '';
    lines.push(`${csvField(id)},${link}${labels[i]! + 1},${Number(probability[i]!.toFixed(6))}`);
  });
  return `${lines.join('\n')}\n`;
}

async function record(ctx: ProjectContext, s: NormalizedSegmentation, data: SegmentationData, labels: Int32Array, probability: Float64Array): Promise<void> {
  const entityKind: EntityKind | null = s.source.kind === 'survey' ? 'respondent' : s.source.entity;
  if (entityKind === null) return;
  const rows = data.ids.flatMap((id, i) => (labels[i]! < 0 ? [] : [{ entityKind, entityId: id, segment: labels[i]! + 1, confidence: probability[i]! }]));
  await recordMemberships(ctx.workspace, { kind: 'statistical', segmentation: s.name, runId: ctx.runId, at: ctx.at, rows });
  ctx.results.memberships.push({ kind: 'statistical', segmentation: s.name });
}

async function run(ctx: ProjectContext, s: NormalizedSegmentation, index: number): Promise<StepReport> {
  const where = `segmentations[${index}]`;
  const phase = `segment ${s.name}`;
  ctx.progress({ phase, done: 0, detail: 'reading' });
  const data = await segmentationData(ctx.workspace, s, ctx.project.dir, where);
  const input = segmentationInput(s.method, data.columns, { missing: s.missing, weights: data.weights, weightsColumn: data.weightsColumn, multiplier: data.multiplier, quality: data.quality, logger: ctx.logger });
  const settings = { ks: s.ks, seed: s.seed, threads: 1, ...(s.starts === null ? {} : { starts: s.starts }), ...(s.resamples === null ? {} : { resamples: s.resamples }) };
  const solved = await solve(input, settings, (e) => ctx.progress({ ...e, phase: `${phase}: ${e.phase}` }));
  const meta: DocumentMeta = { file: data.origin, idColumn: data.idColumn, columns: data.columns.map((c) => c.name), seed: s.seed, ks: s.ks };
  const model = modelDocument(input, meta, solved.fit, solved.fitSeconds);
  const selection = solved.selection && selectionDocument(input, meta, solved.selection, solved.fitSeconds, solved.perK);
  const n = data.ids.length;
  const { labels, probability } = spread(solved.fit, input.rows, n);
  const consensus = solved.selection?.consensus && { ids: data.ids, ...spread(solved.selection.consensus, input.rows, n) };
  const folder = join(ctx.outDir, s.name);
  const files = await writeClusterOutputs(folder, { model, assignments: { ids: data.ids, labels, probability }, ...(selection ? { selection } : {}), ...(consensus ? { consensus } : {}) });
  const segmentsFile = join(folder, 'segments.csv');
  await atomicWrite(segmentsFile, segmentsCsv(data, labels, probability));
  await record(ctx, s, data, labels, probability);
  ctx.results.segmentations.set(s.name, { spec: s, index, k: model.k, ids: data.ids, stakeholders: data.stakeholders, file: data.file, columns: meta.columns, labels, probability, segmentsFile, folder });
  const shares = model.shares.map((v) => `${Math.round(v * 100)}%`).join(' / ');
  return {
    lines: [`${s.method}, ${kText(s.ks)}: ${model.k} segments (${shares}) on ${model.preparation.rowsUsed} of ${n} rows`, ...(selection ? [selection.recommended.reason] : [])],
    outputs: { k: model.k, sizes: model.sizes, rowsUsed: model.preparation.rowsUsed, assignments: assignmentsHash(data.ids, labels) },
    files: [...files, segmentsFile],
  };
}

export function segmentStep(s: NormalizedSegmentation, index: number): ProjectStep {
  const source = s.source.kind === 'survey' ? 'the survey' : s.source.file;
  return { phase: 'fit', title: `segment ${s.name}`, detail: `${s.method}, ${kText(s.ks)} on ${source}, seed ${s.seed}`, run: (ctx) => run(ctx, s, index) };
}
