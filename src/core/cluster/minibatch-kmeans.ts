/**
 * Mini-batch k-means for very large n: each step assigns a random batch of rows to the nearest centre
 * and moves every touched centre towards the batch mean with a per-centre learning rate (batch weight /
 * weight seen so far), so each step costs O(b k d) instead of O(n k d). Seeding is k-means++ on a random
 * subset of 3 × batch rows; the run stops after `maxEpochs` passes' worth of steps or when the smoothed
 * batch inertia has not improved for 10 steps (scikit-learn's max_no_improvement); a final full pass
 * assigns every row and computes the inertia. Not a scikit-learn replica (no low-count reassignment);
 * its answer is a good k-means solution, usually slightly above the full algorithm's inertia.
 *
 * Reference: D. Sculley, "Web-scale k-means clustering", WWW 2010. Complexity O(steps × b k d + n k d).
 *
 * @example minibatchKMeans(x, 5, { seed: 0, batchSize: 1024 }).inertia
 */
import { UsageError } from '../../lib/errors.js';
import { clusterMessages } from '../../lib/messages/cluster.js';
import type { Matrix } from '../matrix/matrix.js';
import { createRng, type Rng } from '../random/rng.js';
import { inertiaOf } from './centre-update.js';
import { checkClusterInput } from './check-input.js';
import { defaultSeed, kmeansFit, type KMeansFit } from './kmeans.js';
import { kmeansPlusPlus } from './kmeans-plus-plus.js';
import { nearestCentre } from './nearest-centre.js';
import { squaredDistance } from './squared-distance.js';
import { takeRows, takeValues } from './take-rows.js';

export interface MiniBatchOptions {
  readonly weights?: Float64Array | undefined;
  readonly batchSize?: number;
  readonly maxEpochs?: number;
  readonly starts?: number;
  readonly seed?: number;
}

export function minibatchKMeans(x: Matrix, k: number, options: MiniBatchOptions = {}): KMeansFit {
  checkClusterInput(x, k, options.weights);
  const starts = options.starts ?? 3;
  if (!Number.isInteger(starts) || starts < 1) throw new UsageError(clusterMessages.startsRange(starts));
  const inertias = new Float64Array(starts);
  let best: { labels: Int32Array; centres: Float64Array; inertia: number; iterations: number; converged: boolean } | undefined;
  for (let s = 0; s < starts; s++) {
    const run = minibatchStart(x, k, options, createRng(options.seed ?? defaultSeed).fork(s));
    inertias[s] = run.inertia;
    if (best === undefined || run.inertia < best.inertia) best = run;
  }
  return { ...kmeansFit(x, k, best!, inertias, { seed: options.seed ?? defaultSeed, weights: options.weights }), algorithm: 'minibatch' };
}

function minibatchStart(x: Matrix, k: number, options: MiniBatchOptions, rng: Rng) {
  const { rows: n, cols: d, data } = x;
  const weights = options.weights;
  const batch = Math.min(options.batchSize ?? 1024, n);
  const initRows = Int32Array.from({ length: Math.min(n, 3 * batch) }, () => rng.int(n));
  const seeding = kmeansPlusPlus(takeRows(x, initRows), k, rng, { weights: weights && takeValues(weights, initRows) });
  if (seeding.distinct < k) throw new UsageError(clusterMessages.kAboveDistinct(k, seeding.distinct));
  const centres = seeding.centres;
  const seen = new Float64Array(k);
  const sums = new Float64Array(k * d);
  const batchWeight = new Float64Array(k);
  const steps = Math.ceil(((options.maxEpochs ?? 100) * n) / batch);
  let smoothed = Infinity;
  let bestSmoothed = Infinity;
  let stale = 0;
  let step = 0;
  for (; step < steps && stale < 10; step++) {
    sums.fill(0);
    batchWeight.fill(0);
    let batchInertia = 0;
    let batchTotal = 0;
    for (let b = 0; b < batch; b++) {
      const i = rng.int(n);
      const w = weights === undefined ? 1 : weights[i]!;
      let label = 0;
      let nearest = Infinity;
      for (let c = 0; c < k; c++) {
        const dist = squaredDistance(data, i * d, centres, c * d, d);
        if (dist < nearest) {
          nearest = dist;
          label = c;
        }
      }
      for (let j = 0; j < d; j++) sums[label * d + j]! += w * data[i * d + j]!;
      batchWeight[label]! += w;
      batchInertia += w * nearest;
      batchTotal += w;
    }
    for (let c = 0; c < k; c++) {
      if (!(batchWeight[c]! > 0)) continue;
      seen[c]! += batchWeight[c]!;
      const rate = batchWeight[c]! / seen[c]!;
      for (let j = 0; j < d; j++) centres[c * d + j]! += rate * (sums[c * d + j]! / batchWeight[c]! - centres[c * d + j]!);
    }
    const mean = batchInertia / batchTotal;
    smoothed = smoothed === Infinity ? mean : smoothed + (mean - smoothed) * Math.min(1, (2 * batch) / (n + 1));
    if (smoothed < bestSmoothed) {
      bestSmoothed = smoothed;
      stale = 0;
    } else {
      stale++;
    }
  }
  const labels = nearestCentre(data, n, d, centres, k);
  return { labels, centres, inertia: inertiaOf(data, n, d, labels, weights, centres), iterations: step, converged: stale >= 10 };
}
