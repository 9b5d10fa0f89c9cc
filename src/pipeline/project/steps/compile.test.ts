import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sqlFingerprint } from './compile.js';

test('the SQL fingerprint ignores float noise beyond 10 significant digits, and nothing else', () => {
  const sql = 'select 1.2345678901234567 * x + -0.000123456789012345e-3 as s from t where k = 3';
  assert.equal(sqlFingerprint(sql), sqlFingerprint(sql.replace('1.2345678901234567', '1.2345678901234569')));
  assert.notEqual(sqlFingerprint(sql), sqlFingerprint(sql.replace('1.2345678901234567', '1.2345678911234567')));
  assert.notEqual(sqlFingerprint(sql), sqlFingerprint(sql.replace('k = 3', 'k = 4')));
  assert.notEqual(sqlFingerprint(sql), sqlFingerprint(sql.replace(' x ', ' y ')));
});
