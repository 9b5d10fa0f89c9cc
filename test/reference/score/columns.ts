/**
 * The real columns of test/reference/score/make.py, read the same way through DuckDB, for the tests of
 * src/core/score. Returns undefined (tests skip) when ../shared/data is absent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { memoryWorkspace } from '../../../src/data/workspace.js';
import { repoRoot, sharedData } from '../../support/shared-data.js';

export interface CutsEntry {
  readonly n: number;
  readonly jenks: Record<string, { breaks: number[]; withinSs: number }>;
  readonly mixture: { weights: number[]; means: number[]; variances: number[]; logLikelihood: number };
  readonly quantiles: Record<string, number>;
}

export const cutsFixture = JSON.parse(readFileSync(join(repoRoot, 'test', 'reference', 'score', 'cuts.json'), 'utf8')) as Record<string, CutsEntry>;

const mspb = sharedData('cms-hospital-general-information', 'Medicare_Hospital_Spending_Per_Patient-Hospital.csv');
const general = sharedData('cms-hospital-general-information', 'Hospital_General_Information.csv');
const clinicians = sharedData('cms-doctors-clinicians-maine', 'dac_maine_clinicians.csv');

export const columnsSkip = mspb.skip || general.skip || clinicians.skip;

export async function referenceColumns(): Promise<Record<string, Float64Array>> {
  const ws = await memoryWorkspace();
  try {
    const column = async (sql: string, file: string): Promise<Float64Array> =>
      Float64Array.from((await ws.all<{ x: number }>(sql, [file])).map((r) => r.x));
    return {
      mspb: await column(`select try_cast("Score" as double) as x from read_csv($1, all_varchar = true) where x is not null`, mspb.path),
      'te-count': await column(
        `select try_cast("Count of Facility TE Measures" as double) as x from read_csv($1, all_varchar = true) where x is not null`,
        general.path,
      ),
      'zip-size': await column(`select ln(1 + count(*)) as x from read_csv($1, all_varchar = true) group by "ZIP5"`, clinicians.path),
    };
  } finally {
    ws.close();
  }
}
