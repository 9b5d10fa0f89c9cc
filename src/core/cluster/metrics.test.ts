/**
 * Silhouette, Calinski–Harabasz, Davies–Bouldin and adjusted Rand against scikit-learn 1.2.1
 * (sklearn.metrics; values in test/reference/kmeans/kmeans-sklearn.json, made by make.py) on iris with the
 * species and with k-means labels, and on the SAPA bfi items with k-means labels: equal to 1e-9.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bfiFile, bfiMatrix, irisMatrix, reference } from '../../../test/reference/kmeans/fixtures.js';
import { fromRows } from '../matrix/matrix.js';
import { adjustedRand } from './adjusted-rand.js';
import { calinskiHarabasz } from './calinski-harabasz.js';
import { daviesBouldin } from './davies-bouldin.js';
import { silhouette, silhouetteMany, silhouetteSamples } from './silhouette.js';

const close = (actual: number, expected: number, what: string, tol = 1e-9): void =>
  assert.ok(Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected)), `${what}: ${actual} vs ${expected}`);

describe('clustering metrics vs scikit-learn', () => {
  it('iris species: silhouette_score 0.50348, calinski_harabasz_score 487.33, davies_bouldin_score 0.75137', () => {
    const x = irisMatrix();
    const { labels, metrics, silhouetteSamples: samples } = reference.iris.species;
    close(silhouette(x, labels).value, metrics.silhouette, 'silhouette');
    close(calinskiHarabasz(x, labels), metrics.calinskiHarabasz, 'calinski-harabasz');
    close(daviesBouldin(x, labels), metrics.daviesBouldin, 'davies-bouldin');
    const mine = silhouetteSamples(x, labels);
    samples.forEach((s, i) => close(mine[i]!, s, `silhouette_samples[${i}]`));
  });

  it('iris k-means labels for k = 2..6', () => {
    const x = irisMatrix();
    for (const fit of reference.iris.fits) {
      const labels = fit.elkan.labels;
      close(silhouette(x, labels).value, fit.metrics.silhouette, `k=${fit.k} silhouette`);
      close(calinskiHarabasz(x, labels), fit.metrics.calinskiHarabasz, `k=${fit.k} calinski-harabasz`);
      close(daviesBouldin(x, labels), fit.metrics.daviesBouldin, `k=${fit.k} davies-bouldin`);
    }
    const many = silhouetteMany(x, reference.iris.fits.map((f) => f.elkan.labels));
    many.forEach((s, i) => close(s.value, reference.iris.fits[i]!.metrics.silhouette, `silhouetteMany[${i}]`));
  });

  it('bfi k-means labels (k = 3, 5)', { skip: bfiFile.skip }, () => {
    const x = bfiMatrix();
    for (const fit of reference.bfi.fits) {
      const labels = fit.elkan.labels;
      close(silhouette(x, labels).value, fit.metrics.silhouette, `k=${fit.k} silhouette`);
      close(calinskiHarabasz(x, labels), fit.metrics.calinskiHarabasz, `k=${fit.k} calinski-harabasz`);
      close(daviesBouldin(x, labels), fit.metrics.daviesBouldin, `k=${fit.k} davies-bouldin`);
    }
  });

  it('adjusted_rand_score: iris species vs k=3 (0.7302), bfi k=3 vs k=5', () => {
    close(adjustedRand(reference.iris.species.labels, reference.iris.fits[1]!.elkan.labels), reference.iris.species.adjustedRandVsKmeans3, 'iris');
    close(adjustedRand(reference.bfi.fits[0]!.elkan.labels, reference.bfi.fits[1]!.elkan.labels), reference.bfi.adjustedRand3vs5, 'bfi');
    // sklearn: adjusted_rand_score([0, 0, 1, 1], [0, 0, 1, 2]) = 0.5714285714285714
    close(adjustedRand([0, 0, 1, 1], [0, 0, 1, 2]), 0.5714285714285714, 'small');
    // sklearn: adjusted_rand_score([0, 0, 0, 0], [0, 1, 2, 3]) = 0.0 ; identical one-cluster partitions = 1.0
    close(adjustedRand([0, 0, 0, 0], [0, 1, 2, 3]), 0, 'all vs singletons');
    assert.equal(adjustedRand([0, 0, 0], [1, 1, 1]), 1);
  });

  it('samples rows above maxExact and reports the sample size', () => {
    const x = irisMatrix();
    const score = silhouette(x, reference.iris.species.labels, { maxExact: 100, sampleSize: 60, seed: 3 });
    assert.equal(score.rows, 60);
    assert.equal(score.sampled, true);
    assert.ok(Math.abs(score.value - reference.iris.species.metrics.silhouette) < 0.1);
  });

  it('refuses one segment or one row per segment', () => {
    const x = fromRows([[0], [1], [2]]);
    assert.throws(() => silhouette(x, [0, 0, 0]), /2 to n - 1 segments/);
    assert.throws(() => calinskiHarabasz(x, [0, 1, 2]), /2 to n - 1 segments/);
    assert.throws(() => daviesBouldin(x, [1, 1, 1]), /2 to n - 1 segments/);
  });
});

describe('metric properties (fast-check)', () => {
  const labelled = fc.integer({ min: 4, max: 30 }).chain((n) =>
    fc.record({
      // a grid of quarters keeps centroid gaps away from 1e-20, where Davies–Bouldin's ratio is ill-conditioned
      values: fc.array(fc.integer({ min: -400, max: 400 }).map((v) => v / 4), { minLength: n * 2, maxLength: n * 2 }),
      labels: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n }),
    }).filter(({ labels }) => new Set(labels).size >= 2 && new Set(labels).size < labels.length));

  it('weights of 1 give the unweighted value', () => {
    fc.assert(fc.property(labelled, ({ values, labels }) => {
      const x = { rows: labels.length, cols: 2, data: Float64Array.from(values) };
      const ones = new Float64Array(labels.length).fill(1);
      close(silhouette(x, labels, { weights: ones }).value, silhouette(x, labels).value, 'silhouette', 1e-12);
      close(calinskiHarabasz(x, labels, ones), calinskiHarabasz(x, labels), 'ch', 1e-12);
      close(daviesBouldin(x, labels, ones), daviesBouldin(x, labels), 'db', 1e-12);
      close(adjustedRand(labels, labels.map((l) => (l * 7) % 3), ones), adjustedRand(labels, labels.map((l) => (l * 7) % 3)), 'ari', 1e-12);
    }));
  });

  it('integer weights equal repeating rows', () => {
    fc.assert(fc.property(labelled, fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 30, maxLength: 30 }), ({ values, labels }, reps) => {
      const n = labels.length;
      const weights = Float64Array.from({ length: n }, (_, i) => reps[i]!);
      const rowsRep: number[] = [];
      const labelsRep: number[] = [];
      for (let i = 0; i < n; i++) for (let r = 0; r < reps[i]!; r++) {
        rowsRep.push(values[2 * i]!, values[2 * i + 1]!);
        labelsRep.push(labels[i]!);
      }
      const x = { rows: n, cols: 2, data: Float64Array.from(values) };
      const xr = { rows: labelsRep.length, cols: 2, data: Float64Array.from(rowsRep) };
      close(calinskiHarabasz(x, labels, weights), calinskiHarabasz(xr, labelsRep), 'ch', 1e-9);
      close(daviesBouldin(x, labels, weights), daviesBouldin(xr, labelsRep), 'db', 1e-9);
    }));
  });

  it('adjusted Rand is symmetric, 1 for a renaming, invariant to row order', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), { minLength: 2, maxLength: 40 }), (pairs) => {
      const a = pairs.map((p) => p[0]);
      const b = pairs.map((p) => p[1]);
      close(adjustedRand(a, b), adjustedRand(b, a), 'symmetric', 1e-12);
      assert.equal(adjustedRand(a, a.map((l) => 10 - l)), 1);
      close(adjustedRand([...a].reverse(), [...b].reverse()), adjustedRand(a, b), 'order', 1e-12);
    }));
  });
});
