/**
 * The universe of prioritization, read once: every account (with its type, parent, GPO and installed
 * base) and every stakeholder, each numbered 0..n-1, plus an id table that resolves both stakeholder ids
 * and NPIs to those numbers. Left in temp tables (`pz_accounts`, `pz_stakeholders`, `pz_ids`) so the
 * later loaders join on integers.
 *
 * Complexity: one scan of accounts and stakeholders; O(accounts) objects, stakeholders as typed arrays.
 */
import type { Workspace } from '../../data/workspace.js';
import { readColumns } from '../../data/read-columns.js';

export interface Universe {
  readonly accountIds: readonly string[];
  readonly accountType: readonly string[];
  /** Index of the parent account, -1 when none; `unknownParents` counts links to ids not in the table. */
  readonly parent: Int32Array;
  readonly inGpo: Uint8Array;
  /** 1 when installed_vendors lists our own vendor (relationship.own_vendor). */
  readonly ownInstalled: Uint8Array;
  readonly unknownParents: number;
  readonly stakeholderCount: number;
  /** Primary account of each stakeholder, -1 when none or unknown. */
  readonly stakeholderAccount: Int32Array;
}

export async function loadUniverse(ws: Workspace, ownVendor: string | undefined): Promise<Universe> {
  await ws.run(
    `create or replace temp table pz_accounts as
       select account_id, type, parent_id, gpo_id, installed_vendors,
              (row_number() over (order by account_id) - 1)::integer as ix
       from accounts`,
  );
  await ws.run(
    `create or replace temp table pz_stakeholders as
       select s.stakeholder_id, s.npi, (row_number() over (order by s.stakeholder_id) - 1)::integer as ix, a.ix as account_ix
       from stakeholders s left join pz_accounts a on a.account_id = s.account_id`,
  );
  // stakeholder ids first; an NPI resolves only when it is not also someone's stakeholder id
  await ws.run(
    `create or replace temp table pz_ids as
       select stakeholder_id as id, ix from pz_stakeholders
       union all
       select npi as id, min(ix) as ix from pz_stakeholders
       where npi is not null and npi not in (select stakeholder_id from pz_stakeholders) group by npi`,
  );
  const accounts = await ws.all<{ account_id: string; type: string; parent_ix: number | null; parent_id: string | null; gpo: boolean; own: boolean }>(
    `select a.account_id, a.type, p.ix as parent_ix, a.parent_id, a.gpo_id is not null and a.gpo_id <> '' as gpo,
            coalesce($1::varchar is not null and list_contains(list_transform(regexp_split_to_array(lower(coalesce(a.installed_vendors, '')), '[;,|]'), x -> trim(x)), lower($1::varchar)), false) as own
     from pz_accounts a left join pz_accounts p on p.account_id = a.parent_id
     order by a.ix`,
    [ownVendor ?? null],
  );
  const { columns } = await readColumns(ws, 'select account_ix::integer as a from pz_stakeholders order by ix', [], { a: 'int32' });
  return {
    accountIds: accounts.map((r) => r.account_id),
    accountType: accounts.map((r) => r.type),
    parent: Int32Array.from(accounts, (r) => r.parent_ix ?? -1),
    inGpo: Uint8Array.from(accounts, (r) => (r.gpo ? 1 : 0)),
    ownInstalled: Uint8Array.from(accounts, (r) => (r.own ? 1 : 0)),
    unknownParents: accounts.filter((r) => r.parent_ix === null && r.parent_id !== null && r.parent_id !== '').length,
    stakeholderCount: columns.a.length,
    stakeholderAccount: columns.a,
  };
}
