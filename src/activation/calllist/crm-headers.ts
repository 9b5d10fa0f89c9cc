/**
 * Column headers a CRM import accepts without a mapping step. `generic` keeps Segmap's snake_case names;
 * `veeva` uses Veeva CRM's standard Account fields where one exists (External_ID_vod__c, NPI_vod__c,
 * Specialty_1_vod__c, Primary_Parent_vod__c, Territory_vod__c) and `Segmap_*__c` custom fields for the
 * rest; `salesforce` uses Name plus `Segmap_*__c` custom fields (create them once in Setup, then map by
 * name in Data Loader). Booleans export as true/false and dates as YYYY-MM-DD, which both loaders read.
 *
 * Reference: Veeva CRM data model (Account object, `_vod__c` standard fields); Salesforce custom field
 * API names end in `__c` (Salesforce Help, "Custom Field Attributes").
 */
import type { CallListColumn } from './calllist-row.js';

export const crmProfiles = ['generic', 'veeva', 'salesforce'] as const;
export type CrmProfile = (typeof crmProfiles)[number];

/** Salesforce's headers: Name plus the `Segmap_*__c` custom fields, which Veeva shares where it has no standard field. */
const segmapFields: Readonly<Record<CallListColumn, string>> = {
  stakeholder_id: 'Segmap_External_Id__c',
  npi: 'Segmap_NPI__c',
  name: 'Name',
  role: 'Segmap_Role__c',
  specialty: 'Segmap_Specialty__c',
  account_id: 'Segmap_Account_External_Id__c',
  account_name: 'Segmap_Account_Name__c',
  territory_id: 'Segmap_Territory__c',
  rep: 'Segmap_Rep__c',
  segment: 'Segmap_Segment__c',
  segment_source: 'Segmap_Segment_Source__c',
  segment_confidence: 'Segmap_Segment_Confidence__c',
  tier: 'Segmap_Tier__c',
  quadrant: 'Segmap_Quadrant__c',
  tags: 'Segmap_Tags__c',
  message_pillar: 'Segmap_Message_Pillar__c',
  next_step: 'Segmap_Next_Step__c',
  last_verified: 'Segmap_Last_Verified__c',
  stale: 'Segmap_Stale__c',
  stale_reason: 'Segmap_Stale_Reason__c',
};

const salesforce = segmapFields;

/** Veeva's standard Account fields where one exists; the shared custom fields for the rest. */
const veeva: Readonly<Record<CallListColumn, string>> = {
  ...segmapFields,
  stakeholder_id: 'External_ID_vod__c',
  npi: 'NPI_vod__c',
  specialty: 'Specialty_1_vod__c',
  account_id: 'Primary_Parent_vod__c',
  account_name: 'Segmap_Parent_Name__c',
  territory_id: 'Territory_vod__c',
};

/** The header of each canonical column under a CRM profile. */
export function crmHeader(profile: CrmProfile, column: CallListColumn): string {
  if (profile === 'veeva') return veeva[column];
  if (profile === 'salesforce') return salesforce[column];
  return column;
}

export const isCrmProfile = (name: string): name is CrmProfile => (crmProfiles as readonly string[]).includes(name);
