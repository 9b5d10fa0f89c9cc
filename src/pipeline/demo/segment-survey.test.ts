/**
 * The survey segmentation stage on a small demo market (seed 42): the recommended solution recovers the
 * planted segments (D/truth/stakeholder_segments.csv) with adjusted Rand ≥ 0.8, excludes the planted
 * straight-liners and speeders, and writes its deliverables and memberships. For the same data the
 * generator's own check with scikit-learn (test/reference/demo-market/check_market.py) reports ARI 0.937
 * for plain k-means (k = 4) on the clean respondents.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adjustedRand } from '../../core/cluster/adjusted-rand.js';
import { openWorkspace } from '../../data/workspace.js';
import { noProgress } from '../../lib/progress.js';
import { ClusterModel, ClusterSelection } from '../../spec/cluster-model.js';
import { generateMarketStage } from './generate-market.js';
import { importSourcesStage } from './import-sources.js';
import { runDemo } from './run-demo.js';
import { segmentSurveyStage, surveySegmentationFolder, surveySegmentsFile } from './segment-survey.js';

const root = mkdtempSync(join(tmpdir(), 'segmap-segment-survey-'));
process.on('exit', () => rmSync(root, { recursive: true, force: true }));

const csv = (file: string): Record<string, string>[] => {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i]!, v])));
};

test('segments the demo survey and recovers the planted segments (ARI ≥ 0.8)', async () => {
  const dir = join(root, 'small');
  const summary = await runDemo({ dir, size: 'small', seed: 42, asOf: '2025-06-30', stages: [generateMarketStage, importSourcesStage, segmentSurveyStage] }, noProgress);
  const segments = csv(join(dir, 'out', surveySegmentsFile));
  const truth = new Map(csv(join(dir, 'truth', 'stakeholder_segments.csv')).map((r) => [r.stakeholder_id!, r.segment!]));
  const found = segments.map((r) => Number(r.segment));
  const planted = segments.map((r) => truth.get(r.stakeholder_id!)!);
  const ari = adjustedRand(found, planted.map((p) => [...new Set(planted)].indexOf(p)));
  assert.ok(ari >= 0.8, `adjusted Rand ${ari}`);

  const selection = ClusterSelection.parse(JSON.parse(readFileSync(join(dir, 'out', surveySegmentationFolder, 'selection.json'), 'utf8')));
  const model = ClusterModel.parse(JSON.parse(readFileSync(join(dir, 'out', surveySegmentationFolder, 'model.json'), 'utf8')));
  assert.equal(model.k, 4);
  assert.equal(selection.recommended.k, 4);
  assert.deepEqual(selection.ks, [2, 3, 4, 5, 6, 7, 8]);

  // planted straight-liners and speeders are excluded, and nearly nobody else
  const quality = new Map(csv(join(dir, 'truth', 'respondent_quality.csv')).map((r) => [r.stakeholder_id!, r.quality!]));
  const kept = new Set(segments.map((r) => r.stakeholder_id!));
  const flawed = [...quality].filter(([, q]) => q !== 'ok');
  assert.ok(flawed.filter(([s]) => kept.has(s)).length <= flawed.length * 0.1, 'most flawed respondents excluded');
  assert.ok([...quality].filter(([s, q]) => q === 'ok' && !kept.has(s)).length <= 10, 'few clean respondents excluded');
  assert.equal(model.preparation.quality!.flagged, model.preparation.rowsExcludedByQuality);

  const ws = await openWorkspace(dir);
  try {
    const [row] = await ws.all<{ n: number }>("select count(*) as n from memberships where kind = 'statistical' and segmentation = 'survey' and valid_to is null");
    assert.equal(row!.n, segments.length);
  } finally {
    ws.close();
  }
  assert.ok(summary.stages.find((s) => s.title === 'segment the survey')!.lines[2]!.startsWith('We recommend 4 segments.'));
});
