/**
 * Closed vocabularies of the data model (../shared/BRIEF.md). Codes are what the workspace stores; aliases
 * are what files say. Matching ignores case and the separators `_ - / .`, so "Health System/IDN",
 * "health-system idn" and "health_system_idn" agree.
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

/**
 * The matching key of an enum spelling: lower case, with `_`, `-`, `/` and `.` read as spaces, trimmed.
 * The SQL side computes the same key with `translate` (no regex: it runs on every row of a large file).
 */
export function enumKey(spelling: string): string {
  return spelling.toLowerCase().replace(/[_\-/.]/g, ' ').trim();
}

/** The SQL twin of `enumKey` for a text expression. */
export const enumKeySql = (text: string): string => `trim(translate(lower(${text}), '_-/.', '    '))`;
