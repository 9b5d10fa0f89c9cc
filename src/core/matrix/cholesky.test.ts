import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cholesky, invertLowerTriangular, solveCholesky } from './cholesky.js';

const A = Float64Array.of(4, 2, 0.6, 2, 5, 1.5, 0.6, 1.5, 3);

const close = (actual: ArrayLike<number>, expected: readonly number[], tol = 1e-12): void => {
  expected.forEach((e, i) => assert.ok(Math.abs(actual[i]! - e) <= tol, `[${i}] ${actual[i]} vs ${e}`));
};

test('cholesky, its inverse and solve equal numpy', () => {
  // /usr/bin/python3 -c "import numpy as np; A=np.array([[4.,2.,.6],[2.,5.,1.5],[.6,1.5,3.]]);
  //   L=np.linalg.cholesky(A); print(L.ravel(), np.linalg.inv(L).ravel(), np.linalg.solve(A,[1.,2.,3.]))"
  // numpy 1.24.2: L[2,2] = 1.5968719422671311, inv(L)[2,1] = -0.18786728732554486, inv(L)[2,2] = 0.6262242910851495
  //               solve = [0.0625, 0.09264705882352936, 0.9411764705882355]
  const l = cholesky(A, 3)!;
  close(l, [2, 0, 0, 1, 2, 0, 0.3, 0.6, 1.5968719422671311]);
  close(invertLowerTriangular(l, 3), [0.5, 0, 0, -0.25, 0.5, 0, 0, -0.18786728732554486, 0.6262242910851495]);
  close(solveCholesky(l, 3, Float64Array.of(1, 2, 3)), [0.0625, 0.09264705882352936, 0.9411764705882355]);
});

test('a matrix that is not positive definite gives null, not NaN', () => {
  assert.equal(cholesky(Float64Array.of(1, 2, 2, 1), 2), null);
  assert.equal(cholesky(Float64Array.of(0, 0, 0, 1), 2), null);
  assert.equal(cholesky(Float64Array.of(Number.NaN, 0, 0, 1), 2), null);
});

test('property: L Lᵀ reproduces B Bᵀ + I and L⁻¹ L = I', () => {
  fc.assert(
    fc.property(fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 16, maxLength: 16 }), (b) => {
      const d = 4;
      const a = new Float64Array(d * d);
      for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) {
        let s = i === j ? 1 : 0;
        for (let p = 0; p < d; p++) s += b[i * d + p]! * b[j * d + p]!;
        a[i * d + j] = s;
      }
      const l = cholesky(a, d)!;
      const inv = invertLowerTriangular(l, d);
      for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) {
        let llt = 0;
        let id = 0;
        for (let p = 0; p < d; p++) {
          llt += l[i * d + p]! * l[j * d + p]!;
          id += inv[i * d + p]! * l[p * d + j]!;
        }
        assert.ok(Math.abs(llt - a[i * d + j]!) <= 1e-9 * Math.max(1, Math.abs(a[i * d + j]!)));
        assert.ok(Math.abs(id - (i === j ? 1 : 0)) <= 1e-9);
      }
    }),
  );
});
