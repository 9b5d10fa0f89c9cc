/**
 * Solution choice: on data with four planted, well separated segments the recommendation is 4 with high
 * stability; on iris (three species, two of them overlapping) it stays within 3–5; the paragraph states
 * the numbers it is based on. Criteria values themselves are checked against scikit-learn in
 * metrics.test.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { irisMatrix } from '../../../test/reference/kmeans/fixtures.js';
import { matrix, type Matrix } from '../matrix/matrix.js';
import { createRng } from '../random/rng.js';
import { adjustedRand } from './adjusted-rand.js';
import { calinskiHarabasz } from './calinski-harabasz.js';
import { daviesBouldin } from './davies-bouldin.js';
import { kmeans } from './kmeans.js';
import { selectK } from './select-k.js';
import { takeRows } from './take-rows.js';

function planted(n: number, centres: readonly number[][], seed: number): { x: Matrix; truth: Int32Array } {
  const rng = createRng(seed);
  const d = centres[0]!.length;
  const data = new Float64Array(n * d);
  const truth = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % centres.length;
    truth[i] = c;
    for (let j = 0; j < d; j++) data[i * d + j] = centres[c]![j]! + rng.normal();
  }
  return { x: matrix(n, d, data), truth };
}

const kmeansSelect = (x: Matrix, ks: number[], weights?: Float64Array, consensusMaxRows?: number) => selectK({
  ks, x, weights, seed: 1, resamples: 10, ...(consensusMaxRows === undefined ? {} : { consensusMaxRows }),
  fitAll: (k) => kmeans(x, k, { seed: 1, weights }),
  fitRows: (k, rows, b) => kmeans(takeRows(x, rows), k, { seed: 100 + b, starts: 3 }).labels,
});

describe('selectK', () => {
  it('recommends the four planted segments, stably, and says why', () => {
    const { x, truth } = planted(400, [[0, 0, 0], [6, 0, 0], [0, 6, 0], [0, 0, 6]], 5);
    const { solutions, recommendation } = kmeansSelect(x, [2, 3, 4, 5, 6, 7, 8]);
    assert.equal(recommendation.k, 4);
    const four = solutions.find((s) => s.k === 4)!;
    assert.ok(adjustedRand(four.fit.labels, truth) > 0.95);
    assert.ok(four.stability.mean > 0.9, `stability ${four.stability.mean}`);
    assert.equal(four.silhouette!.sampled, false);
    assert.match(recommendation.reason, /^We recommend 4 segments\. Of the 7 solutions compared \(2 to 8 segments\)/);
    assert.match(recommendation.reason, new RegExp(`mean adjusted Rand index ${four.stability.mean.toFixed(2)}`));
    assert.match(recommendation.reason, /Its smallest segment holds 25% of respondents, large enough to act on\./);
  });

  it('offers a consensus of the fit and its bootstrap refits for the recommended k', () => {
    const { x, truth } = planted(300, [[0, 0, 0], [6, 0, 0], [0, 6, 0], [0, 0, 6]], 8);
    const { consensus, solutions } = kmeansSelect(x, [3, 4, 5]);
    assert.ok(consensus !== undefined && consensus.k === 4);
    assert.ok(consensus.agreement > 0.95 && adjustedRand(consensus.labels, truth) > 0.9, String(consensus.agreement));
    assert.ok(consensus.probability.every((p) => p > 0 && p <= 1));
    assert.ok(solutions.every((s) => s.stability.labellings === undefined), 'resample labels are not kept in the solutions');
    assert.equal(kmeansSelect(x, [3, 4], undefined, 100).consensus, undefined);
  });

  it('prefers 3 to 5 segments on iris and explains a statistically better k = 2', () => {
    const { recommendation, solutions } = kmeansSelect(irisMatrix(), [2, 3, 4, 5, 6]);
    assert.ok(recommendation.k >= 3 && recommendation.k <= 5);
    const best = [...recommendation.scores].sort((a, b) => b.score - a.score)[0]!;
    if (best.k === 2) assert.match(recommendation.reason, /A 2-segment solution scores better .* we prefer 3 to 5 segments/);
    assert.equal(solutions.length, 5);
  });

  it('honours weights: criteria equal those of the data with weight-2 rows repeated', () => {
    const { x } = planted(60, [[0, 0], [5, 5], [0, 5]], 2);
    const weights = Float64Array.from({ length: 60 }, (_, i) => (i < 20 ? 2 : 1));
    const rows = Int32Array.from([...Array(60).keys(), ...Array(20).keys()]);
    const repeated = takeRows(x, rows);
    for (const s of kmeansSelect(x, [2, 3, 4], weights).solutions) {
      const labels = Int32Array.from(rows, (r) => s.fit.labels[r]!);
      assert.ok(Math.abs(s.calinskiHarabasz! - calinskiHarabasz(repeated, labels)) < 1e-9 * s.calinskiHarabasz!);
      assert.ok(Math.abs(s.daviesBouldin! - daviesBouldin(repeated, labels)) < 1e-9);
      const sizes = new Float64Array(s.k);
      labels.forEach((l) => void (sizes[l]! += 1));
      assert.ok(Math.abs(s.smallestShare - Math.min(...sizes) / 80) < 1e-12);
    }
  });
});
