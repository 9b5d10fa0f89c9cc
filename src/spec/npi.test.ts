import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isValidNpi, Npi, npiCheckDigit } from './npi.js';

test('the CMS worked example: payload 123456789 has check digit 3', () => {
  // CMS, "Requirements for Constructing the NPI Check Digit": 123456789 → 1234567893
  assert.equal(npiCheckDigit('123456789'), 3);
  assert.equal(isValidNpi('1234567893'), true);
  assert.equal(isValidNpi('1234567890'), false);
});

test('real NPIs from the CMS Doctors & Clinicians file pass', () => {
  for (const npi of ['1003005174', '1003012253']) assert.equal(isValidNpi(npi), true, npi);
});

test('NPIs must be exactly 10 digits', () => {
  for (const bad of ['123456789', '12345678930', '123456789X', ' 1234567893', '']) assert.equal(isValidNpi(bad), false, bad);
});

test('property: appending the check digit makes any payload valid; any other last digit is invalid', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[0-9]{9}$/), fc.integer({ min: 1, max: 9 }), (payload, shift) => {
      const check = npiCheckDigit(payload);
      assert.equal(isValidNpi(`${payload}${check}`), true);
      assert.equal(isValidNpi(`${payload}${(check + shift) % 10}`), false);
    }),
  );
});

test('the zod schema brands valid NPIs and names the failure otherwise', () => {
  assert.equal(Npi.parse('1234567893'), '1234567893');
  const result = Npi.safeParse('1234567890');
  assert.equal(result.success, false);
  assert.match(result.error?.issues[0]?.message ?? '', /check digit/);
});
