/**
 * National Provider Identifiers for the demo: ten digits whose last is a Luhn check digit computed over the
 * nine-digit identifier prefixed with 80840 (the ISO card-issuer prefix CMS assigned to US health). The
 * prefix always contributes 24 to the Luhn sum, hence the constant below.
 *
 * Reference: CMS, "Requirements for National Provider Identifier (NPI) and NPI Enumeration" (check digit
 * example: 123456789 → 1234567893). Complexity: O(1) per NPI.
 *
 * @example
 * npiCheckDigit(123456789); // 3
 * demoNpi(0, 42);           // a 10-digit string starting with 1 that passes isValidNpi
 */
const prefixLuhnSum = 24;

/** The check digit of a 9-digit NPI identifier. */
export function npiCheckDigit(identifier: number): number {
  let sum = prefixLuhnSum;
  let rest = identifier;
  // Walk from the rightmost digit: it (and every second one) is doubled, as the check digit will follow it.
  for (let position = 0; position < 9; position++) {
    const digit = rest % 10;
    rest = Math.floor(rest / 10);
    if (position % 2 === 0) {
      const doubled = digit * 2;
      sum += doubled > 9 ? doubled - 9 : doubled;
    } else {
      sum += digit;
    }
  }
  return (10 - (sum % 10)) % 10;
}

/** True when `npi` is ten digits whose last is the check digit of the first nine. */
export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  return npiCheckDigit(Number(npi.slice(0, 9))) === Number(npi[9]);
}

const span = 100_000_000; // identifiers 100000000–199999999: individual providers start with 1
const stride = 48_271; // prime, coprime with 10^8, so i → (i·stride + offset) mod 10^8 is one-to-one

/** The `index`-th distinct NPI of a demo market (distinct for every index below 10^8). */
export function demoNpi(index: number, offset: number): string {
  const identifier = span + ((index * stride + offset) % span);
  return `${identifier}${npiCheckDigit(identifier)}`;
}

/** An NPI whose check digit is wrong on purpose (the planted bad rows of the demo). */
export function corruptNpi(npi: string): string {
  const last = Number(npi[9]);
  return `${npi.slice(0, 9)}${(last + 1) % 10}`;
}
