/**
 * Loads the reference fixtures written by ./make.py and the real data they were computed on, so unit
 * tests in src/core/stats and src/core/profile compare against SciPy/statsmodels/R on the same rows.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedData, type SharedFile } from '../../support/shared-data.js';

const here = dirname(fileURLToPath(import.meta.url));

export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(here, name), 'utf8')) as T;
}

/** A numeric CSV (quoted header, empty = missing) as columns of Float64Array (NaN for missing). */
export function readNumericCsv(path: string): Map<string, Float64Array> {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.length > 0);
  const header = (lines[0] ?? '').split(',').map((h) => h.replaceAll('"', ''));
  const columns = header.map(() => new Float64Array(lines.length - 1));
  for (let r = 1; r < lines.length; r++) {
    const cells = (lines[r] ?? '').split(',');
    cells.forEach((cell, c) => {
      const column = columns[c];
      if (column) column[r - 1] = cell === '' || cell === 'NA' ? Number.NaN : Number(cell);
    });
  }
  return new Map(header.map((h, c) => [h, columns[c] ?? new Float64Array(0)]));
}

/** Survey weights of make.py: w_i = 0.5 + ((37 i) mod 11) / 10 for original row i. */
export const surveyWeight = (i: number): number => 0.5 + ((37 * i) % 11) / 10;
/** Count weights of make.py: f_i = 1 + (i mod 3). */
export const countWeight = (i: number): number => 1 + (i % 3);

export const spiFile: SharedFile = sharedData('survey-sapa-spi', 'spi.csv');
export const anxietyFile: SharedFile = sharedData('survey-promis-anxiety', 'anxiety.csv');

export interface TwoSampleRef {
  statistic: number;
  pValue: number;
  df?: number;
}
export interface NumericRefs {
  anova: { statistic: number; pValue: number; df2?: number };
  welch: { statistic: number; df1?: number; df2: number; pValue: number };
  kruskal?: { statistic: number; pValue: number };
  vsRest: TwoSampleRef[];
  means: number[];
  effectiveN?: number[];
}
export interface CategoricalRefs {
  chiSquare: { statistic: number; df: number; pValue: number; cramersV: number; minExpected?: number };
  vsRest: TwoSampleRef[][];
}
export interface CaseRef {
  variable: string;
  group: string;
  kind: 'numeric' | 'categorical';
  levels: number[];
  categories?: number[];
  n: number;
  unweighted: NumericRefs & CategoricalRefs;
  frequency: NumericRefs & CategoricalRefs;
  effective: NumericRefs & CategoricalRefs;
}
export interface DataRefs {
  source: string;
  rows: number;
  cases: CaseRef[];
}

/** Relative closeness with an absolute floor for values near 0. */
export function close(actual: number, expected: number, relative = 1e-9, absolute = 1e-300): boolean {
  return Math.abs(actual - expected) <= Math.max(absolute, relative * Math.abs(expected));
}
