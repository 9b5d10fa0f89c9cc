/**
 * The National Provider Identifier: 10 digits whose last one is a Luhn check digit computed over the
 * 9-digit payload prefixed with 80840 (the ISO card issuer prefix CMS uses). An NPI stays a string (it is an
 * identifier, and leading digits matter); the `Npi` brand exists only after this check.
 *
 * Reference: CMS, "Requirements for Constructing the NPI Check Digit"
 * (https://www.cms.gov/regulations-and-guidance/administrative-simplification/nationalprovidentstand/downloads/npicheckdigit.pdf);
 * the worked example there is 123456789 → check digit 3, NPI 1234567893.
 * Complexity: O(1).
 * @example isValidNpi('1234567893') // → true
 */
import { z } from 'zod';
import type { Npi as NpiBrand } from '../lib/brand.js';

/** Sum of the prefix 80840 under Luhn doubling (positions 11..15 from the right): 0 + 8 + 8 + 8 + 0. */
export const npiPrefixSum = 24;

export function npiCheckDigit(payload: string): number {
  let sum = npiPrefixSum;
  for (let i = 0; i < 9; i++) {
    const digit = payload.charCodeAt(i) - 48;
    // payload digits 1,3,5,7,9 (left to right) sit at even positions from the right once the check digit is appended
    const doubled = i % 2 === 0 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidNpi(value: string): value is NpiBrand {
  return /^[0-9]{10}$/.test(value) && npiCheckDigit(value.slice(0, 9)) === value.charCodeAt(9) - 48;
}

export const Npi = z.string().regex(/^[0-9]{10}$/, 'NPI requires 10 digits').refine(isValidNpi, 'NPI check digit fails (Luhn with prefix 80840)').brand<'Npi'>();
export type Npi = z.infer<typeof Npi>;
