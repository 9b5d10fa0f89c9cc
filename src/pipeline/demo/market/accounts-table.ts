/**
 * The `accounts` table of the demo market: the descriptive columns (names, towns, beds, service lines,
 * value-analysis committee, EHR vendor, installed device vendors, source, last_verified) drawn around the
 * planted structure in `accounts.ts`. Beds follow a hospital's volume, installed vendors include ours
 * where our share is real, and a system's members mostly share its EHR.
 *
 * Complexity: O(accounts).
 */
import type { Rng } from '../../../core/random/rng.js';
import type { Accounts } from './accounts.js';
import type { Calendar } from './calendar.js';
import { accountType, accountTypes, clinicKinds, deviceVendors, ehrVendors, hospitalServiceLines, ourCompany, sources } from './catalog.js';
import { regions, stateRegion, states } from './geography.js';
import { ascName, clinicName, distributorNames, gpoNames, hospitalName, labName, payerNames, systemName, townName } from './names.js';
import { categorical, chance, logNormal } from './sampling.js';
import {
  boolColumn,
  constantEnum,
  dateColumn,
  enumColumn,
  idColumn,
  intColumn,
  table,
  textColumn,
  type Table,
} from './table.js';

export const accountIdWidth = 6;

const hospitalEhr = [0.42, 0.22, 0.18, 0.04, 0.06, 0.08];
const practiceEhr = [0.25, 0.05, 0.05, 0.3, 0.25, 0.1];
const vacRate: Readonly<Record<string, number>> = { health_system: 1, asc: 0.25, specialty_clinic: 0.03, independent_lab: 0.2 };

export function accountsTable(rng: Rng, a: Accounts, cal: Calendar): Table {
  const n = a.count;
  const names: string[] = [];
  const towns: string[] = [];
  const beds = new Float64Array(n).fill(Number.NaN);
  const serviceLines: (string | null)[] = [];
  const hasVac = new Uint8Array(n).fill(2);
  const ehr = new Int16Array(n).fill(-1);
  const installed: (string | null)[] = [];
  const lastVerified = new Int32Array(n);
  const counters = { gpo: 0, distributor: 0, payer: 0 };

  for (let i = 0; i < n; i++) {
    const type = accountTypes[a.type[i]!]!;
    const town = townName(rng);
    towns.push(town);
    names.push(accountName(rng, type, town, a.clinicKind[i]!, counters));
    if (type === 'hospital') {
      beds[i] = Math.round(Math.min(1500, Math.max(25, 160 * Math.pow(a.procedures[i]! / 70, 0.8) * logNormal(rng, 0, 0.3))));
      hasVac[i] = chance(rng, beds[i]! > 100 ? 0.95 : 0.6) ? 1 : 0;
    } else if (vacRate[type] !== undefined) {
      hasVac[i] = chance(rng, vacRate[type]) ? 1 : 0;
    }
    serviceLines.push(serviceLinesOf(rng, type, a.clinicKind[i]!));
    ehr[i] = chooseEhr(rng, a, i, ehr);
    installed.push(installedVendors(rng, a, i));
    lastVerified[i] = cal.asOfDay - Math.min(1100, Math.round(-140 * Math.log(1 - rng.next())));
  }

  const region = Int16Array.from(a.state, (s) => stateRegion[s]!);
  return table('accounts', n, [
    idColumn('account_id', 'A', accountIdWidth, Int32Array.from({ length: n }, (_, i) => i + 1)),
    textColumn('name', names),
    enumColumn('type', accountTypes, Int16Array.from(a.type)),
    idColumn('parent_id', 'A', accountIdWidth, Int32Array.from(a.parent, (p) => (p < 0 ? -1 : p + 1))),
    idColumn('gpo_id', 'A', accountIdWidth, Int32Array.from(a.gpo, (g) => (g < 0 ? -1 : g + 1))),
    enumColumn('state', states.map((s) => s.code), Int16Array.from(a.state)),
    textColumn('zip', Array.from(a.zip, (z) => String(z).padStart(5, '0'))),
    textColumn('city', towns),
    enumColumn('region', regions, region),
    idColumn('territory_id', 'T', 3, Int32Array.from(a.territory, (t) => t + 1)),
    intColumn('beds', beds),
    textColumn('service_lines', serviceLines),
    boolColumn('has_vac', hasVac),
    enumColumn('ehr_vendor', ehrVendors, ehr),
    textColumn('installed_vendors', installed),
    constantEnum('source', sources.crm, n),
    dateColumn('last_verified', lastVerified),
  ]);
}

function accountName(rng: Rng, type: string, town: string, clinicKind: number, counters: { gpo: number; distributor: number; payer: number }): string {
  switch (type) {
    case 'health_system':
      return systemName(rng, town);
    case 'gpo':
      return gpoNames[counters.gpo++ % gpoNames.length]!;
    case 'distributor':
      return distributorNames[counters.distributor++ % distributorNames.length]!;
    case 'payer':
      return payerNames[counters.payer++ % payerNames.length]!;
    case 'hospital':
      return hospitalName(rng, town);
    case 'asc':
      return ascName(rng, town);
    case 'specialty_clinic':
      return clinicName(town, clinicKinds[clinicKind] ?? 'vascular');
    default:
      return labName(rng, town);
  }
}

function serviceLinesOf(rng: Rng, type: string, clinicKind: number): string | null {
  if (type === 'hospital') {
    const lines = hospitalServiceLines.filter((_, k) => k < 3 || chance(rng, 0.5));
    return lines.join(';');
  }
  if (type === 'asc') return chance(rng, 0.5) ? 'vascular;orthopedics' : 'vascular';
  if (type === 'specialty_clinic') return clinicKinds[clinicKind] ?? null;
  if (type === 'independent_lab') return 'laboratory';
  return null;
}

/** Members of a system mostly run the system's EHR; practices run ambulatory EHRs. */
function chooseEhr(rng: Rng, a: Accounts, i: number, chosen: Int16Array): number {
  const type = a.type[i]!;
  if (type === accountType('gpo') || type === accountType('distributor') || type === accountType('payer')) return -1;
  const parent = a.parent[i]!;
  if (parent >= 0 && chosen[parent]! >= 0 && chance(rng, 0.85)) return chosen[parent]!;
  return categorical(rng, type === accountType('hospital') || type === accountType('health_system') ? hospitalEhr : practiceEhr);
}

/** Device vendors on the shelf of a treating site: ours where our share is real, competitors otherwise. */
function installedVendors(rng: Rng, a: Accounts, i: number): string | null {
  if (a.quadrant[i]! < 0) return null;
  const vendors = deviceVendors.filter((v, k) => (v === ourCompany ? a.share[i]! > 0.15 : k === 1 || chance(rng, 0.5)));
  return vendors.join(';');
}
