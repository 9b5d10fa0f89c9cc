/**
 * Procedure/claims volumes per account and per stakeholder for the current window (the latest
 * `volume.periods` periods) and the window before it, with codes known to be under-reported corrected
 * (count / reported rate), plus diagnosed patients and population for the untreated potential.
 *
 * Account-level rows win over stakeholder-level rows for the same account (they describe the same
 * procedures; adding both would count them twice); an account with only stakeholder rows gets the sum of
 * its stakeholders'. Bad rows, each counted: negative counts are dropped; suppressed counts (CMS hides
 * 1–10) take `suppressed_value`; rows for an unknown account or stakeholder are dropped.
 * Requires the temp tables of `loadUniverse`.
 *
 * Complexity: one scan and one aggregation of `volumes` in DuckDB.
 */
import type { Workspace } from '../../data/workspace.js';
import { Params } from '../../data/sql.js';
import type { PrioritizationSpec } from '../../spec/prioritization.js';
import { readColumns } from '../../data/read-columns.js';

export interface VolumeIssues {
  readonly volumeRows: number;
  readonly negativeVolumes: number;
  readonly suppressedVolumes: number;
  readonly volumesForUnknownEntities: number;
}

export interface Volumes {
  /** Per account (index of pz_accounts). */
  readonly volume: Float64Array;
  readonly previousVolume: Float64Array;
  readonly treated: Float64Array;
  readonly diagnosed: Float64Array;
  /** Latest population value; NaN when none. */
  readonly population: Float64Array;
  readonly hasVolume: Uint8Array;
  /** Per stakeholder: own volume in the current window. */
  readonly stakeholderVolume: Float64Array;
  readonly periods: readonly string[];
  readonly issues: VolumeIssues;
}

export async function loadVolumes(ws: Workspace, spec: PrioritizationSpec, accountCount: number, stakeholderCount: number): Promise<Volumes> {
  const { volume, potential } = spec;
  const p = new Params();
  const notVolume = [...potential.diagnosis_codes, ...(potential.population_code ? [potential.population_code] : [])];
  const isVolume = volume.codes.length > 0 ? `code in ${p.list(volume.codes)}` : notVolume.length > 0 ? `code not in ${p.list(notVolume)}` : 'true';
  const isTreated = potential.treated_codes.length > 0 ? `code in ${p.list(potential.treated_codes)}` : isVolume;
  const isDiagnosis = `code in ${p.list(potential.diagnosis_codes)}`;
  const isPopulation = `code = ${p.add(potential.population_code ?? null)}`;
  const rates = Object.entries(volume.reported_rate);
  const rate = rates.length === 0 ? '1.0' : `case ${rates.map(([c, r]) => `when code = ${p.add(c)} then ${p.add(r)}`).join(' ')} else 1.0 end`;
  const suppressed = p.add(volume.suppressed_value);
  const window = p.add(volume.periods);
  await ws.run(
    `create or replace temp table pz_vol as
     with v as (
       select v.*, lower(v.entity_kind) as kind, coalesce(v.suppressed, false) or v.count is null as sup,
              ${isVolume} as is_volume, ${isTreated} as is_treated, ${isDiagnosis} as is_diag, coalesce(${isPopulation}, false) as is_pop
       from volumes v
     ), periods as (
       select period, row_number() over (order by period desc) as k from (select distinct period from v where is_volume)
     )
     select v.kind, v.is_volume, v.is_treated, v.is_diag, v.is_pop, v.period, v.sup,
            case when v.kind = 'account' then a.ix when v.kind = 'stakeholder' then s.account_ix end as acc,
            case when v.kind = 'stakeholder' then s.ix end as stk,
            (v.kind = 'account' and a.ix is not null) or (v.kind = 'stakeholder' and s.ix is not null) as known,
            not v.sup and v.count < 0 as negative,
            case when pr.k <= ${window} then 'cur' when pr.k <= 2 * ${window} then 'prev' end as win,
            (case when v.sup then ${suppressed} else v.count end) / (${rate}) as value
     from v
     -- plain equi-joins (the entity kind is tested above): a kind condition inside a LEFT JOIN's ON
     -- clause turns DuckDB's hash join into a nested loop
     left join pz_accounts a on a.account_id = v.entity_id
     left join pz_ids i on i.id = v.entity_id
     left join pz_stakeholders s on s.ix = i.ix
     left join periods pr on pr.period = v.period`,
    p.values,
  );
  const [c] = await ws.all<Record<string, number>>(
    `select count(*)::bigint as rows_in, count(*) filter (where negative)::bigint as negative,
            count(*) filter (where sup and known)::bigint as suppressed, count(*) filter (where not known)::bigint as unknown
     from pz_vol`,
  );
  const periods = (await ws.all<{ period: string }>(`select distinct period from pz_vol where is_volume and win = 'cur' order by period`)).map((r) => r.period);
  const perAccount = await accountSums(ws, accountCount);
  const { columns: stk } = await readColumns(
    ws,
    `select stk::integer as stk, sum(value)::double as vol from pz_vol
     where known and not negative and kind = 'stakeholder' and is_volume and win = 'cur' group by stk`,
    [],
    { stk: 'int32', vol: 'float64' },
  );
  const stakeholderVolume = new Float64Array(stakeholderCount);
  stk.stk.forEach((s, k) => (stakeholderVolume[s] = stk.vol[k] as number));
  return {
    ...perAccount,
    stakeholderVolume,
    periods,
    issues: {
      volumeRows: Number(c?.rows_in ?? 0),
      negativeVolumes: Number(c?.negative ?? 0),
      suppressedVolumes: Number(c?.suppressed ?? 0),
      volumesForUnknownEntities: Number(c?.unknown ?? 0),
    },
  };
}

