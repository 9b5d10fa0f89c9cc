/**
 * The accounts of the demo market and the planted account truth. Health systems own hospitals (and some
 * ASCs and clinics) through `parent`, GPOs serve systems and sites through `gpo`; treating sites
 * (hospitals, ASCs, vascular and cardiology clinics) get a planted quadrant that drives their
 * opportunity (procedure volume, untreated patients, growth, referral pull) and their current position
 * (our share, rep relationship). Everything the later tables need about an account lives here as one
 * typed array per attribute.
 *
 * Complexity: O(accounts).
 */
import type { Rng } from '../../../core/random/rng.js';
import { accountType, accountTypes, type AccountType, clinicKindWeights, highOpportunity, highPosition, proceduralClinicKinds, quadrantShares } from './catalog.js';
import { states } from './geography.js';
import { categorical, chance, cumulative, drawCumulative, logistic, logNormal } from './sampling.js';
import type { Territories } from './territories.js';

export interface Accounts {
  readonly count: number;
  readonly type: Int8Array;
  /** Index into `clinicKinds` for specialty clinics, else -1. */
  readonly clinicKind: Int8Array;
  readonly state: Int16Array;
  readonly zip: Int32Array;
  readonly parent: Int32Array;
  readonly gpo: Int32Array;
  readonly territory: Int16Array;
  /** Planted quadrant (index into `quadrants`) for treating sites, else -1. */
  readonly quadrant: Int8Array;
  /** Peripheral interventions per quarter at the end of the period (0 for sites that do not treat). */
  readonly procedures: Float64Array;
  /** Diagnosed PAD patients per treated patient: the untreated potential. */
  readonly diagnosedPerTreated: Float64Array;
  /** Quarter-on-quarter growth factor of procedures. */
  readonly trend: Float64Array;
  /** Our share of category units. */
  readonly share: Float64Array;
  /** Multiplier on rep activity: the relationship we have with the account. */
  readonly relationship: Float64Array;
  /** Multiplier on referrals flowing to the account's physicians. */
  readonly pull: Float64Array;
  /** Relative number of stakeholders working there. */
  readonly staffWeight: Float64Array;
}

export type TypeCounts = Readonly<Record<AccountType, number>>;

/** How many accounts of each type a market with `sites` care sites has, in id order. */
export function accountTypeCounts(sites: number): TypeCounts {
  const hospitals = Math.max(6, Math.round(sites * 0.22));
  return {
    health_system: Math.max(2, Math.round(hospitals / 6)),
    gpo: sites < 1000 ? 2 : 3,
    distributor: sites < 1000 ? 2 : 3,
    payer: sites < 1000 ? 3 : 5,
    hospital: hospitals,
    asc: Math.round(sites * 0.18),
    specialty_clinic: Math.round(sites * 0.55),
    independent_lab: Math.max(2, Math.round(sites * 0.05)),
  };
}

/** Peripheral interventions per quarter of a typical treating site, by type. */
const baseProcedures: Partial<Readonly<Record<AccountType, number>>> = { hospital: 70, asc: 40, specialty_clinic: 30 };
const joinsSystemRate: Partial<Readonly<Record<AccountType, number>>> = { hospital: 0.6, asc: 0.25, specialty_clinic: 0.12, independent_lab: 0.1 };
/** Relative headcount of stakeholders by account type (hospitals scale with their volume). */
const staffBase: Readonly<Record<AccountType, number>> = {
  health_system: 12,
  gpo: 6,
  distributor: 4,
  payer: 6,
  hospital: 35,
  asc: 9,
  specialty_clinic: 7,
  independent_lab: 5,
};

export function buildAccounts(rng: Rng, sites: number, territories: Territories): Accounts {
  const counts = accountTypeCounts(sites);
  const count = accountTypes.reduce((sum, t) => sum + counts[t], 0);
  const a = allocate(count);
  const stateCum = cumulative(states.map((st) => st.population));
  const firstOf = (t: AccountType): number => accountTypes.slice(0, accountType(t)).reduce((sum, k) => sum + counts[k], 0);
  const systems = { from: firstOf('health_system'), n: counts.health_system };
  const gpos = { from: firstOf('gpo'), n: counts.gpo };

  let i = 0;
  for (const typeName of accountTypes) {
    const type = accountType(typeName);
    for (let k = 0; k < counts[typeName]; k++, i++) {
      a.type[i] = type;
      const parent = chance(rng, joinsSystemRate[typeName] ?? 0) ? systems.from + rng.int(systems.n) : -1;
      a.parent[i] = parent;
      placeAccount(rng, a, i, parent, stateCum, territories);
      a.gpo[i] = chooseGpo(rng, a, i, parent, gpos);
      if (type === accountType('specialty_clinic')) a.clinicKind[i] = categorical(rng, clinicKindWeights);
      plantQuadrant(rng, a, i);
    }
  }
  return { count, ...a };
}

