/**
 * fitLca (latent class analysis and regression) against poLCA 1.6.0.2 (Linzer & Lewis 2011, J. Stat. Softw. 42(10)) on poLCA's own data
 * sets, copied to ../shared/data/polca-* (see their SOURCE.md). poLCA itself cannot be installed
 * here (not in Debian, no CRAN access), so the references are:
 * - expected_results.txt in each folder: poLCA's man-page fits rerun by whoever prepared the data
 *   (log-likelihood, AIC, BIC, G², X², residual df, shares, item-response probabilities; 4 decimals);
 * - log-likelihoods printed in poLCA's man pages (carcinoma.Rd, values.Rd, cheating.Rd, gss82.Rd)
 *   and the local maxima of gss82 in poLCA's user manual, section 5.7, Table 1
 *   (inst/doc/poLCA-manual-example.R: -2754.545, -2755.617, -2755.739, -2762.005, -2762.231), and
 *   the election regressions of its section 6.2 (-16222.32, -16135.39).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitLca } from '../../../src/core/lca/fit-lca.js';
import { predictLca } from '../../../src/core/lca/predict-lca.js';
import { matrix } from '../../../src/core/matrix/matrix.js';
import type { LcaFit } from '../../../src/core/lca/summarize-lca.js';
import { sharedData } from '../../support/shared-data.js';
import type { PolcaExpected } from './expected-results.js';
import { readExpectedResults } from './expected-results.js';
import { pick, readCsvColumns } from './read-csv-columns.js';

function close(actual: number, expected: number, tol: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= tol, `${what}: ${actual} vs poLCA ${expected}`);
}

/** Everything expected_results.txt records, at the 4 decimals it prints. */
function assertLikePolca(fit: LcaFit, expected: PolcaExpected, names: readonly string[], probabilities = true): void {
  close(fit.logLikelihood, expected.logLikelihood, 5e-5, 'log-likelihood');
  assert.equal(fit.parameters, expected.parameters);
  assert.equal(fit.residualDf, expected.residualDf);
  assert.equal(fit.weightUsed, expected.n);
  close(fit.aic, expected.aic, 1e-4, 'AIC');
  close(fit.bic, expected.bic, 1e-4, 'BIC');
  close(fit.gSquared!, expected.gSquared, 1e-4, 'G²');
  close(fit.chiSquared!, expected.chiSquared, 1e-4, 'X²');
  if (!probabilities) return;
  expected.shares.forEach((share, r) => close(fit.shares[r]!, share, 6e-5, `share of class ${r + 1}`));
  names.forEach((name, j) => {
    const levels = fit.levels[j]!;
    expected.items.get(name)!.forEach((perLevel, r) => {
      perLevel.forEach((p, l) => close(fit.itemProbabilities[j]![r * levels + l]!, p, 6e-5, `P(${name} = ${l + 1} | class ${r + 1})`));
    });
  });
}

function load(folder: string, file: string, names: readonly string[]): Float64Array[] {
  return pick(readCsvColumns(sharedData(folder, file).path), names);
}

const carcinoma = sharedData('polca-carcinoma', 'carcinoma.csv');
const CARCINOMA = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];

test('carcinoma, 2/3/4 classes: poLCA log-likelihoods -317.2568, -293.705, -289.2858 with its shares and probabilities', { skip: carcinoma.skip }, () => {
  const expected = readExpectedResults(sharedData('polca-carcinoma', 'expected_results.txt').path);
  const items = load('polca-carcinoma', 'carcinoma.csv', CARCINOMA);
  // poLCA(cbind(A,B,C,D,E,F,G)~1, carcinoma, nclass=2|3|4 (nrep=10, maxiter=5000 for 4))
  [2, 3, 4].forEach((k, i) => {
    const fit = fitLca({ items, names: CARCINOMA }, { k, starts: 10, seed: 1, maxIterations: 5000 });
    assertLikePolca(fit, expected[i]!, CARCINOMA);
  });
});

const values = sharedData('polca-values', 'values.csv');

