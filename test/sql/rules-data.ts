/**
 * A small synthetic market for rule-equivalence tests, built to hit the edges where engines disagree:
 * NULLs in every column, dates exactly on window boundaries, events one second either side of midnight,
 * strings with quotes, SQL, LIKE wildcards, case and non-ASCII letters, and previous rule memberships for
 * exit criteria. The same rows load into DuckDB and PostgreSQL and feed the in-memory evaluator.
 */
import type pg from 'pg';
import { createRng, type Rng } from '../../src/core/random/rng.js';
import type { Workspace } from '../../src/data/workspace.js';
import type { RuleData } from '../../src/core/rules/rule-data.js';

export const asOf = '2024-06-30';
export const segmentation = 'prop';
export const injection = "'; drop table accounts; --";

export const pools = {
  type: ['hospital', 'ASC', 'clinic', injection, 'Ünïcode'],
  beds: [null, 0, 50, 99, 100, 250, 400],
  hasVac: [true, false, null],
  serviceLines: ['orthopedics;cardiology', 'cardiology', '100%_ortho', null, 'ORTHOPEDICS', "O'Brien wing"],
  state: ['ME', 'NY', null],
  date: [null, '2020-01-01', '2023-06-30', '2023-07-01', '2024-04-01', '2024-06-30', '2024-07-01'],
  role: ['physician', 'nurse', 'VAC member'],
  specialty: ['Orthopedic Surgery', 'Cardiology', null, '=HYPERLINK("http://x","y")'],
  consent: [true, false, null],
  eventType: ['webinar', 'email', 'demo_request', null],
  channel: ['web', 'email', null],
  asset: ['a1', 'a2', null],
  time: ['00:00:00', '23:59:59', '12:00:00'],
} as const;

const pick = <T>(rng: Rng, items: readonly T[]): T => items[rng.int(items.length)] as T;

function isoDay(offset: number): string {
  return new Date(Date.UTC(2024, 5, 30) + offset * 86_400_000).toISOString().slice(0, 10);
}

export interface RuleTestData {
  readonly accounts: { account_id: string; name: string; type: string; beds: number | null; has_vac: boolean | null; service_lines: string | null; state: string | null; last_verified: string | null }[];
  readonly stakeholders: { stakeholder_id: string; name: string; role: string; specialty: string | null; account_id: string | null; consent_call: boolean | null; last_verified: string | null }[];
  readonly events: { event_id: string; stakeholder_id: string | null; account_id: string | null; type: string | null; channel: string | null; asset: string | null; ts: string }[];
  readonly memberships: { kind: string; segmentation: string; entity_kind: string; entity_id: string; segment: string; valid_to: string | null }[];
}

export function makeRuleTestData(seed: number, segmentNames: readonly string[]): RuleTestData {
  const rng = createRng(seed);
  const accounts = Array.from({ length: 30 }, (_, i) => ({
    account_id: `A${String(i).padStart(2, '0')}`,
    name: `Account ${i}`,
    type: pick(rng, pools.type),
    beds: pick(rng, pools.beds),
    has_vac: pick(rng, pools.hasVac),
    service_lines: pick(rng, pools.serviceLines),
    state: pick(rng, pools.state),
    last_verified: pick(rng, pools.date),
  }));
  const stakeholders = Array.from({ length: 80 }, (_, i) => ({
    stakeholder_id: `S${String(i).padStart(3, '0')}`,
    name: `Person ${i}`,
    role: pick(rng, pools.role),
    specialty: pick(rng, pools.specialty),
    // a few without an account, a few pointing at an account that does not exist
    account_id: rng.next() < 0.1 ? null : rng.next() < 0.05 ? 'A99' : pick(rng, accounts).account_id,
    consent_call: pick(rng, pools.consent),
    last_verified: pick(rng, pools.date),
  }));
  const offsets = [-400, -366, -365, -364, -91, -90, -89, -31, -30, -1, 0, 1];
  const events = Array.from({ length: 300 }, (_, i) => {
    const s = pick(rng, stakeholders);
    return {
      event_id: `E${i}`,
      stakeholder_id: rng.next() < 0.05 ? null : s.stakeholder_id,
      account_id: rng.next() < 0.1 ? null : s.account_id,
      type: pick(rng, pools.eventType),
      channel: pick(rng, pools.channel),
      asset: pick(rng, pools.asset),
      ts: `${isoDay(pick(rng, offsets))} ${pick(rng, pools.time)}`,
    };
  });
  const memberships: RuleTestData['memberships'] = [];
  for (const a of accounts) {
    if (rng.next() < 0.5) memberships.push({ kind: 'quadrant', segmentation: 'opportunity', entity_kind: 'account', entity_id: a.account_id, segment: pick(rng, ['growth', 'expansion']), valid_to: null });
    if (rng.next() < 0.2) memberships.push({ kind: 'quadrant', segmentation: 'opportunity', entity_kind: 'account', entity_id: a.account_id, segment: 'growth', valid_to: '2024-01-01 00:00:00' });
  }
  for (const s of stakeholders) {
    if (rng.next() < 0.5) memberships.push({ kind: 'statistical', segmentation: 'survey', entity_kind: 'stakeholder', entity_id: s.stakeholder_id, segment: pick(rng, ['1', '2']), valid_to: null });
  }
  // previous members of the generated rule segments (both entity kinds, some already closed)
  for (const name of segmentNames) {
    for (const a of accounts) if (rng.next() < 0.3) memberships.push({ kind: 'rule', segmentation, entity_kind: 'account', entity_id: a.account_id, segment: name, valid_to: rng.next() < 0.2 ? '2024-01-01 00:00:00' : null });
    for (const s of stakeholders) if (rng.next() < 0.3) memberships.push({ kind: 'rule', segmentation, entity_kind: 'stakeholder', entity_id: s.stakeholder_id, segment: name, valid_to: rng.next() < 0.2 ? '2024-01-01 00:00:00' : null });
  }
  return { accounts, stakeholders, events, memberships };
}

