/**
 * The shared-patient referral network as integer edges, with every bad row handled and counted:
 * - a referral whose from or to id is neither a stakeholder id nor a known NPI: the unknown clinician
 *   becomes a node outside the universe (patients still flow through them), counted as
 *   `referralsWithUnknownEndpoint` and `unknownNodes`;
 * - a self-referral (same person both ends, after resolving NPIs): dropped, counted;
 * - a negative count: dropped, counted; a suppressed count (CMS hides 1–10): `suppressed_value` assumed,
 *   counted; a row without from or to: dropped, counted.
 * Requires the temp tables of `loadUniverse`.
 *
 * Complexity: hash joins in DuckDB, O(referrals); the edges come back as typed arrays.
 */
import type { Workspace } from '../../data/workspace.js';
import { readColumns } from '../../data/read-columns.js';

export interface ReferralIssues {
  readonly referralRows: number;
  readonly referralsUsed: number;
  readonly selfReferrals: number;
  readonly negativeReferrals: number;
  readonly suppressedReferrals: number;
  readonly referralsMissingEndpoint: number;
  readonly referralsWithUnknownEndpoint: number;
  readonly unknownNodes: number;
}

export interface Referrals {
  /** Stakeholders are nodes 0..stakeholderCount-1; unknown clinicians follow. */
  readonly nodeCount: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly weight: Float64Array;
  readonly issues: ReferralIssues;
}

export async function loadReferrals(ws: Workspace, stakeholderCount: number, suppressedValue: number): Promise<Referrals> {
  await ws.run(
    `create or replace temp table pz_unknown as
       select id, ($1 + row_number() over (order by id) - 1)::integer as ix
       from (select from_id as id from referrals union select to_id from referrals) x
       where id is not null and not exists (select 1 from pz_ids i where i.id = x.id)`,
    [stakeholderCount],
  );
  await ws.run(
    `create or replace temp table pz_referrals as
       select coalesce(f.ix, uf.ix) as u, coalesce(t.ix, ut.ix) as v, r.shared_patients as w,
              coalesce(r.suppressed, false) or r.shared_patients is null as sup,
              (uf.ix is not null or ut.ix is not null) as unknown_end
       from referrals r
       left join pz_ids f on f.id = r.from_id left join pz_unknown uf on uf.id = r.from_id
       left join pz_ids t on t.id = r.to_id left join pz_unknown ut on ut.id = r.to_id`,
  );
  const usable = 'u is not null and v is not null and u <> v and (sup or w >= 0)';
  const [c] = await ws.all<Record<string, number>>(
    `select count(*)::bigint as rows_in, count(*) filter (where ${usable})::bigint as used,
            count(*) filter (where u is not null and v is not null and u = v)::bigint as self,
            count(*) filter (where u is not null and v is not null and u <> v and not sup and w < 0)::bigint as negative,
            count(*) filter (where ${usable} and sup)::bigint as suppressed,
            count(*) filter (where u is null or v is null)::bigint as missing,
            count(*) filter (where ${usable} and unknown_end)::bigint as unknown_end,
            (select count(*) from pz_unknown)::bigint as unknown_nodes
     from pz_referrals`,
  );
  const { columns } = await readColumns(
    ws,
    `select u::integer as u, v::integer as v, (case when sup then $1 else w end)::double as w from pz_referrals where ${usable}`,
    [suppressedValue],
    { u: 'int32', v: 'int32', w: 'float64' },
  );
  return {
    nodeCount: stakeholderCount + Number(c?.unknown_nodes ?? 0),
    from: columns.u,
    to: columns.v,
    weight: columns.w,
    issues: {
      referralRows: Number(c?.rows_in ?? 0),
      referralsUsed: Number(c?.used ?? 0),
      selfReferrals: Number(c?.self ?? 0),
      negativeReferrals: Number(c?.negative ?? 0),
      suppressedReferrals: Number(c?.suppressed ?? 0),
      referralsMissingEndpoint: Number(c?.missing ?? 0),
      referralsWithUnknownEndpoint: Number(c?.unknown_end ?? 0),
      unknownNodes: Number(c?.unknown_nodes ?? 0),
    },
  };
}