test('values, 1/2/3 classes: poLCA log-likelihoods -543.6498, -504.4677, -503.3011', { skip: values.skip }, () => {
  const expected = readExpectedResults(sharedData('polca-values', 'expected_results.txt').path);
  const names = ['A', 'B', 'C', 'D'];
  const items = load('polca-values', 'values.csv', names);
  assertLikePolca(fitLca({ items, names }, { k: 1, starts: 1 }), expected[0]!, names);
  assertLikePolca(fitLca({ items, names }, { k: 2, starts: 10, seed: 1 }), expected[1]!, names);
  // 3 classes leave 1 residual df: the maximum is a ridge, poLCA stops on it at maxiter=8000 with
  // other shares than ours (tol=1e-10 reached). The log-likelihood, AIC, BIC, G² agree; X² is
  // 0.4226 here against 0.4225, so only the likelihood-based numbers are compared.
  const three = fitLca({ items, names }, { k: 3, starts: 10, seed: 1, maxIterations: 8000 });
  close(three.logLikelihood, expected[2]!.logLikelihood, 5e-5, 'log-likelihood');
  close(three.bic, expected[2]!.bic, 1e-4, 'BIC');
  close(three.gSquared!, expected[2]!.gSquared, 1e-4, 'G²');
  assert.equal(three.residualDf, 1);
});

const cheating = sharedData('polca-cheating', 'cheating.csv');

test('cheating, 2 classes: poLCA log-likelihood -440.0271 (Dayton 1998, Table 3.3) with its shares and probabilities', { skip: cheating.skip }, () => {
  const expected = readExpectedResults(sharedData('polca-cheating', 'expected_results.txt').path);
  const names = ['LIEEXAM', 'LIEPAPER', 'FRAUD', 'COPYEXAM'];
  const fit = fitLca({ items: load('polca-cheating', 'cheating.csv', names), names }, { k: 2, starts: 10, seed: 1 });
  assertLikePolca(fit, expected[0]!, names);
});

const gss82 = sharedData('polca-gss82', 'gss82.csv');
const GSS = ['PURPOSE', 'ACCURACY', 'UNDERSTA', 'COOPERAT'];

test('gss82: poLCA log-likelihoods -2783.268 (2 classes), -2754.545 (3), -2746.621 (4)', { skip: gss82.skip }, () => {
  const items = load('polca-gss82', 'gss82.csv', GSS);
  // gss82.Rd: poLCA(f,gss82,nclass=2); nclass=3, maxiter=3000, nrep=10; nclass=4, maxiter=15000, nrep=10, tol=1e-7
  close(fitLca({ items }, { k: 2, starts: 5, seed: 3 }).logLikelihood, -2783.268, 5e-4, '2 classes');
  const three = fitLca({ items }, { k: 3, starts: 10, seed: 3, maxIterations: 3000 });
  close(three.logLikelihood, -2754.545, 5e-4, '3 classes');
  // user manual Table 1: the global maximum has shares .621 (ideal), .207 (believer), .172 (skeptic)
  [0.621, 0.207, 0.172].forEach((share, r) => close(three.shares[r]!, share, 5e-4, `share ${r + 1}`));
  close(fitLca({ items }, { k: 4, starts: 10, seed: 3, maxIterations: 15000, tolerance: 1e-7 }).logLikelihood, -2746.621, 5e-4, '4 classes');
});

test('gss82, 3 classes: single starts stop at poLCA\'s local maxima; 10 starts escape them', { skip: gss82.skip }, () => {
  const items = load('polca-gss82', 'gss82.csv', GSS);
  const fit = fitLca({ items }, { k: 3, starts: 20, seed: 11, maxIterations: 3000 });
  const reached = new Set(Array.from(fit.startLogLikelihoods, (ll) => ll.toFixed(3)));
  const localMaxima = ['-2755.617', '-2755.739', '-2762.005', '-2762.231'];
  // poLCA's manual found these 4 local maxima in 242 of 500 single starts; so do ours, in a share of starts
  assert.ok(localMaxima.filter((ll) => reached.has(ll)).length >= 2, `starts reached ${[...reached].join(', ')}`);
  for (const ll of reached) assert.ok(ll === '-2754.545' || localMaxima.includes(ll), `unexpected maximum ${ll}`);
  assert.equal(fit.logLikelihood.toFixed(3), '-2754.545');
  // every window of 10 consecutive starts reaches the global maximum
  for (let from = 0; from + 10 <= 20; from += 10) {
    const window = Array.from(fit.startLogLikelihoods.subarray(from, from + 10), (ll) => ll.toFixed(3));
    assert.ok(window.includes('-2754.545'), `starts ${from}..${from + 9}: ${window.join(', ')}`);
  }
});