/** Account sums, account-level rows preferred over the stakeholders' when the account has any. */
async function accountSums(ws: Workspace, accountCount: number): Promise<Omit<Volumes, 'stakeholderVolume' | 'periods' | 'issues'>> {
  const sum = (condition: string): string => `sum(value) filter (where ${condition})`;
  const { columns: r } = await readColumns(
    ws,
    `with g as (
       select acc, kind,
              ${sum(`is_volume and win = 'cur'`)} as vol, ${sum(`is_volume and win = 'prev'`)} as prev,
              ${sum(`is_treated and win = 'cur'`)} as treated, ${sum(`is_diag and win = 'cur'`)} as diag,
              arg_max(value, period) filter (where is_pop) as pop
       from pz_vol where known and not negative and acc is not null group by acc, kind
     )
     select acc::integer as acc,
            coalesce(first(vol order by kind) filter (where vol is not null), 0)::double as vol,
            coalesce(first(prev order by kind) filter (where prev is not null), 0)::double as prev,
            coalesce(first(treated order by kind) filter (where treated is not null), 0)::double as treated,
            coalesce(first(diag order by kind) filter (where diag is not null), 0)::double as diag,
            (first(pop order by kind) filter (where pop is not null))::double as pop,
            coalesce(first(vol order by kind) filter (where vol is not null), 0) > 0 as has
     from g group by acc`,
    [],
    { acc: 'int32', vol: 'float64', prev: 'float64', treated: 'float64', diag: 'float64', pop: 'float64', has: 'bool' },
  );
  const out = {
    volume: new Float64Array(accountCount),
    previousVolume: new Float64Array(accountCount),
    treated: new Float64Array(accountCount),
    diagnosed: new Float64Array(accountCount),
    population: new Float64Array(accountCount).fill(NaN),
    hasVolume: new Uint8Array(accountCount),
  };
  r.acc.forEach((a, k) => {
    out.volume[a] = r.vol[k] as number;
    out.previousVolume[a] = r.prev[k] as number;
    out.treated[a] = r.treated[k] as number;
    out.diagnosed[a] = r.diag[k] as number;
    out.population[a] = r.pop[k] as number;
    out.hasVolume[a] = r.has[k] as number;
  });
  return out;
}
