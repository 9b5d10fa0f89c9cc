import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createRng } from '../random/rng.js';
import { gaussianComponents } from './gaussian-components.js';
import { addBlockOuterProducts, blockLogJoint, createBlock } from './gmm-block.js';
import { cholesky, solveCholesky } from '../matrix/cholesky.js';
import type { CovarianceType, GmmParameters } from './gmm-parameters.js';

/** log w_c + log N(x | μ_c, Σ_c) straight from the definition, via a Cholesky solve (the oracle). */
function logJoint(params: GmmParameters, x: Float64Array, c: number): number {
  const { d } = params;
  const sigma = new Float64Array(d * d);
  for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) {
    sigma[a * d + b] = params.covarianceType === 'full' ? params.covariances[c * d * d + a * d + b]! : a === b ? params.covariances[c * d + a]! : 0;
  }
  const l = cholesky(sigma, d)!;
  const diff = Float64Array.from({ length: d }, (_, a) => x[a]! - params.means[c * d + a]!);
  const solved = solveCholesky(l, d, Float64Array.from(diff));
  let quad = 0;
  let logDet = 0;
  for (let a = 0; a < d; a++) {
    quad += diff[a]! * solved[a]!;
    logDet += 2 * Math.log(l[a * d + a]!);
  }
  return Math.log(params.weights[c]!) - 0.5 * (d * Math.log(2 * Math.PI) + logDet + quad);
}

/** Random parameters (covariances A Aᵀ + I, or their diagonals) for k components in d dimensions. */
function randomParameters(k: number, d: number, seed: number, covarianceType: CovarianceType): GmmParameters {
  const rng = createRng(seed);
  const covariances = new Float64Array(k * d * d);
  for (let c = 0; c < k; c++) {
    const a = Float64Array.from({ length: d * d }, () => rng.normal());
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) {
      let s = i === j ? 1 : 0;
      for (let p = 0; p < d; p++) s += a[i * d + p]! * a[j * d + p]!;
      covariances[c * d * d + i * d + j] = s;
    }
  }
  return {
    k,
    d,
    covarianceType,
    weights: new Float64Array(k).fill(1 / k),
    means: Float64Array.from({ length: k * d }, () => rng.normal()),
    covariances: covarianceType === 'full' ? covariances : Float64Array.from({ length: k * d }, (_, i) => covariances[Math.floor(i / d) * d * d + (i % d) * (d + 1)]!),
  };
}

test('property: the blocked kernels equal the definitions (full and diag, odd and even d, partial blocks)', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 7 }),
      fc.integer({ min: 1, max: 64 }),
      fc.integer(),
      fc.constantFrom('full' as const, 'diag' as const),
      (k, d, count, seed, covarianceType) => {
        const params = randomParameters(k, d, seed, covarianceType);
        const comps = gaussianComponents(params);
        const rng = createRng(seed ^ 0x55);
        const data = Float64Array.from({ length: (count + 3) * d }, () => 3 * rng.normal());
        const block = createBlock(k, d);
        blockLogJoint(data, 3, count, comps, block);
        const expected = new Float64Array(k * d * d);
        for (let t = 0; t < count; t++) {
          const row = data.subarray((3 + t) * d, (4 + t) * d);
          for (let c = 0; c < k; c++) {
            const want = logJoint(params, row, c);
            const got = block.joint[c * block.size + t]!;
            assert.ok(Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want)), `${got} vs ${want}`);
            // the block keeps x − μ column-major; weight row t by t + 1 to check the weighted outer products
            for (let a = 0; a < d; a++) {
              const va = row[a]! - params.means[c * d + a]!;
              assert.ok(Math.abs(block.columns[(c * block.padded + a) * block.size + t]! - va) < 1e-12);
              block.weighted[(c * block.padded + a) * block.size + t] = (t + 1) * va;
              for (let b = 0; b <= a; b++) {
                const vb = row[b]! - params.means[c * d + b]!;
                expected[c * d * d + a * d + b] = expected[c * d * d + a * d + b]! + (t + 1) * va * vb;
              }
            }
          }
        }
        const second = new Float64Array(k * d * d);
        addBlockOuterProducts(block, count, second);
        second.forEach((v, i) => assert.ok(Math.abs(v - expected[i]!) <= 1e-9 * Math.max(1, Math.abs(expected[i]!)), `[${i}] ${v} vs ${expected[i]}`));
      },
    ),
    { numRuns: 150 },
  );
});
