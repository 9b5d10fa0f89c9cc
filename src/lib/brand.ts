/**
 * Nominal types for ids and units. A branded value exists only after validation (spec/ schemas apply
 * the brand with zod's `.brand()`), so a plain string cannot be passed where an NPI is expected.
 */
declare const brand: unique symbol;
export type Brand<T, Name extends string> = T & { readonly [brand]: Name };

export type Npi = Brand<string, 'Npi'>;
export type AccountId = Brand<string, 'AccountId'>;
export type StakeholderId = Brand<string, 'StakeholderId'>;
export type SegmentId = Brand<number, 'SegmentId'>;
export type Probability = Brand<number, 'Probability'>;
