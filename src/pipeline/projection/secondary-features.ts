/**
 * The secondary variables of every stakeholder in a workspace — what the projection may use, because the
 * whole universe has them (no survey answer is among them): role, specialty, account type, beds, value
 * analysis committee; procedure volumes of the stakeholder and of the account; affiliations; referral
 * network measures (shared-patient in/out strength, partners, PageRank as networkx computes it);
 * engagement (events, channels, days since the last one); KOL signals. Counts absent from a source are 0.
 *
 * Complexity: one grouped DuckDB query per source plus O(edges) PageRank iterations.
 *
 * @example
 * const { table, inputs, log1p } = await secondaryFeatures(ws);   // table.rows = number of stakeholders
 */
import { buildDirectedGraph } from '../../core/network/directed-graph.js';
import { pagerank } from '../../core/network/pagerank.js';
import type { Workspace } from '../../data/workspace.js';
import { tableFromRecords, type InputTable } from '../score/input-table.js';

/** The projection's inputs, in model order. */
export const secondaryInputs = [
  'role',
  'specialty',
  'account_type',
  'beds',
  'account_has_vac',
  'volume',
  'volume_codes',
  'account_volume',
  'affiliations',
  'referrals_in',
  'referrals_out',
  'referral_partners',
  'pagerank',
  'engagements',
  'engagement_channels',
  'days_since_engagement',
  'kol_signals',
] as const;

/** Skewed counts, modelled on ln(1 + x). */
export const secondaryLog1p: readonly string[] = ['beds', 'volume', 'account_volume', 'affiliations', 'referrals_in', 'referrals_out', 'referral_partners', 'engagements', 'kol_signals'];

const featuresSql = `
with vol as (select entity_id, sum(count) as volume, count(distinct code) as volume_codes from volumes
             where entity_kind = 'stakeholder' and count is not null group by 1),
     acc as (select entity_id, sum(count) as account_volume from volumes where entity_kind = 'account' and count is not null group by 1),
     aff as (select stakeholder_id, count(*) as affiliations from affiliations group by 1),
     rout as (select from_id as id, sum(coalesce(shared_patients, 0)) as referrals_out, count(distinct to_id) as n from referrals group by 1),
     rin as (select to_id as id, sum(coalesce(shared_patients, 0)) as referrals_in, count(distinct from_id) as n from referrals group by 1),
     eng as (select stakeholder_id, count(*) as engagements, count(distinct channel) as channels, max(ts) as last_ts from engagement_events group by 1),
     latest as (select max(ts) as now from engagement_events),
     kol as (select stakeholder_id, count(*) as kol_signals from kol_signals group by 1)
select s.stakeholder_id, s.role, s.specialty, a.type as account_type, a.beds,
       case when a.has_vac then 1 when a.has_vac is not null then 0 end as account_has_vac,
       coalesce(vol.volume, 0) as volume, coalesce(vol.volume_codes, 0) as volume_codes,
       coalesce(acc.account_volume, 0) as account_volume, coalesce(aff.affiliations, 0) as affiliations,
       coalesce(rin.referrals_in, 0) as referrals_in, coalesce(rout.referrals_out, 0) as referrals_out,
       coalesce(rin.n, 0) + coalesce(rout.n, 0) as referral_partners,
       coalesce(eng.engagements, 0) as engagements, coalesce(eng.channels, 0) as engagement_channels,
       coalesce(date_diff('day', eng.last_ts, latest.now), 3650) as days_since_engagement,
       coalesce(kol.kol_signals, 0) as kol_signals
from stakeholders s
left join accounts a on a.account_id = s.account_id
left join vol on vol.entity_id = s.stakeholder_id
left join acc on acc.entity_id = s.account_id
left join aff on aff.stakeholder_id = s.stakeholder_id
left join rin on rin.id = s.stakeholder_id
left join rout on rout.id = s.stakeholder_id
left join eng on eng.stakeholder_id = s.stakeholder_id
left join kol on kol.stakeholder_id = s.stakeholder_id
cross join latest
order by s.stakeholder_id`;

export interface SecondaryFeatures {
  readonly table: InputTable;
  readonly ids: readonly string[];
}

export async function secondaryFeatures(ws: Workspace): Promise<SecondaryFeatures> {
  const rows = await ws.all(featuresSql);
  const ids = rows.map((r) => String(r.stakeholder_id));
  const scores = await referralPagerank(ws, ids);
  rows.forEach((r, i) => (r.pagerank = scores[i]!));
  return { table: tableFromRecords(rows, ['stakeholder_id', ...secondaryInputs]), ids };
}

/** PageRank of every stakeholder in the shared-patient referral network (weights = shared patients). */
async function referralPagerank(ws: Workspace, ids: readonly string[]): Promise<Float64Array> {
  const index = new Map(ids.map((id, i) => [id, i]));
  const edges = await ws.all<{ from_id: string; to_id: string; w: number }>(
    'select from_id, to_id, sum(coalesce(shared_patients, 0)) as w from referrals group by 1, 2',
  );
  const kept = edges.filter((e) => index.has(e.from_id) && index.has(e.to_id));
  const graph = buildDirectedGraph(
    ids.length,
    Int32Array.from(kept, (e) => index.get(e.from_id)!),
    Int32Array.from(kept, (e) => index.get(e.to_id)!),
    Float64Array.from(kept, (e) => Number(e.w)),
  );
  // scaled by n so the typical stakeholder scores about 1 whatever the universe's size
  return Float64Array.from(pagerank(graph).scores, (s) => s * ids.length);
}
