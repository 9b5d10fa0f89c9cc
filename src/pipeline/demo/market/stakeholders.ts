/**
 * The people of the demo market and the planted stakeholder segments. Each stakeholder works at an account
 * drawn by headcount weight, has a role that fits the account (buyers at systems and GPOs, physicians and
 * nurses at sites), a specialty that fits the clinic, and a planted attitudinal segment whose odds depend
 * on the role. The segment also shifts behaviour that secondary data can see: procedure volume, pull in
 * the referral network, referral activity and second affiliations (and, in later tables, KOL signals and
 * engagement channels), so a classifier on secondary data alone can project it.
 *
 * Complexity: O(stakeholders · log accounts).
 */
import type { Rng } from '../../../core/random/rng.js';
import type { Accounts } from './accounts.js';
import { accountType, accountTypes, clinicKinds, proceduralSpecialties, role, type AccountType } from './catalog.js';
import { categorical, chance, cumulative, drawCumulative, logNormal, pareto } from './sampling.js';

export interface Stakeholders {
  readonly count: number;
  readonly account: Int32Array;
  readonly role: Int8Array;
  /** Index into `specialties` for physicians, else -1. */
  readonly specialty: Int8Array;
  /** The planted segment (index into `segments`). */
  readonly segment: Int8Array;
  /** Relative share of the account's procedures (proceduralists only, else 0). */
  readonly volumeWeight: Float64Array;
  /** Weight of receiving referrals (physicians; heavy-tailed, so hubs appear). */
  readonly pull: Float64Array;
  /** Mean number of physicians this one refers to. */
  readonly referralRate: Float64Array;
  /** A second account where the stakeholder works, or -1. */
  readonly secondary: Int32Array;
}

/** Role weights in `roles` order: physician, nurse, procurement, vac_member, it, clinical_engineering, administrator, lab_director. */
const roleMix: Readonly<Record<AccountType, readonly number[]>> = {
  health_system: [0.05, 0.05, 0.25, 0.2, 0.15, 0.05, 0.25, 0],
  gpo: [0, 0, 0.6, 0, 0, 0, 0.4, 0],
  distributor: [0, 0, 0.5, 0, 0, 0, 0.5, 0],
  payer: [0.3, 0, 0, 0, 0, 0, 0.7, 0],
  hospital: [0.55, 0.2, 0.04, 0.04, 0.04, 0.04, 0.09, 0],
  asc: [0.55, 0.25, 0.06, 0, 0, 0.04, 0.1, 0],
  specialty_clinic: [0.68, 0.18, 0.02, 0, 0, 0, 0.12, 0],
  independent_lab: [0.15, 0, 0.25, 0, 0.2, 0, 0.2, 0.2],
};

/**
 * Specialty weights in `specialties` order: vascular surgery, interventional cardiology, interventional
 * radiology, cardiology, internal medicine, family medicine, nephrology, endocrinology, podiatry, pathology.
 */
const specialtyMix: Readonly<Record<string, readonly number[]>> = {
  health_system: [0.15, 0.15, 0, 0.2, 0.5, 0, 0, 0, 0, 0],
  payer: [0, 0, 0, 0, 1, 0, 0, 0, 0, 0],
  hospital: [0.08, 0.08, 0.06, 0.14, 0.26, 0.08, 0.1, 0.08, 0.12, 0],
  asc: [0.35, 0.25, 0.2, 0, 0, 0, 0, 0, 0.2, 0],
  independent_lab: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
  vascular: [0.6, 0.1, 0.2, 0.1, 0, 0, 0, 0, 0, 0],
  cardiology: [0.1, 0.5, 0.05, 0.35, 0, 0, 0, 0, 0, 0],
  podiatry: [0, 0, 0, 0, 0, 0, 0, 0, 1, 0],
  primary_care: [0, 0, 0, 0, 0.5, 0.5, 0, 0, 0, 0],
  nephrology: [0, 0, 0, 0, 0, 0, 1, 0, 0, 0],
  endocrinology: [0, 0, 0, 0, 0, 0, 0, 1, 0, 0],
};