/** The rows as the in-memory evaluator reads them. */
export function ruleDataOf(d: RuleTestData): RuleData {
  const open = d.memberships.filter((m) => m.valid_to === null);
  const previous = new Map<string, Set<string>>();
  for (const m of open) {
    if (m.kind !== 'rule' || m.segmentation !== segmentation) continue;
    previous.set(m.segment, (previous.get(m.segment) ?? new Set()).add(m.entity_id));
  }
  return {
    accounts: d.accounts,
    stakeholders: d.stakeholders,
    events: d.events,
    memberships: open.map((m) => ({ kind: m.kind, segmentation: m.segmentation, entityKind: m.entity_kind, entityId: m.entity_id, segment: m.segment })),
    previous,
  };
}

type Value = string | number | boolean | null;
interface TableSpec {
  readonly name: string;
  readonly columns: readonly (readonly [string, string])[];
  readonly rows: readonly Record<string, Value>[];
}

function tables(d: RuleTestData): TableSpec[] {
  return [
    { name: 'accounts', columns: [['account_id', 'varchar'], ['name', 'varchar'], ['type', 'varchar'], ['beds', 'integer'], ['has_vac', 'boolean'], ['service_lines', 'varchar'], ['state', 'varchar'], ['last_verified', 'date']], rows: d.accounts },
    { name: 'stakeholders', columns: [['stakeholder_id', 'varchar'], ['name', 'varchar'], ['role', 'varchar'], ['specialty', 'varchar'], ['account_id', 'varchar'], ['consent_call', 'boolean'], ['last_verified', 'date']], rows: d.stakeholders },
    { name: 'engagement_events', columns: [['event_id', 'varchar'], ['stakeholder_id', 'varchar'], ['account_id', 'varchar'], ['type', 'varchar'], ['channel', 'varchar'], ['asset', 'varchar'], ['ts', 'timestamp']], rows: d.events },
    {
      name: 'memberships',
      columns: [['kind', 'varchar'], ['segmentation', 'varchar'], ['entity_kind', 'varchar'], ['entity_id', 'varchar'], ['segment', 'varchar'], ['valid_to', 'timestamp'], ['assigned_at', 'timestamp'], ['last_verified', 'timestamp'], ['valid_from', 'timestamp']],
      rows: d.memberships.map((m) => ({ ...m, assigned_at: '2023-01-01 00:00:00', last_verified: '2023-01-01 00:00:00', valid_from: '2023-01-01 00:00:00' })),
    },
  ];
}

/** Rows as one parameterised multi-row INSERT per table (values bound, never pasted). */
function inserts(d: RuleTestData): { sql: string; params: Value[] }[] {
  return tables(d).map((t) => {
    const params: Value[] = [];
    const tuples = t.rows.map((row) => `(${t.columns.map(([c, type]) => (params.push(row[c] ?? null), `cast($${params.length} as ${type})`)).join(', ')})`);
    return { sql: `insert into ${t.name} (${t.columns.map(([c]) => c).join(', ')}) values ${tuples.join(', ')}`, params };
  });
}

/** Loads into a workspace (its migrations already created the tables). */
export async function loadIntoDuckDb(ws: Workspace, d: RuleTestData): Promise<void> {
  for (const t of tables(d)) await ws.run(`delete from ${t.name}`);
  for (const i of inserts(d)) await ws.run(i.sql, i.params);
}

/** Creates the four tables in the client's current schema and loads them. */
export async function loadIntoPostgres(client: pg.Client, d: RuleTestData): Promise<void> {
  for (const t of tables(d)) {
    await client.query(`drop table if exists ${t.name}`);
    await client.query(`create table ${t.name} (${t.columns.map(([c, type]) => `${c} ${type === 'varchar' ? 'text' : type}`).join(', ')})`);
  }
  for (const i of inserts(d)) await client.query(i.sql, i.params);
}