test('cheating ~ GPA (latent class regression): poLCA log-likelihood -429.6384 (Dayton 1998, Table 7.1), shares, probabilities, coefficients', { skip: cheating.skip }, () => {
  const expected = readExpectedResults(sharedData('polca-cheating', 'expected_results.txt').path);
  const names = ['LIEEXAM', 'LIEPAPER', 'FRAUD', 'COPYEXAM'];
  const gpa = load('polca-cheating', 'cheating.csv', ['GPA'])[0]!;
  // poLCA(cbind(LIEEXAM,LIEPAPER,FRAUD,COPYEXAM)~GPA, cheating, nclass=2): 315 rows (4 lack GPA)
  const fit = fitLca(
    { items: load('polca-cheating', 'cheating.csv', names), names, covariates: matrix(gpa.length, 1, gpa) },
    { k: 2, starts: 10, seed: 1 },
  );
  assertLikePolca(fit, expected[1]!, names);
  assert.equal(fit.rowsUsed, 315);
  // poLCA: coeff (Intercept) -0.1134, GPA 0.8425 for its class 2 against its class 1 (the cheaters);
  // here class 0 is the largest (non-cheaters), so the cheaters' coefficients are the negation
  close(fit.coefficients![0]!, 0.1134, 5e-5, 'intercept');
  close(fit.coefficients![1]!, -0.8425, 5e-5, 'GPA');
  // scoring the same rows with the fitted regression gives the fit's posteriors; rows without GPA get -1
  const typed = predictLca(fit, { items: load('polca-cheating', 'cheating.csv', names), covariates: matrix(gpa.length, 1, gpa) });
  assert.deepEqual(typed.labels, fit.labels);
  typed.posterior.forEach((p, i) => close(p, fit.posterior[i]!, 1e-12, `posterior ${i}`));
});

const election = sharedData('polca-election', 'election.csv');
const ELECTION = ['MORALG', 'CARESG', 'KNOWG', 'LEADG', 'DISHONG', 'INTELG', 'MORALB', 'CARESB', 'KNOWB', 'LEADB', 'DISHONB', 'INTELB'];

test('election ~ PARTY and ~ PARTY*AGE, 3 classes: poLCA log-likelihoods -16222.32 and -16135.39', { skip: election.skip }, () => {
  const columns = readCsvColumns(election.path);
  const items = pick(columns, ELECTION);
  const [party, age] = pick(columns, ['PARTY', 'AGE']) as [Float64Array, Float64Array];
  // poLCA.Rd / user manual 6.2: poLCA(cbind(MORALG,...,INTELB)~PARTY, election, nclass=3, nrep=5)  # -16222.32
  const one = fitLca({ items, covariates: matrix(party.length, 1, party) }, { k: 3, starts: 5, seed: 1 });
  close(one.logLikelihood, -16222.32, 5e-3, '~PARTY');
  // rows with every item (na.rm=TRUE) and PARTY present
  assert.equal(one.rowsUsed, 1300);
  // user manual 6.2: ~PARTY*AGE  # -16135.39 (PARTY, AGE and their product as covariates)
  const x = matrix(party.length, 3);
  party.forEach((p, i) => x.data.set([p, age[i]!, p * age[i]!], i * 3));
  const three = fitLca({ items, covariates: x }, { k: 3, starts: 5, seed: 1 });
  close(three.logLikelihood, -16135.39, 5e-3, '~PARTY*AGE');
  assert.equal(three.parameters, 3 * 12 * 3 + 2 + 3 * 2);
});

test('election, 1 class with missing items kept (na.rm=FALSE): the independence log-likelihood over answered items', { skip: election.skip }, () => {
  // poLCA with nclass=1 sets probs[j][l] = sum(y[,j]==l) / sum(y[,j]>0) and llik = Σ log Π_j probs over
  // answered items, i.e. Σ_j Σ_l n_jl log(n_jl / n_j): computed here by counting, independently of EM.
  const items = pick(readCsvColumns(election.path), ELECTION);
  let expected = 0;
  for (const column of items) {
    const counts = new Map<number, number>();
    for (const v of column) if (!Number.isNaN(v)) counts.set(v, (counts.get(v) ?? 0) + 1);
    const answered = [...counts.values()].reduce((a, b) => a + b, 0);
    for (const c of counts.values()) expected += c * Math.log(c / answered);
  }
  const fit = fitLca({ items }, { k: 1, starts: 1, missing: 'available' });
  close(fit.logLikelihood, expected, 1e-8, 'log-likelihood');
  assert.equal(fit.missing, 'available');
  assert.equal(fit.rowsUsed, 1785);
  assert.equal(fit.weightFullyObserved, 1311);
});
