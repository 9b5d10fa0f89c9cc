/**
 * The vocabulary of the demo market: account types, roles, specialties, the planted quadrants and
 * segments, products, procedure codes and engagement channels. Every label written to the CSV files comes
 * from here, so the other demo stages and their tests can rely on one list.
 */

export const accountTypes = [
  'health_system',
  'gpo',
  'distributor',
  'payer',
  'hospital',
  'asc',
  'specialty_clinic',
  'independent_lab',
] as const;
export type AccountType = (typeof accountTypes)[number];
export const accountType = (t: AccountType): number => accountTypes.indexOf(t);

/** What a specialty clinic does; vascular and cardiology clinics run office-based labs (they treat). */
export const clinicKinds = ['vascular', 'cardiology', 'podiatry', 'primary_care', 'nephrology', 'endocrinology'] as const;
export const clinicKindWeights = [0.2, 0.16, 0.18, 0.26, 0.1, 0.1] as const;
export const proceduralClinicKinds = 2; // the first two kinds treat patients

export const roles = [
  'physician',
  'nurse',
  'procurement',
  'vac_member',
  'it',
  'clinical_engineering',
  'administrator',
  'lab_director',
] as const;
export type Role = (typeof roles)[number];
export const role = (r: Role): number => roles.indexOf(r);

export const specialties = [
  'vascular_surgery',
  'interventional_cardiology',
  'interventional_radiology',
  'cardiology',
  'internal_medicine',
  'family_medicine',
  'nephrology',
  'endocrinology',
  'podiatry',
  'pathology',
] as const;
export type Specialty = (typeof specialties)[number];
export const specialty = (s: Specialty): number => specialties.indexOf(s);
/** Specialties that perform peripheral vascular interventions (the first three). */
export const proceduralSpecialties = 3;

export const departments = [
  'Vascular Surgery',
  'Cardiology',
  'Radiology',
  'Primary Care',
  'Nephrology',
  'Endocrinology',
  'Podiatry',
  'Cath Lab',
  'Nursing Administration',
  'Supply Chain',
  'Value Analysis',
  'Information Technology',
  'Clinical Engineering',
  'Administration',
  'Laboratory',
] as const;

/** The planted opportunity quadrants (ids as written to D/truth/accounts.csv). */
export const quadrants = ['low_priority', 'expansion', 'maintain_monitor', 'growth'] as const;
export type Quadrant = (typeof quadrants)[number];
/** Share of treating sites planted in each quadrant, in `quadrants` order. */
export const quadrantShares = [0.35, 0.2, 0.2, 0.25] as const;
export const highOpportunity = (q: number): boolean => q === 1 || q === 3;
export const highPosition = (q: number): boolean => q === 1 || q === 2;

/** The planted attitudinal segments (names as written to D/truth/stakeholder_segments.csv). */
export const segments = ['Clinical innovators', 'Value guardians', 'Workflow pragmatists', 'Loyal traditionalists'] as const;
export const segmentDescriptions = [
  'evidence-driven interventional specialists who want the newest technology and publish and speak',
  'procurement, value-analysis and administrative buyers focused on total cost and contracts',
  'nursing, IT and clinical-engineering staff who want ease of use, training and EHR integration',
  'established physicians loyal to known brands who rely on their rep and dislike switching',
] as const;

export interface Product {
  readonly id: string;
  readonly name: string;
  readonly manufacturer: string;
  /** Average selling price in USD. */
  readonly price: number;
  readonly ours: boolean;
}

export const ourCompany = 'Meridian Vascular';
export const productCategory = 'peripheral vascular device';
export const products: readonly Product[] = [
  { id: 'MER-ATH', name: 'Meridian Arc atherectomy system', manufacturer: ourCompany, price: 2800, ours: true },
  { id: 'MER-DCB', name: 'Meridian Flow drug-coated balloon', manufacturer: ourCompany, price: 1400, ours: true },
  { id: 'APX-ATH', name: 'Apex Sentinel atherectomy system', manufacturer: 'Apex Endovascular', price: 2650, ours: false },
  { id: 'APX-DCB', name: 'Apex Glide drug-coated balloon', manufacturer: 'Apex Endovascular', price: 1350, ours: false },
  { id: 'NFD-STN', name: 'Northfield Vela peripheral stent', manufacturer: 'Northfield Medical', price: 1100, ours: false },
];
export const deviceVendors = [ourCompany, 'Apex Endovascular', 'Northfield Medical', 'Corvane Devices'] as const;

/**
 * Procedure codes (CPT-like) and how each splits the peripheral interventions of an account. IVUS guidance
 * is an add-on that is not paid separately, so claims show only `reportedRate` of what is done: the
 * under-reported code a prioritization must correct.
 */
export const procedureCodes = [
  { code: '37224', label: 'femoral-popliteal angioplasty', share: 0.4, reportedRate: 1 },
  { code: '37225', label: 'femoral-popliteal atherectomy', share: 0.3, reportedRate: 1 },
  { code: '37226', label: 'femoral-popliteal stent', share: 0.3, reportedRate: 1 },
  { code: '37252', label: 'intravascular ultrasound (add-on, not paid separately)', share: 0.45, reportedRate: 0.3 },
] as const;
/** Diagnosed peripheral artery disease patients (ICD-10 I70.2): with treated volume, the untreated potential. */
export const diagnosisCode = 'I70.2';
export const suppressionThreshold = 11;

export const channels = ['email', 'webinar', 'rep_visit', 'demo_request', 'conference'] as const;
/** Event types, each with its channel (index into `channels`). */
export const eventTypes = [
  { type: 'open', channel: 0 },
  { type: 'click', channel: 0 },
  { type: 'registered', channel: 1 },
  { type: 'attended', channel: 1 },
  { type: 'visit', channel: 2 },
  { type: 'meeting_set', channel: 2 },
  { type: 'proposal_requested', channel: 2 },
  { type: 'requested', channel: 3 },
  { type: 'booth_visit', channel: 4 },
] as const;

/** Content assets by buying stage; segments prefer different ones (see engagement.ts). */
export const assets = [
  { asset: 'pad-burden-infographic', stage: 'awareness' },
  { asset: 'brand-video', stage: 'awareness' },
  { asset: 'clinical-evidence-summary', stage: 'education' },
  { asset: 'atherectomy-technique-webinar', stage: 'education' },
  { asset: 'cost-per-procedure-calculator', stage: 'evaluation' },
  { asset: 'vac-dossier', stage: 'evaluation' },
  { asset: 'ehr-integration-guide', stage: 'evaluation' },
  { asset: 'staff-training-webinar', stage: 'education' },
  { asset: 'product-demo', stage: 'evaluation' },
  { asset: 'case-study-library', stage: 'advocacy' },
] as const;

export const ehrVendors = ['Epic', 'Oracle Health', 'MEDITECH', 'athenahealth', 'eClinicalWorks', 'NextGen'] as const;
export const hospitalServiceLines = ['cardiology', 'vascular', 'radiology', 'orthopedics', 'oncology', 'nephrology', 'wound_care'] as const;

export const sources = {
  crm: 'demo-crm',
  registry: 'demo-npi-registry',
  claims: 'demo-claims',
  sharedPatients: 'demo-shared-patients',
  sales: 'demo-sales-tracking',
  kol: 'demo-kol-vendor',
  survey: 'demo-survey',
  marketing: 'demo-marketing-automation',
} as const;
