/**
 * Closed vocabularies of the data model (../shared/BRIEF.md). Codes are what the workspace stores; aliases
 * are what files say. Matching ignores case and punctuation, so "Health System/IDN" and "health_system" agree.
 */
import type { EnumValue } from './table-model.js';

export const accountTypes: readonly EnumValue[] = [
  { code: 'hospital', aliases: ['hospitals', 'acute care hospital', 'acute care hospitals', 'critical access hospital', 'critical access hospitals'] },
  { code: 'asc', aliases: ['ambulatory surgery center', 'ambulatory surgical center', 'ASC'] },
  { code: 'specialty_clinic', aliases: ['specialty clinic', 'clinic', 'physician practice'] },
  { code: 'independent_lab', aliases: ['independent lab', 'independent laboratory', 'lab', 'laboratory'] },
  { code: 'health_system', aliases: ['health system', 'health system/IDN', 'IDN', 'integrated delivery network'] },
  { code: 'gpo', aliases: ['group purchasing organization', 'GPO'] },
  { code: 'distributor' },
  { code: 'payer', aliases: ['payor', 'health plan', 'insurer'] },
  { code: 'pharmacy' },
];

export const entityKinds: readonly EnumValue[] = [{ code: 'stakeholder', aliases: ['hcp', 'npi'] }, { code: 'account', aliases: ['facility', 'site'] }];

export const questionTypes: readonly EnumValue[] = [
  { code: 'single', aliases: ['single choice', 'categorical', 'nominal'] },
  { code: 'multi', aliases: ['multiple choice', 'multi select', 'multiselect'] },
  { code: 'likert', aliases: ['scale', 'rating', 'ordinal'] },
  { code: 'numeric', aliases: ['number', 'continuous'] },
  { code: 'rank', aliases: ['ranking'] },
  { code: 'text', aliases: ['open', 'open end', 'string'] },
];

/** The matching key of an enum spelling: lower case, runs of non-alphanumerics become one underscore. */
export function enumKey(spelling: string): string {
  return spelling.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

/** Every accepted spelling key → code. */
export function enumLookup(values: readonly EnumValue[]): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const value of values) {
    lookup.set(enumKey(value.code), value.code);
    for (const alias of value.aliases ?? []) lookup.set(enumKey(alias), value.code);
  }
  return lookup;
}
