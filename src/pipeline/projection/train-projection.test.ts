import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from '../../core/random/rng.js';
import { ScoringModel } from '../../spec/scoring-model.js';
import { tableFromRecords } from '../score/input-table.js';
import { scoreTable } from '../score/score-table.js';
import { trainProjection } from './train-projection.js';

/** Stakeholders whose segment leaves a trace in secondary data: volume, specialty, engagement. */
function universe(n: number, seed: number) {
  const rng = createRng(seed);
  const specialties = ['cardiology', 'radiology', 'vascular_surgery'];
  const labels = new Int32Array(n);
  const records = Array.from({ length: n }, (_, i) => {
    const c = rng.int(3);
    labels[i] = c;
    return {
      stakeholder_id: `S${i}`,
      volume: Math.round(Math.exp(2 + c + rng.normal())),
      specialty: rng.next() < 0.6 ? specialties[c]! : specialties[rng.int(3)]!,
      engagements: rng.next() < 0.1 ? null : Math.round(Math.max(0, 5 - 2 * c + 2 * rng.normal())),
    };
  });
  return { table: tableFromRecords(records), labels };
}

test('projection: cross-validated logistic regression on secondary variables, with calibration and an unassigned class', () => {
  const { table, labels } = universe(900, 4);
  const segments = ['Innovators', 'Pragmatists', 'Traditionalists'];
  const { model, report } = trainProjection(table, labels, segments, { inputs: ['volume', 'specialty', 'engagements'], log1p: ['volume'], idColumn: 'stakeholder_id', unassignedBelow: 0.6 });
  ScoringModel.parse(model);
  assert.deepEqual(model.features[0], { kind: 'numeric', input: 'volume', center: model.features[0]!.kind === 'numeric' ? model.features[0]!.center : 0, scale: model.features[0]!.kind === 'numeric' ? model.features[0]!.scale : 0, log1p: true });
  assert.ok(report.crossValidation.accuracy > 0.6, `accuracy ${report.crossValidation.accuracy}`);
  assert.equal(report.crossValidation.confusion.flat().reduce((a, b) => a + b, 0), 900);
  report.crossValidation.recall.forEach((r) => assert.ok(r !== null && r > 0.3));
  assert.ok(report.crossValidation.calibration.expectedError < 0.1);
  assert.ok(report.grid.some((g) => g.C === report.C));
  const scored = scoreTable(model, table);
  const unassigned = scored.segments.filter((s) => s === 'unassigned').length;
  assert.ok(unassigned > 0 && unassigned < 900, `unassigned ${unassigned}`);
  scored.segments.forEach((s, i) => assert.equal(s === 'unassigned', scored.probability[i]! < 0.6));
  const fresh = universe(300, 99);
  const hits = scoreTable({ ...model, unassignedBelow: undefined }, fresh.table).labels.filter((l, i) => l === fresh.labels[i]).length;
  assert.ok(hits / 300 > 0.6, 'generalises to new stakeholders');
});