/**
 * Segment odds (Clinical innovators, Value guardians, Workflow pragmatists, Loyal traditionalists) by
 * group: proceduralists, other physicians, then the non-physician roles in `roles` order.
 */
const segmentOdds = {
  proceduralist: [0.42, 0.06, 0.12, 0.4],
  physician: [0.18, 0.14, 0.25, 0.43],
  byRole: [
    [0, 0, 0, 0], // physician: decided by specialty above
    [0.1, 0.12, 0.62, 0.16],
    [0.03, 0.8, 0.12, 0.05],
    [0.1, 0.65, 0.2, 0.05],
    [0.04, 0.18, 0.75, 0.03],
    [0.05, 0.15, 0.72, 0.08],
    [0.06, 0.6, 0.18, 0.16],
    [0.15, 0.35, 0.4, 0.1],
  ],
} as const;

/** By segment: share of procedures, pull in the referral network, referral activity, second affiliation. */
const volumeBySegment = [1.8, 0.5, 0.6, 1.2];
const pullBySegment = [2.5, 0.6, 0.7, 1];
const referBySegment = [1.4, 0.8, 0.9, 1];
const secondAffiliationBySegment = [0.5, 0.2, 0.25, 0.25];

export function buildStakeholders(rng: Rng, count: number, a: Accounts): Stakeholders {
  const s: Stakeholders = {
    count,
    account: new Int32Array(count),
    role: new Int8Array(count),
    specialty: new Int8Array(count).fill(-1),
    segment: new Int8Array(count),
    volumeWeight: new Float64Array(count),
    pull: new Float64Array(count),
    referralRate: new Float64Array(count),
    secondary: new Int32Array(count).fill(-1),
  };
  const staffCum = cumulative(a.staffWeight);
  const sitesByState = treatingSitesByState(a);
  for (let i = 0; i < count; i++) {
    const account = drawCumulative(rng, staffCum);
    const type = accountTypes[a.type[account]!]!;
    s.account[i] = account;
    s.role[i] = categorical(rng, roleMix[type]);
    const physician = s.role[i] === role('physician');
    if (physician) {
      const mixKey = type === 'specialty_clinic' ? (clinicKinds[a.clinicKind[account]!] ?? 'primary_care') : type;
      s.specialty[i] = categorical(rng, specialtyMix[mixKey] ?? specialtyMix.primary_care!);
    }
    const proceduralist = physician && s.specialty[i]! < proceduralSpecialties;
    const odds = proceduralist ? segmentOdds.proceduralist : physician ? segmentOdds.physician : segmentOdds.byRole[s.role[i]!]!;
    const segment = categorical(rng, odds);
    s.segment[i] = segment;
    if (proceduralist) {
      s.volumeWeight[i] = volumeBySegment[segment]! * logNormal(rng, 0, 0.5);
      s.pull[i] = Math.min(40, pareto(rng, 1.8)) * pullBySegment[segment]! * a.pull[account]!;
      s.referralRate[i] = 1.5;
    } else if (physician) {
      s.pull[i] = 0.05 * pareto(rng, 1.5);
      s.referralRate[i] = 4 * referBySegment[segment]!;
    }
    const secondChance = physician ? secondAffiliationBySegment[segment]! : s.role[i] === role('nurse') ? 0.05 : 0;
    if (secondChance > 0 && chance(rng, secondChance)) {
      const options = sitesByState[a.state[account]!] ?? [];
      const other = options.length > 1 ? options[rng.int(options.length)]! : -1;
      s.secondary[i] = other === account ? -1 : other;
    }
  }
  return s;
}

/** Hospitals and ASCs of each state: where physicians hold second appointments. */
function treatingSitesByState(a: Accounts): number[][] {
  const byState: number[][] = [];
  for (let i = 0; i < a.count; i++) {
    const type = a.type[i]!;
    if (type !== accountType('hospital') && type !== accountType('asc')) continue;
    (byState[a.state[i]!] ??= []).push(i);
  }
  return byState;
}
