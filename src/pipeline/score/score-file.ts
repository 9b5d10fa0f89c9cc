/**
 * The `segmap score` use case: a model file and a data file → FILE.csv with `id, segment, probability`
 * (the id column named by the model, `id` by default). The data must carry every model input; all
 * missing ones are named in one error. Written atomically, fields guarded against formula injection.
 *
 * @example
 * await scoreFile('out/typing.json', 'respondents.csv', 'scores.csv');   // { rows: 412, segments: {...} }
 * @throws {InputError} naming missing input columns or the missing id column
 */
import { InputError } from '../../lib/errors.js';
import { typingMessages } from '../../lib/messages/typing.js';
import { atomicWrite } from '../../activation/atomic-write.js';
import { csvField } from '../../activation/formula-guard.js';
import { textColumn } from './input-table.js';
import { loadModel } from './load-model.js';
import { assertInputs } from './model-features.js';
import { readCsvTable } from './read-csv-table.js';
import { scoreTable } from './score-table.js';

export interface ScoreFileSummary {
  readonly rows: number;
  /** Rows per segment (including "unassigned" when the model has a threshold). */
  readonly segments: Readonly<Record<string, number>>;
  readonly out: string;
}

export async function scoreFile(modelFile: string, dataFile: string, out: string): Promise<ScoreFileSummary> {
  const { scoring } = await loadModel(modelFile);
  const wanted = [scoring.idColumn, ...scoring.inputs.map((i) => i.name)];
  const { table, names } = await readCsvTable(dataFile, wanted);
  assertInputs(scoring, names);
  if (!names.includes(scoring.idColumn)) throw new InputError(typingMessages.missingIdColumn(scoring.idColumn), { file: dataFile, column: scoring.idColumn });
  const scored = scoreTable(scoring, table);
  const ids = textColumn(table, scoring.idColumn);
  const lines = ['id,segment,probability'];
  const counts: Record<string, number> = {};
  for (let i = 0; i < table.rows; i++) {
    const segment = scored.segments[i]!;
    counts[segment] = (counts[segment] ?? 0) + 1;
    lines.push(`${csvField(ids[i] ?? '')},${csvField(segment)},${scored.probability[i]}`);
  }
  await atomicWrite(out, `${lines.join('\n')}\n`);
  return { rows: table.rows, segments: counts, out };
}