function allocate(n: number): Omit<Accounts, 'count'> {
  return {
    type: new Int8Array(n),
    clinicKind: new Int8Array(n).fill(-1),
    state: new Int16Array(n),
    zip: new Int32Array(n),
    parent: new Int32Array(n).fill(-1),
    gpo: new Int32Array(n).fill(-1),
    territory: new Int16Array(n),
    quadrant: new Int8Array(n).fill(-1),
    procedures: new Float64Array(n),
    diagnosedPerTreated: new Float64Array(n),
    trend: new Float64Array(n).fill(1),
    share: new Float64Array(n),
    relationship: new Float64Array(n).fill(1),
    pull: new Float64Array(n).fill(1),
    staffWeight: new Float64Array(n),
  };
}

type Mutable = ReturnType<typeof allocate>;

/** State, ZIP, town and territory; members of a system sit in the system's state. */
function placeAccount(rng: Rng, a: Mutable, i: number, parent: number, stateCum: Float64Array, territories: Territories): void {
  const state = parent >= 0 ? a.state[parent]! : drawCumulative(rng, stateCum);
  const st = states[state]!;
  const zip3 = st.zip3From + rng.int(st.zip3To - st.zip3From + 1);
  a.state[i] = state;
  a.zip[i] = zip3 * 100 + rng.int(100);
  a.territory[i] = territories.territoryOf(state, zip3);
}

/** Systems contract with a GPO and their members mostly follow; independents often have their own. */
function chooseGpo(rng: Rng, a: Mutable, i: number, parent: number, gpos: { from: number; n: number }): number {
  const type = a.type[i]!;
  if (type === accountType('gpo') || type === accountType('distributor') || type === accountType('payer')) return -1;
  if (parent >= 0 && chance(rng, 0.9)) return a.gpo[parent]!;
  const p = type === accountType('health_system') ? 1 : type === accountType('hospital') ? 0.85 : type === accountType('asc') ? 0.6 : 0.3;
  return chance(rng, p) ? gpos.from + rng.int(gpos.n) : -1;
}

/**
 * Treating sites get a quadrant; it sets volume (±0.75 in log, about 4.5x between high and low
 * opportunity), untreated potential, growth and referral pull, and our share (about 52% against 9%) and
 * rep relationship. Noise keeps the quadrants overlapping at the edges, as real markets do.
 */
function plantQuadrant(rng: Rng, a: Mutable, i: number): void {
  const type = a.type[i]!;
  const treats =
    type === accountType('hospital') ||
    type === accountType('asc') ||
    (type === accountType('specialty_clinic') && a.clinicKind[i]! < proceduralClinicKinds);
  const typeName = accountTypes[type]!;
  a.staffWeight[i] = staffBase[typeName];
  if (!treats) return;
  const q = categorical(rng, quadrantShares);
  const opp = highOpportunity(q);
  const pos = highPosition(q);
  a.quadrant[i] = q;
  a.procedures[i] = logNormal(rng, Math.log(baseProcedures[typeName] ?? 30) + (opp ? 0.75 : -0.75), 0.3);
  a.diagnosedPerTreated[i] = (opp ? 2.6 : 1.6) * logNormal(rng, 0, 0.15);
  a.trend[i] = q === 3 ? 1.03 : q === 1 ? 1.02 : q === 0 ? 0.99 : 1;
  a.share[i] = logistic((pos ? 0.1 : -2.3) + 0.4 * rng.normal());
  a.relationship[i] = (pos ? 2 : 0.6) * logNormal(rng, 0, 0.2);
  a.pull[i] = opp ? 2.5 : 0.7;
  if (type === accountType('hospital')) a.staffWeight[i] = staffBase.hospital * Math.pow(a.procedures[i]! / 70, 0.6);
}
