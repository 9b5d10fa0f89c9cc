import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../../lib/errors.js';
import { modelMessages } from '../../lib/messages/model.js';
import { matrix } from '../matrix/matrix.js';
import { compressPatterns } from './compress-patterns.js';
import { prepareLcaData } from './lca-data.js';

test('compressPatterns merges identical rows and sums their weights (doc example)', () => {
  const c = compressPatterns(Int32Array.of(1, 2, 2, 1, 1, 2), 2, Uint8Array.of(1, 1, 1), Float64Array.of(1, 1, 1));
  assert.equal(c.count, 2);
  assert.deepEqual(Array.from(c.codes), [1, 2, 2, 1]);
  assert.deepEqual(Array.from(c.weight), [2, 1]);
  assert.deepEqual(Array.from(c.rowPattern), [0, 1, 0]);
});

test('0, -1 and NaN are missing; listwise drops those rows, available keeps them', () => {
  const items = [Float64Array.of(1, 2, 2, Number.NaN), Float64Array.of(2, 0, 1, -1)];
  const listwise = prepareLcaData({ items }, 'listwise');
  assert.equal(listwise.rowsUsed, 2);
  assert.deepEqual(Array.from(listwise.rowPattern), [0, -1, 1, -1]);
  const available = prepareLcaData({ items }, 'available');
  // the last row answers nothing: not used in either mode
  assert.equal(available.rowsUsed, 3);
  assert.equal(available.completeWeight, 2);
  assert.deepEqual(Array.from(available.levels), [2, 2]);
  assert.equal(available.patternCells.length, 5);
});

test('bad codes, all-missing items and one-level items are InputErrors from the catalogue', () => {
  assert.throws(
    () => prepareLcaData({ items: [Float64Array.of(1, 1.5), Float64Array.of(1, 2)], names: ['q1', 'q2'] }),
    (e: unknown) => e instanceof InputError && e.message === modelMessages.lcaItemCode('q1', 2, 1.5) && e.location?.row === 2 && e.location.column === 'q1',
  );
  assert.throws(() => prepareLcaData({ items: [Float64Array.of(1, Infinity), Float64Array.of(1, 2)] }), InputError);
  assert.throws(() => prepareLcaData({ items: [Float64Array.of(1, -2), Float64Array.of(1, 2)] }), InputError);
  assert.throws(
    () => prepareLcaData({ items: [Int32Array.of(1, 2), Int32Array.of(0, 0)], names: ['a', 'b'] }),
    { message: modelMessages.lcaItemAllMissing('b') },
  );
  assert.throws(
    () => prepareLcaData({ items: [Int32Array.of(1, 2, 1), Int32Array.of(3, 3, 3)], names: ['a', 'b'] }),
    { message: modelMessages.lcaItemOneLevel('b', 3) },
  );
  // the level check looks at the rows used: b varies only on a row listwise deletion drops
  assert.throws(
    () => prepareLcaData({ items: [Int32Array.of(1, 2, 0), Int32Array.of(1, 1, 2)], names: ['a', 'b'] }),
    { message: modelMessages.lcaItemOneLevel('b', 1) },
  );
  assert.throws(() => prepareLcaData({ items: [] }), { message: modelMessages.lcaNoItems });
  assert.throws(() => prepareLcaData({ items: [Int32Array.of(1, 2), Int32Array.of(1)] }), InputError);
  assert.throws(
    () => prepareLcaData({ items: [Int32Array.of(1, 0), Int32Array.of(0, 2)] }, 'listwise'),
    { message: modelMessages.lcaNoRows('listwise') },
  );
});

test('weights must be finite and non-negative with a positive total', () => {
  const items = [Int32Array.of(1, 2), Int32Array.of(2, 1)];
  assert.throws(() => prepareLcaData({ items, weights: [1, Number.NaN] }), { message: modelMessages.weightInvalid(2, Number.NaN) });
  assert.throws(() => prepareLcaData({ items, weights: [1, -1] }), InputError);
  assert.throws(() => prepareLcaData({ items, weights: [1] }), { message: modelMessages.weightsLength(1, 2) });
  assert.throws(() => prepareLcaData({ items, weights: [0, 0] }), { message: modelMessages.noWeight });
  assert.equal(prepareLcaData({ items, weights: [2, 0.5] }).totalWeight, 2.5);
});

test('covariates: rows with a missing covariate are left out; rows split by covariate value', () => {
  const items = [Int32Array.of(1, 1, 2, 1, 2), Int32Array.of(2, 2, 1, 2, 1)];
  const data = prepareLcaData({ items, covariates: matrix(5, 1, Float64Array.of(3, 3, Number.NaN, 4, 3)) });
  assert.equal(data.rowsUsed, 4);
  assert.equal(data.covariateColumns, 2);
  // rows 0 and 1 share answers and covariate; row 3 has the same answers but another covariate
  assert.equal(data.patterns, 3);
  assert.deepEqual(Array.from(data.patternCovariates!), [1, 3, 1, 4, 1, 3]);
  assert.throws(() => prepareLcaData({ items, covariates: matrix(5, 1, Float64Array.of(1, Infinity, 1, 1, 1)) }), InputError);
  assert.throws(() => prepareLcaData({ items, covariates: matrix(3, 1) }), { message: modelMessages.lcaCovariatesRows(3, 5) });
});
