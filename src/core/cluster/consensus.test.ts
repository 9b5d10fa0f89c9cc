/**
 * Consensus by co-association: the average-linkage cut equals SciPy's
 * (`scipy.cluster.hierarchy.fcluster(linkage(d, 'average'), 3, 'maxclust')` on the condensed distances
 * below, printed [2 2 2 1 1 3] with SciPy 1.10.1), and agreeing labellings give their common partition.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { adjustedRand } from './adjusted-rand.js';
import { averageLinkageCut } from './average-linkage.js';
import { consensus } from './consensus.js';

describe('average linkage', () => {
  it('cuts like scipy fcluster(linkage(d, "average"), 3, "maxclust")', () => {
    // /usr/bin/python3 -c "from scipy.cluster.hierarchy import linkage, fcluster; import numpy as np;
    //   d=np.array([1,2,9,10,20, 1.5,8,9,19, 7,8,18, 1,11, 12]); print(fcluster(linkage(d,'average'),3,'maxclust'))"
    const d = Float64Array.of(1, 2, 9, 10, 20, 1.5, 8, 9, 19, 7, 8, 18, 1, 11, 12);
    const labels = averageLinkageCut(d, 6, 3);
    assert.equal(adjustedRand(labels, [2, 2, 2, 1, 1, 3]), 1);
  });
});

describe('consensus', () => {
  it('recovers the partition most labellings agree on, with co-association probabilities', () => {
    const a = Int32Array.of(0, 0, 0, 1, 1, 1, 2, 2);
    const b = Int32Array.of(2, 2, 2, 0, 0, 0, 1, 1);
    const c = Int32Array.of(0, 0, 1, 1, 1, 1, 2, 2);
    const result = consensus([a, b, c], 3);
    assert.equal(adjustedRand(result.labels, a), 1);
    assert.deepEqual(Array.from(result.sizes), [3, 3, 2]);
    assert.ok(result.probability[0]! < 1 && result.probability[6] === 1);
  });

  it('refuses more rows than the co-association matrix may hold', () => {
    assert.throws(() => consensus([new Int32Array(10)], 2, { maxRows: 5 }), /at most 5 rows/);
  });
});
