import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { sharedData } from '../../../../test/support/shared-data.js';
import { corruptNpi, demoNpi, isValidNpi, npiCheckDigit } from './npi.js';

test('the check digit of the CMS example 123456789 is 3 (NPI 1234567893)', () => {
  // CMS, "Requirements for National Provider Identifier (NPI) and NPI Enumeration", check-digit example
  assert.equal(npiCheckDigit(123456789), 3);
  assert.equal(isValidNpi('1234567893'), true);
  assert.equal(isValidNpi('1234567894'), false);
});

const maine = sharedData('cms-doctors-clinicians-maine', 'dac_maine_clinicians.csv');

test('every NPI in the CMS Doctors and Clinicians file for Maine passes the check', { skip: maine.skip }, () => {
  // Real NPIs issued by CMS: 3,516 clinicians; none may fail, and a changed last digit must fail.
  const npis = readFileSync(maine.path, 'utf8').split(/\r?\n/).slice(1).filter(Boolean).map((line) => line.split(',')[0] ?? '');
  assert.equal(npis.length, 3516);
  for (const npi of npis) {
    assert.ok(isValidNpi(npi), npi);
    assert.equal(isValidNpi(corruptNpi(npi)), false);
  }
});

test('demo NPIs are ten digits, start with 1, pass Luhn with the 80840 prefix and never repeat', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 50_000; i++) {
    const npi = demoNpi(i, 12_345);
    assert.match(npi, /^1\d{9}$/);
    assert.ok(isValidNpi(npi), npi);
    seen.add(npi);
  }
  assert.equal(seen.size, 50_000);
});

test('property: every demo NPI is valid and its corrupted twin is not', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 99_999_999 }), (i, offset) => {
      const npi = demoNpi(i, offset);
      return isValidNpi(npi) && !isValidNpi(corruptNpi(npi));
    }),
  );
});
