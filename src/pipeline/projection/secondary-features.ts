/**
 * The projection's input table: the secondary variables of every stakeholder in a workspace — what the
 * projection may use, because the whole universe has them (no survey answer is among them).
 *
 *   fixed     role, specialty, account type (missing → 'none'), beds, value analysis committee, the
 *             account's procedure volume, affiliations, referral shared patients in and out with the
 *             number of partners each way, referral PageRank (./referral-pagerank.ts), days since the
 *             last engagement
 *   families  one column per procedure code, engagement (channel, type), engagement asset and KOL signal
 *             kind (./secondary-plan.ts): the plan, discovered at training time and stored in the model,
 *             fixes which columns exist
 *
 * Built set-based in DuckDB — one grouped pass per source table, a FILTER aggregate per category (values
 * as parameters, column names from the sanitizer) — into the temp table `pj_inputs`, then read as typed
 * columns. `secondaryInputsQuery` is the same SELECT, for running a model's SQL where the data lives.
 * Suppressed counts take 5 (CMS suppresses 1–10); counts absent from a source are 0.
 *
 * Complexity: one scan of each source table; O(stakeholders × columns) to read.
 *
 * @example
 * const { table, ids, plan, inputs, log1p } = await secondaryFeatures(ws);   // table.rows = stakeholders
 */
import type { Workspace } from '../../data/workspace.js';
import { ident, Params } from '../../data/sql.js';
import type { DuckDBValue } from '@duckdb/node-api';
import { textColumn, type InputTable } from '../score/input-table.js';
import { readInputTable } from './read-input-table.js';
import { pagerankTable, stageReferralPagerank, suppressedCount } from './referral-pagerank.js';
import { discoverSecondaryPlan, secondaryFamilies, type SecondaryCategory, type SecondaryPlan } from './secondary-plan.js';

/** Text inputs (indicators of their levels). */
export const categoricalInputs = ['role', 'specialty', 'account_type'] as const;
/** Numeric inputs every workspace has. */
export const fixedNumericInputs = [
  'beds',
  'account_has_vac',
  'account_volume',
  'affiliations',
  'referrals_in',
  'referrers',
  'referrals_out',
  'referred_to',
  'pagerank',
  'days_since_engagement',
] as const;

/**
 * What a projection may be asked to use (`projection.inputs` in segmap.yaml): the fixed inputs, and the
 * families, each standing for all of its columns (see expandSecondaryInputs).
 */
export const secondaryInputs: readonly string[] = [...categoricalInputs, ...fixedNumericInputs, ...secondaryFamilies];

/** Skewed counts, modelled on ln(1 + x); a family name covers all of its columns. */
export const secondaryLog1p: readonly string[] = ['beds', 'account_volume', 'affiliations', 'referrals_in', 'referrers', 'referrals_out', 'referred_to', ...secondaryFamilies];

/** Table columns for input names: a family name becomes every column of that family, in table order. */
export function expandSecondaryInputs(names: readonly string[], columns: Iterable<string>): string[] {
  const all = [...columns];
  const families: readonly string[] = secondaryFamilies;
  return names.flatMap((name) => (families.includes(name) && !all.includes(name) ? all.filter((c) => c.startsWith(`${name}_`)) : [name]));
}

export const inputsTable = 'pj_inputs';
const orderClause = 'order by stakeholder_id';

/** Per-stakeholder aggregate of one category (its FILTER condition takes the values as parameters). */
function categoryAggregate(c: SecondaryCategory, p: Params): string {
  const where =
    c.family === 'volume'
      ? `code = ${p.add(c.values[0]!)}`
      : c.family === 'engagement'
        ? `channel = ${p.add(c.values[0]!)} and type = ${p.add(c.values[1]!)}`
        : c.family === 'asset'
          ? `asset = ${p.add(c.values[0]!)}`
          : `kind = ${p.add(c.values[0]!)}`;
  const measure = c.family === 'volume' ? 'v' : c.family === 'kol' ? 'value' : '1';
  return `coalesce(sum(${measure}) filter (where ${where}), 0)::double as ${ident(c.input)}`;
}

