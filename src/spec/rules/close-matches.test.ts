import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeMatches, editDistance } from './close-matches.js';

test('editDistance counts an adjacent transposition as one edit', () => {
  assert.equal(editDistance('kitten', 'sitting'), 3); // the textbook Levenshtein example
  assert.equal(editDistance('ab', 'ba'), 1);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('specality', 'specialty'), 2);
});

test('closeMatches ranks by distance and keeps only close names', () => {
  assert.deepEqual(closeMatches('bed', ['beds', 'state', 'zip']), ['beds']);
  assert.deepEqual(closeMatches('STATE', ['state', 'stage']), ['state']);
  assert.deepEqual(closeMatches('xyz', ['beds', 'state']), []);
});
