/**
 * The `stakeholders` and `affiliations` tables of the demo market. Physicians (and some nurse
 * practitioners and lab directors) carry a valid NPI; everyone has consent flags, a source and a
 * last_verified date about 190 days old on average, so roughly one record in seven is stale (older than
 * 365 days), as in a real CRM. Affiliations list each person's primary account and, for some, a second one.
 *
 * Complexity: O(stakeholders).
 */
import type { Rng } from '../../../core/random/rng.js';
import type { Accounts } from './accounts.js';
import { accountIdWidth } from './accounts-table.js';
import type { Calendar } from './calendar.js';
import { departments, role, roles, sources, specialties } from './catalog.js';
import { states } from './geography.js';
import { personName } from './names.js';
import { demoNpi } from './npi.js';
import { chance } from './sampling.js';
import type { Stakeholders } from './stakeholders.js';
import {
  boolColumn,
  dateColumn,
  enumColumn,
  floatColumn,
  idColumn,
  table,
  textColumn,
  type Table,
} from './table.js';

export const stakeholderIdWidth = 7;

/** Department by specialty (physicians), in `specialties` order. */
const specialtyDepartment = [0, 1, 2, 1, 3, 3, 4, 5, 6, 14];
/** Department by role, in `roles` order (physicians use the specialty; nurses are decided below). */
const roleDepartment = [-1, 7, 9, 10, 11, 12, 13, 14];
const npiRate = [1, 0.4, 0, 0, 0, 0, 0, 0.5];

export interface StakeholderTables {
  readonly stakeholders: Table;
  readonly affiliations: Table;
  /** 1 where the stakeholder agreed to e-mail (e-mail events need it). */
  readonly consentEmail: Uint8Array;
}

export function stakeholderTables(rng: Rng, s: Stakeholders, a: Accounts, cal: Calendar): StakeholderTables {
  const n = s.count;
  const npiOffset = rng.int(100_000_000);
  const npis: (string | null)[] = [];
  const names: string[] = [];
  const department = new Int16Array(n);
  const consentEmail = new Uint8Array(n);
  const consentCall = new Uint8Array(n);
  const source = new Int16Array(n);
  const lastVerified = new Int32Array(n);
  let npiCount = 0;
  for (let i = 0; i < n; i++) {
    const r = s.role[i]!;
    npis.push(chance(rng, npiRate[r]!) ? demoNpi(npiCount++, npiOffset) : null);
    names.push(personName(rng));
    department[i] =
      r === role('physician') ? specialtyDepartment[s.specialty[i]!]! : r === role('nurse') ? (chance(rng, 0.7) ? 7 : 8) : roleDepartment[r]!;
    consentEmail[i] = chance(rng, 0.78) ? 1 : 0;
    consentCall[i] = chance(rng, consentEmail[i] ? 0.7 : 0.4) ? 1 : 0;
    source[i] = r === role('physician') && chance(rng, 0.4) ? 1 : 0;
    lastVerified[i] = cal.asOfDay - Math.min(1100, Math.round(-190 * Math.log(1 - rng.next())));
  }
  const accountIds = Int32Array.from(s.account, (x) => x + 1);
  const stakeholders = table('stakeholders', n, [
    idColumn('stakeholder_id', 'S', stakeholderIdWidth, Int32Array.from({ length: n }, (_, i) => i + 1)),
    textColumn('npi', npis),
    textColumn('name', names),
    enumColumn('role', roles, Int16Array.from(s.role)),
    enumColumn('specialty', specialties, Int16Array.from(s.specialty)),
    enumColumn('department', departments, department),
    idColumn('account_id', 'A', accountIdWidth, accountIds),
    idColumn('territory_id', 'T', 3, Int32Array.from(s.account, (x) => a.territory[x]! + 1)),
    enumColumn('state', states.map((st) => st.code), Int16Array.from(s.account, (x) => a.state[x]!)),
    textColumn('zip', Array.from(s.account, (x) => String(a.zip[x]!).padStart(5, '0'))),
    boolColumn('consent_email', consentEmail),
    boolColumn('consent_call', consentCall),
    enumColumn('source', [sources.crm, sources.registry], source),
    dateColumn('last_verified', lastVerified),
  ]);
  return { stakeholders, affiliations: affiliationsTable(rng, s, lastVerified), consentEmail };
}

function affiliationsTable(rng: Rng, s: Stakeholders, lastVerified: Int32Array): Table {
  const n = s.count;
  let rows = n;
  for (let i = 0; i < n; i++) if (s.secondary[i]! >= 0) rows++;
  const who = new Int32Array(rows);
  const where = new Int32Array(rows);
  const kind = new Int16Array(rows);
  const weight = new Float64Array(rows);
  const verified = new Int32Array(rows);
  let r = 0;
  for (let i = 0; i < n; i++) {
    const second = s.secondary[i]!;
    const primaryWeight = second >= 0 ? 0.6 + 0.3 * rng.next() : 1;
    who[r] = i + 1;
    where[r] = s.account[i]! + 1;
    weight[r] = primaryWeight;
    verified[r++] = lastVerified[i]!;
    if (second < 0) continue;
    who[r] = i + 1;
    where[r] = second + 1;
    kind[r] = 1;
    weight[r] = 1 - primaryWeight;
    verified[r++] = lastVerified[i]!;
  }
  return table('affiliations', rows, [
    idColumn('stakeholder_id', 'S', stakeholderIdWidth, who),
    idColumn('account_id', 'A', accountIdWidth, where),
    enumColumn('kind', ['primary', 'secondary'], kind),
    floatColumn('weight', weight, 3),
    enumColumn('source', [sources.crm], new Int16Array(rows)),
    dateColumn('last_verified', verified),
  ]);
}