/** The input table's SELECT (one row per stakeholder, ordered by id) and its parameters. */
export function secondaryInputsQuery(plan: SecondaryPlan): { sql: string; params: DuckDBValue[] } {
  const p = new Params();
  const suppressed = p.add(suppressedCount);
  const of = (family: string): SecondaryCategory[] => plan.categories.filter((c) => c.family === family);
  const engagementColumns = [...of('engagement'), ...of('asset')];
  const aggregates = (list: SecondaryCategory[]): string => list.map((c) => `, ${categoryAggregate(c, p)}`).join('');
  const pick = (alias: string, list: SecondaryCategory[]): string => list.map((c) => `, coalesce(${alias}.${ident(c.input)}, 0) as ${ident(c.input)}`).join('');
  const volume = `case when coalesce(suppressed, false) or count is null then ${suppressed} else count end`;
  const sql = `
with vol as (select entity_id as id${aggregates(of('volume'))}
             from (select entity_id, code, ${volume} as v from volumes where entity_kind = 'stakeholder') group by 1),
     acc as (select entity_id as id, sum(${volume})::double as account_volume from volumes where entity_kind = 'account' group by 1),
     aff as (select stakeholder_id as id, count(*)::double as affiliations from affiliations group by 1),
     ref as (select from_id, to_id, case when coalesce(suppressed, false) or shared_patients is null then ${suppressed} else shared_patients end as w
             from referrals where from_id <> to_id),
     rout as (select from_id as id, sum(w)::double as w, count(distinct to_id)::double as n from ref group by 1),
     rin as (select to_id as id, sum(w)::double as w, count(distinct from_id)::double as n from ref group by 1),
     eng as (select stakeholder_id as id, max(ts) as last_ts${aggregates(engagementColumns)}
             from engagement_events where stakeholder_id is not null group by 1),
     latest as (select max(ts) as now from engagement_events),
     kol as (select stakeholder_id as id${aggregates(of('kol'))} from kol_signals group by 1)
select s.stakeholder_id, coalesce(s.role, 'none') as role, coalesce(s.specialty, 'none') as specialty,
       coalesce(a.type, 'none') as account_type, a.beds::double as beds,
       (case when a.has_vac then 1 when a.has_vac is not null then 0 end)::double as account_has_vac,
       coalesce(acc.account_volume, 0) as account_volume, coalesce(aff.affiliations, 0) as affiliations,
       coalesce(rin.w, 0) as referrals_in, coalesce(rin.n, 0) as referrers,
       coalesce(rout.w, 0) as referrals_out, coalesce(rout.n, 0) as referred_to,
       coalesce(pr.pagerank, 0)::double as pagerank,
       coalesce(date_diff('day', eng.last_ts, latest.now), 3650)::double as days_since_engagement
       ${pick('vol', of('volume'))}${pick('eng', engagementColumns)}${pick('kol', of('kol'))}
from stakeholders s
left join accounts a on a.account_id = s.account_id
left join vol on vol.id = s.stakeholder_id
left join acc on acc.id = s.account_id
left join aff on aff.id = s.stakeholder_id
left join rin on rin.id = s.stakeholder_id
left join rout on rout.id = s.stakeholder_id
left join eng on eng.id = s.stakeholder_id
left join kol on kol.id = s.stakeholder_id
left join ${pagerankTable} pr on pr.stakeholder_id = s.stakeholder_id
cross join latest
${orderClause}`;
  return { sql, params: p.values };
}

export interface SecondaryFeatures {
  readonly table: InputTable;
  readonly ids: readonly string[];
  /** The data-driven columns present (store it in the model: `training.secondary`). */
  readonly plan: SecondaryPlan;
  /** Every input column, in table order; and those modelled on ln(1 + x). */
  readonly inputs: readonly string[];
  readonly log1p: readonly string[];
  /** Whether PageRank came from the latest prioritization run or was computed here. */
  readonly pagerank: 'stored' | 'computed';
}

/** Builds `pj_inputs` in the workspace and reads it. Without a plan, one is discovered from the data. */
export async function secondaryFeatures(ws: Workspace, plan?: SecondaryPlan): Promise<SecondaryFeatures> {
  const used = plan ?? (await discoverSecondaryPlan(ws));
  const pagerank = await stageReferralPagerank(ws);
  const query = secondaryInputsQuery(used);
  // unordered into the temp table, ordered once on the way out
  await ws.run(`create or replace temp table ${inputsTable} as ${query.sql.replace(orderClause, '')}`, query.params);
  const numeric = [...fixedNumericInputs, ...used.categories.map((c) => c.input)];
  const text = ['stakeholder_id', ...categoricalInputs];
  const table = await readInputTable(ws, `select * from ${inputsTable} ${orderClause}`, [], numeric, text);
  const ids = textColumn(table, 'stakeholder_id').map((id) => id ?? '');
  const inputs = [...categoricalInputs, ...numeric];
  return { table, ids, plan: used, inputs, log1p: expandSecondaryInputs(secondaryLog1p, inputs), pagerank };
}
