/**
 * Our current sales and the units behind share, per account, for the latest `volume.periods` sales
 * periods. "Ours" are `products` (every product when the list is empty). Negative rows (returns, credits)
 * are netted; an account whose net comes out below zero is set to zero and counted. Rows for unknown
 * accounts are dropped and counted. Requires the temp tables of `loadUniverse`.
 *
 * Complexity: one aggregation of `sales` in DuckDB.
 */
import type { Workspace } from '../../data/workspace.js';
import { Params } from '../../data/sql.js';
import type { PrioritizationSpec } from '../../spec/prioritization.js';
import { readColumns } from '../../data/read-columns.js';

export interface SalesIssues {
  readonly salesRows: number;
  readonly negativeSalesRows: number;
  readonly accountsWithNegativeNet: number;
  readonly salesForUnknownAccounts: number;
}

export interface Sales {
  /** Our sales in the chosen measure (units or revenue). */
  readonly ours: Float64Array;
  readonly ourUnits: Float64Array;
  /** Units of every product (ours and competitors'). */
  readonly allUnits: Float64Array;
  /** Whether share is taken over all units sold (a feed with competitors) rather than volume. */
  readonly shareOverSales: boolean;
  readonly issues: SalesIssues;
}

export async function loadSales(ws: Workspace, spec: PrioritizationSpec, accountCount: number): Promise<Sales> {
  const p = new Params();
  const ours = spec.products.length > 0 ? `product_id in ${p.list(spec.products)}` : 'true';
  const window = p.add(spec.volume.periods);
  const measure = spec.sales_measure === 'revenue' ? 'revenue' : 'units';
  await ws.run(
    `create or replace temp table pz_sales as
     with periods as (select period, row_number() over (order by period desc) as k from (select distinct period from sales))
     select a.ix as acc, ${ours} as ours, coalesce(s.units, 0) as units, coalesce(s.${measure}, 0) as measure,
            s.units < 0 or s.revenue < 0 as negative, pr.k <= ${window} as cur
     from sales s left join pz_accounts a on a.account_id = s.account_id left join periods pr on pr.period = s.period`,
    p.values,
  );
  const [c] = await ws.all<Record<string, number | boolean>>(
    `select count(*)::bigint as rows_in, count(*) filter (where negative)::bigint as negative,
            count(*) filter (where acc is null)::bigint as unknown, coalesce(bool_or(not ours), false) as others
     from pz_sales`,
  );
  const { columns: r } = await readColumns(
    ws,
    `select acc::integer as acc, sum(measure) filter (where ours)::double as ours, sum(units) filter (where ours)::double as our_units,
            sum(units)::double as all_units
     from pz_sales where acc is not null and cur group by acc`,
    [],
    { acc: 'int32', ours: 'float64', our_units: 'float64', all_units: 'float64' },
  );
  const out = { ours: new Float64Array(accountCount), ourUnits: new Float64Array(accountCount), allUnits: new Float64Array(accountCount) };
  let clipped = 0;
  r.acc.forEach((a, k) => {
    const values = [r.ours[k] as number, r.our_units[k] as number, r.all_units[k] as number].map((v) => (Number.isNaN(v) ? 0 : v));
    if (values.some((v) => v < 0)) clipped++;
    out.ours[a] = Math.max(0, values[0] as number);
    out.ourUnits[a] = Math.max(0, values[1] as number);
    out.allUnits[a] = Math.max(0, values[2] as number);
  });
  const denominator = spec.share.denominator;
  const others = c?.others === true;
  return {
    ...out,
    shareOverSales: denominator === 'sales' || (denominator === 'auto' && spec.products.length > 0 && others),
    issues: {
      salesRows: Number(c?.rows_in ?? 0),
      negativeSalesRows: Number(c?.negative ?? 0),
      accountsWithNegativeNet: clipped,
      salesForUnknownAccounts: Number(c?.unknown ?? 0),
    },
  };
}
