/**
 * k-prototypes: numeric-only data reach the k-means optimum (iris k = 3: 78.851441426146, scikit-learn
 * KMeans(3, n_init=10, random_state=0).inertia_); mixed data with planted segments are recovered; the
 * cost is the documented objective; labels and weights behave (fast-check).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { irisMatrix, reference } from '../../../test/reference/kmeans/fixtures.js';
import { fromRows, matrix } from '../matrix/matrix.js';
import { createRng } from '../random/rng.js';
import { adjustedRand } from './adjusted-rand.js';
import { kprototypes } from './kprototypes.js';

function mixed(n: number, seed: number) {
  const rng = createRng(seed);
  const truth = Int32Array.from({ length: n }, (_, i) => i % 3);
  // numeric: segments 0 and 2 share a centre; only the categorical items tell them apart
  const numeric = matrix(n, 2, Float64Array.from({ length: n * 2 }, (_, c) => [0, 4, 0][truth[c >> 1]!]! * (c % 2) + rng.normal() * 0.6));
  // four categorical items, each 90 % the segment's own level
  const categorical = Int32Array.from({ length: n * 4 }, (_, c) => (rng.next() < 0.9 ? truth[c >> 2]! : rng.int(3)));
  return { data: { numeric, categorical, levels: Int32Array.of(3, 3, 3, 3) }, truth };
}

describe('kprototypes', () => {
  it('equals the k-means optimum on numeric-only iris', () => {
    const fit = kprototypes({ numeric: irisMatrix(), categorical: new Int32Array(0), levels: new Int32Array(0) }, 3, { seed: 1 });
    assert.ok(Math.abs(fit.inertia - reference.iris.fits[1]!.best10) < 1e-9, String(fit.inertia));
  });

  it('recovers planted mixed segments that neither part separates alone', () => {
    const { data, truth } = mixed(300, 3);
    const fit = kprototypes(data, 3, { seed: 2 });
    assert.ok(adjustedRand(fit.labels, truth) > 0.8, String(adjustedRand(fit.labels, truth)));
    assert.equal(fit.modes.length, 12);
    // cost = Σ squared distance + γ × mismatches, recomputed from the returned prototypes
    let cost = 0;
    for (let i = 0; i < 300; i++) {
      const c = fit.labels[i]!;
      for (let j = 0; j < 2; j++) cost += (data.numeric.data[i * 2 + j]! - fit.centres[c * 2 + j]!) ** 2;
      for (let j = 0; j < 4; j++) if (data.categorical[i * 4 + j] !== fit.modes[c * 4 + j]) cost += fit.gamma;
    }
    assert.ok(Math.abs(cost - fit.inertia) < 1e-9 * cost);
  });

  it('categorical only (k-modes) separates two answer patterns', () => {
    const categorical = Int32Array.of(0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1);
    const fit = kprototypes({ numeric: matrix(6, 0, new Float64Array(0)), categorical, levels: Int32Array.of(2, 2, 2) }, 2, { seed: 1 });
    assert.equal(adjustedRand(fit.labels, [0, 0, 0, 1, 1, 1]), 1);
  });

  it('refuses bad codes and k above distinct rows', () => {
    const numeric = fromRows([[1], [1], [1]]);
    assert.throws(() => kprototypes({ numeric, categorical: Int32Array.of(0, 0, 0), levels: Int32Array.of(1) }, 2), /distinct rows/);
    assert.throws(() => kprototypes({ numeric, categorical: Int32Array.of(0, 5, 0), levels: Int32Array.of(2) }, 1), /row 2, column 2/);
  });

  it('properties: labels in [0, k); weights of 1 equal no weights', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 4 }), (seed, k) => {
      const { data } = mixed(40, seed);
      const a = kprototypes(data, k, { seed, starts: 2 });
      const b = kprototypes(data, k, { seed, starts: 2, weights: new Float64Array(40).fill(1) });
      assert.ok(a.labels.every((l) => l >= 0 && l < k));
      assert.deepEqual(a.labels, b.labels);
      assert.equal(a.inertia, b.inertia);
    }), { numRuns: 25 });
  });
});
