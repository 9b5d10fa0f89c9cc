/**
 * The softer signals: KOL signals per stakeholder and kind (publications, trials, speaker programmes,
 * Open Payments — whatever kinds the table holds), weighted engagement per account (relationship), and
 * affiliation weight per account. Negative KOL values are dropped and counted; rows naming unknown
 * stakeholders or accounts are dropped and counted. Requires the temp tables of `loadUniverse`.
 *
 * Complexity: three aggregations in DuckDB; KOL signals come back as a stakeholders x kinds matrix.
 */
import type { Workspace } from '../../data/workspace.js';
import { Params } from '../../data/sql.js';
import { matrix, type Matrix } from '../../core/matrix/matrix.js';
import type { PrioritizationSpec } from '../../spec/prioritization.js';
import { readColumns } from '../../data/read-columns.js';

export interface SignalIssues {
  readonly negativeKolSignals: number;
  readonly kolForUnknownStakeholders: number;
  readonly eventsForUnknownEntities: number;
  readonly affiliationsForUnknownEntities: number;
}

export interface Signals {
  readonly kolKinds: readonly string[];
  /** Stakeholders x kinds, summed values. */
  readonly kol: Matrix;
  readonly kolWeights: Float64Array;
  /** Weighted engagement events per account. */
  readonly contacts: Float64Array;
  /** Stakeholders whose primary account it is, per account. */
  readonly staff: Float64Array;
  /** Sum of affiliation weights (1 when missing) per account. */
  readonly affiliated: Float64Array;
  readonly issues: SignalIssues;
}

export async function loadSignals(ws: Workspace, spec: PrioritizationSpec, accountCount: number, stakeholderCount: number): Promise<Signals> {
  const kol = await loadKol(ws, spec, stakeholderCount);
  const events = await loadEvents(ws, spec, accountCount);
  const aff = await loadAffiliations(ws, accountCount);
  const { columns: st } = await readColumns(
    ws,
    'select account_ix::integer as acc, count(*)::double as n from pz_stakeholders where account_ix is not null group by account_ix',
    [],
    { acc: 'int32', n: 'float64' },
  );
  const staff = scatter(accountCount, st.acc, st.n);
  return {
    ...kol.signals,
    contacts: events.contacts,
    staff,
    affiliated: aff.affiliated,
    issues: { ...kol.issues, eventsForUnknownEntities: events.unknown, affiliationsForUnknownEntities: aff.unknown },
  };
}

function scatter(n: number, index: Int32Array, values: Float64Array): Float64Array {
  const out = new Float64Array(n);
  index.forEach((i, k) => (out[i] = values[k] as number));
  return out;
}

async function loadKol(ws: Workspace, spec: PrioritizationSpec, stakeholderCount: number) {
  await ws.run(
    `create or replace temp table pz_kol as
     select i.ix as stk, lower(trim(k.kind)) as kind, k.value from kol_signals k left join pz_ids i on i.id = k.stakeholder_id`,
  );
  const [c] = await ws.all<Record<string, number>>(
    `select count(*) filter (where value < 0)::bigint as negative, count(*) filter (where stk is null)::bigint as unknown from pz_kol`,
  );
  await ws.run(
    `create or replace temp table pz_kinds as
     select kind, (row_number() over (order by kind) - 1)::integer as k from (select distinct kind from pz_kol where kind is not null)`,
  );
  const kinds = (await ws.all<{ kind: string }>('select kind from pz_kinds order by k')).map((r) => r.kind);
  const { columns: r } = await readColumns(
    ws,
    `select p.stk::integer as stk, t.k, sum(p.value)::double as v
     from pz_kol p join pz_kinds t on t.kind = p.kind where p.stk is not null and p.value >= 0 group by p.stk, t.k`,
    [],
    { stk: 'int32', k: 'int32', v: 'float64' },
  );
  const m = matrix(stakeholderCount, kinds.length);
  r.stk.forEach((s, e) => (m.data[s * kinds.length + (r.k[e] as number)] = r.v[e] as number));
  const weights = Float64Array.from(kinds, (kind) => lookupWeight(spec.kol.signals, kind, 1));
  return {
    signals: { kolKinds: kinds, kol: m, kolWeights: weights },
    issues: { negativeKolSignals: Number(c?.negative ?? 0), kolForUnknownStakeholders: Number(c?.unknown ?? 0) },
  };
}

/** Case-insensitive lookup of a configured weight. */
function lookupWeight(weights: Readonly<Record<string, number>>, key: string, fallback: number): number {
  for (const [name, w] of Object.entries(weights)) if (name.toLowerCase() === key) return w;
  return fallback;
}

async function loadEvents(ws: Workspace, spec: PrioritizationSpec, accountCount: number): Promise<{ contacts: Float64Array; unknown: number }> {
  const p = new Params();
  const entries = Object.entries(spec.relationship.event_types);
  const weight = entries.length === 0 ? p.add(spec.relationship.other) : `case ${entries.map(([t, w]) => `when lower(e.type) = lower(${p.add(t)}) then ${p.add(w)}`).join(' ')} else ${p.add(spec.relationship.other)} end`;
  await ws.run(
    `create or replace temp table pz_events as
     select coalesce(a.ix, s.account_ix) as acc, (${weight})::double as w
     from engagement_events e left join pz_accounts a on a.account_id = e.account_id
     left join pz_ids i on i.id = e.stakeholder_id left join pz_stakeholders s on s.ix = i.ix`,
    p.values,
  );
  const [c] = await ws.all<{ n: number }>('select count(*) filter (where acc is null)::bigint as n from pz_events');
  const { columns: r } = await readColumns(ws, 'select acc::integer as acc, sum(w)::double as w from pz_events where acc is not null group by acc', [], {
    acc: 'int32',
    w: 'float64',
  });
  return { contacts: scatter(accountCount, r.acc, r.w), unknown: Number(c?.n ?? 0) };
}

async function loadAffiliations(ws: Workspace, accountCount: number): Promise<{ affiliated: Float64Array; unknown: number }> {
  await ws.run(
    `create or replace temp table pz_aff as
     select a.ix as acc, i.ix as stk, greatest(coalesce(f.weight, 1), 0) as w
     from affiliations f left join pz_accounts a on a.account_id = f.account_id left join pz_ids i on i.id = f.stakeholder_id`,
  );
  const [c] = await ws.all<{ n: number }>('select count(*) filter (where acc is null or stk is null)::bigint as n from pz_aff');
  const { columns: r } = await readColumns(
    ws,
    'select acc::integer as acc, sum(w)::double as w from (select acc, stk, max(w) as w from pz_aff where acc is not null and stk is not null group by acc, stk) group by acc',
    [],
    { acc: 'int32', w: 'float64' },
  );
  return { affiliated: scatter(accountCount, r.acc, r.w), unknown: Number(c?.n ?? 0) };
}
