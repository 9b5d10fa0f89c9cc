import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng, permutation } from './rng.js';

test('the same seed gives the same stream; another seed another', () => {
  const a = createRng(7);
  const b = createRng(7);
  const c = createRng(8);
  const xs = Array.from({ length: 5 }, () => a.next());
  assert.deepEqual(xs, Array.from({ length: 5 }, () => b.next()));
  assert.notDeepEqual(xs, Array.from({ length: 5 }, () => c.next()));
});

test('uniform draws have the moments of U(0,1) and normals of N(0,1)', () => {
  const rng = createRng(1);
  const n = 200_000;
  let sum = 0;
  let sumSq = 0;
  let nSum = 0;
  let nSq = 0;
  for (let i = 0; i < n; i++) {
    const u = rng.next();
    assert.ok(u >= 0 && u < 1);
    sum += u;
    sumSq += u * u;
    const z = rng.normal();
    nSum += z;
    nSq += z * z;
  }
  assert.ok(Math.abs(sum / n - 0.5) < 0.005);
  assert.ok(Math.abs(sumSq / n - 1 / 3) < 0.005);
  assert.ok(Math.abs(nSum / n) < 0.01);
  assert.ok(Math.abs(nSq / n - 1) < 0.01);
});

test('forked streams differ from each other and are reproducible', () => {
  const base = createRng(3);
  assert.notEqual(base.fork(0).next(), base.fork(1).next());
  assert.equal(createRng(3).fork(5).next(), createRng(3).fork(5).next());
});

test('permutation holds every index once', () => {
  const p = permutation(1000, createRng(2));
  assert.deepEqual([...p].sort((x, y) => x - y), Array.from({ length: 1000 }, (_, i) => i));
});
