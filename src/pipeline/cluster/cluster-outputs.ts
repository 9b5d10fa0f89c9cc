/**
 * Writes what `segmap cluster` promises in DIR, each file atomically (temp + rename): model.json,
 * assignments.csv (id, segment, probability; segments 1..k; ids guarded against spreadsheet formula
 * injection) and, when k was a range, selection.json and consensus.csv (the consensus segments, same
 * columns). Documents are validated against their schemas
 * before they are written, so a reader can trust them.
 *
 * @example await writeClusterOutputs('out', { model, assignments: { ids, labels, probability } });
 */
import { join } from 'node:path';
import { atomicWrite } from '../../activation/atomic-write.js';
import { csvField } from '../../activation/formula-guard.js';
import { ClusterModel, ClusterSelection } from '../../spec/cluster-model.js';

export interface Assignments {
  readonly ids: readonly string[];
  /** Segment 0..k-1 per id, -1 for rows that were not clustered (left out of the file). */
  readonly labels: Int32Array;
  readonly probability: Float64Array;
}

export const outputFiles = { model: 'model.json', assignments: 'assignments.csv', selection: 'selection.json', consensus: 'consensus.csv' } as const;

export interface ClusterOutputs {
  readonly model: ClusterModel;
  readonly assignments: Assignments;
  readonly selection?: ClusterSelection;
  /** Consensus segments (same ids), written to consensus.csv. */
  readonly consensus?: Assignments;
}

export async function writeClusterOutputs(dir: string, outputs: ClusterOutputs): Promise<string[]> {
  const model = ClusterModel.parse(outputs.model);
  const written = [join(dir, outputFiles.model), join(dir, outputFiles.assignments)];
  await atomicWrite(written[0]!, `${JSON.stringify(model, null, 2)}\n`);
  await atomicWrite(written[1]!, assignmentsCsv(outputs.assignments));
  if (outputs.selection) {
    const selection = ClusterSelection.parse(outputs.selection);
    written.push(join(dir, outputFiles.selection));
    await atomicWrite(written[2]!, `${JSON.stringify(selection, null, 2)}\n`);
  }
  if (outputs.consensus) {
    written.push(join(dir, outputFiles.consensus));
    await atomicWrite(written.at(-1)!, assignmentsCsv(outputs.consensus));
  }
  return written;
}

export function assignmentsCsv({ ids, labels, probability }: Assignments): string {
  const lines = ['id,segment,probability'];
  for (let i = 0; i < ids.length; i++) {
    if (labels[i]! < 0) continue;
    lines.push(`${csvField(ids[i]!)},${labels[i]! + 1},${roundProbability(probability[i]!)}`);
  }
  return `${lines.join('\n')}\n`;
}

const roundProbability = (p: number): string => (Number.isFinite(p) ? String(Number(p.toFixed(6))) : '');
