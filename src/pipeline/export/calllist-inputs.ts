/**
 * The call-list sources in columnar form, for the whole-universe path: the stakeholders in scope stay in
 * DuckDB (temp table `calllist_scope`, rows numbered n = 0…) and only what the
 * derivation needs crosses to JavaScript — per row its account number, consent and verification days as
 * flat lists; tags as flat lists with their kind/segmentation/segment dictionary-encoded; the few buying
 * signals as rows. No per-stakeholder object is built and no id string is copied (except when D/out
 * files carry tags by id). Same joins, filters and ordering as `loadCallListSource` (data/).
 *
 * Territory and rep travel as parameters; the SQL is fixed. Call `dropCallListInputs` when done.
 * Complexity: one pass over stakeholders plus hash joins on memberships and events.
 */
import type { Workspace } from '../../data/workspace.js';
import type { CallListScope } from '../../data/calllist-source.js';
import type { DeriveTag } from './derive-calllist-fields.js';

export interface ColumnarCallList {
  readonly count: number;
  /** Per row: the account's number (0… over distinct account ids in scope), -1 without an account. */
  readonly accountOf: Int32Array;
  readonly consentCall: readonly (boolean | null)[];
  /** Per row: epoch day of stakeholders.last_verified and of its account's last_verified (null when missing). */
  readonly lastVerifiedDay: readonly (number | null)[];
  readonly accountLastVerifiedDay: readonly (number | null)[];
  /** Stakeholder-level tags of row n are stakeholderTags[tagStart[n] … tagStart[n + 1]). */
  readonly tagStart: Int32Array;
  readonly stakeholderTags: readonly DeriveTag[];
  /** Account-level tags per account number (shared by every stakeholder of the account). */
  readonly accountTags: DeriveTag[][];
  /** Latest buying signal per row (type, epoch ms), when there is one. */
  readonly signals: ReadonlyMap<number, { readonly type: string; readonly ms: number }>;
}

const scopeFilter = `($1 is null or coalesce(s.territory_id, a.territory_id) = $1)
  and ($2 is null or t.rep_name = $2 or t.rep_email = $2)`;
const signalPattern = '(demo|proposal|quote|trial|rfp|pricing)';
const epochDay = (column: string): string => `datediff('day', date '1970-01-01', ${column})::integer`;

/**
 * Creates `calllist_scope` (every output column of the scope, plus n and the account number). n only
 * aligns the JavaScript lists with the rows, so it is the scan order (no sort); accounts are numbered
 * over the few distinct ids.
 */
export async function createCallListScope(ws: Workspace, scope: CallListScope): Promise<void> {
  await ws.run(
    `create or replace temp table calllist_scope as
     with base as (
       select s.stakeholder_id, s.npi, s.name, s.role, s.specialty, s.account_id, a.name as account_name,
         coalesce(s.territory_id, a.territory_id) as territory_id, t.rep_name as rep, s.consent_call,
         ${epochDay('s.last_verified')} as lv_day, ${epochDay('a.last_verified')} as alv_day
       from stakeholders s
       left join accounts a on a.account_id = s.account_id
       left join territories t on t.territory_id = coalesce(s.territory_id, a.territory_id)
       where ${scopeFilter}),
     numbered as (select (row_number() over () - 1)::integer as n, * from base),
     account_numbers as (
       select account_id, (row_number() over (order by account_id) - 1)::integer as account_n
       from (select distinct account_id from base where account_id is not null))
     select numbered.*, coalesce(account_numbers.account_n, -1) as account_n
     from numbered left join account_numbers using (account_id)`,
    [scope.territory ?? null, scope.rep ?? null],
  );
}

export async function dropCallListInputs(ws: Workspace): Promise<void> {
  await ws.run('drop table if exists calllist_scope');
  await ws.run('drop table if exists calllist_tag_rows');
}

interface TagListsRow extends Record<string, unknown> {
  n: number[] | null; kinds: string[] | null; segmentations: string[] | null; segments: string[] | null;
  type: number[] | null; confidence: (number | null)[] | null; ms: number[] | null;
}

/** Stakeholder-level tags (own memberships and the survey respondent's), in (n, kind, segmentation, segment) order. */
async function stakeholderTags(ws: Workspace, count: number): Promise<{ tagStart: Int32Array; tags: DeriveTag[] }> {
  await ws.run(
    `create or replace temp table calllist_tag_rows as
     select row_number() over (order by n, kind, segmentation, segment) as i, n, kind, segmentation, segment, confidence, ms,
       (dense_rank() over (order by kind, segmentation, segment) - 1)::integer as type
     from (select c.n, m.kind, m.segmentation, m.segment, m.confidence, epoch_ms(m.last_verified) as ms
             from calllist_scope c join memberships m on m.entity_kind = 'stakeholder' and m.entity_id = c.stakeholder_id and m.valid_to is null
           union all
           select c.n, m.kind, m.segmentation, m.segment, m.confidence, epoch_ms(m.last_verified)
             from calllist_scope c join survey_respondents r on r.stakeholder_id = c.stakeholder_id
             join memberships m on m.entity_kind = 'respondent' and m.entity_id = r.respondent_id and m.valid_to is null)`,
  );
  const [lists] = await ws.all<TagListsRow>(
    `select (select list(kind order by type) from (select distinct type, kind from calllist_tag_rows)) as kinds,
       (select list(segmentation order by type) from (select distinct type, segmentation from calllist_tag_rows)) as segmentations,
       (select list(segment order by type) from (select distinct type, segment from calllist_tag_rows)) as segments,
       list(n order by i) as n, list(type order by i) as type, list(confidence order by i) as confidence, list(ms order by i) as ms
     from calllist_tag_rows`,
  );
  const tagStart = new Int32Array(count + 1);
  const tags: DeriveTag[] = [];
  const n = lists?.n ?? [];
  for (let i = 0; i < n.length; i++) {
    const type = lists?.type?.[i] ?? 0;
    tags.push({
      kind: lists?.kinds?.[type] ?? '', segmentation: lists?.segmentations?.[type] ?? '', segment: lists?.segments?.[type] ?? '',
      confidence: lists?.confidence?.[i] ?? null, lastVerifiedMs: Number(lists?.ms?.[i] ?? 0),
    });
    const next = (n[i] ?? 0) + 1;
    tagStart[next] = (tagStart[next] ?? 0) + 1;
  }
  for (let r = 0; r < count; r++) tagStart[r + 1] = (tagStart[r + 1] ?? 0) + (tagStart[r] ?? 0);
  return { tagStart, tags };
}

async function accountTags(ws: Workspace): Promise<DeriveTag[][]> {
  const rows = await ws.all<{ account_n: number; kind: string; segmentation: string; segment: string; confidence: number | null; ms: number }>(
    `select c.account_n, m.kind, m.segmentation, m.segment, m.confidence, epoch_ms(m.last_verified) as ms
     from (select distinct account_n, account_id from calllist_scope where account_n >= 0) c
     join memberships m on m.entity_kind = 'account' and m.entity_id = c.account_id and m.valid_to is null
     order by c.account_n, m.kind, m.segmentation, m.segment`,
  );
  const byAccount: DeriveTag[][] = [];
  for (const r of rows) {
    const list = byAccount[r.account_n] ?? (byAccount[r.account_n] = []);
    list.push({ kind: r.kind, segmentation: r.segmentation, segment: r.segment, confidence: r.confidence, lastVerifiedMs: Number(r.ms) });
  }
  return byAccount;
}

/** The latest buying signal of each row since `since` (the first of equal instants wins, as in the object path). */
async function latestSignals(ws: Workspace, since: Date): Promise<Map<number, { type: string; ms: number }>> {
  const rows = await ws.all<{ n: number; type: string; ms: number }>(
    `select c.n, case when regexp_matches(lower(coalesce(e.type, '')), $2) then e.type else e.channel end as type, epoch_ms(e.ts) as ms
     from calllist_scope c join engagement_events e on e.stakeholder_id = c.stakeholder_id
     where e.ts >= cast($1 as timestamp)
       and (regexp_matches(lower(coalesce(e.type, '')), $2) or regexp_matches(lower(coalesce(e.channel, '')), $2))
     order by c.stakeholder_id, e.ts desc`,
    [since.toISOString().slice(0, 19).replace('T', ' '), signalPattern],
  );
  const latest = new Map<number, { type: string; ms: number }>();
  for (const r of rows) {
    const seen = latest.get(r.n);
    if (!seen || Number(r.ms) > seen.ms) latest.set(r.n, { type: r.type, ms: Number(r.ms) });
  }
  return latest;
}

interface RowListsRow extends Record<string, unknown> {
  account: number[] | null; consent: (boolean | null)[] | null; lv: (number | null)[] | null; alv: (number | null)[] | null; count: number;
}

/** Reads the columnar sources of `calllist_scope` (create it first). */
export async function loadColumnarCallList(ws: Workspace, signalsSince: Date): Promise<ColumnarCallList> {
  const [lists] = await ws.all<RowListsRow>(
    `select list(account_n order by n) as account, list(consent_call order by n) as consent, list(lv_day order by n) as lv,
       list(alv_day order by n) as alv, count(*) as count from calllist_scope`,
  );
  const count = Number(lists?.count ?? 0);
  const { tagStart, tags } = await stakeholderTags(ws, count);
  return {
    count,
    accountOf: Int32Array.from(lists?.account ?? []),
    consentCall: lists?.consent ?? [],
    lastVerifiedDay: lists?.lv ?? [],
    accountLastVerifiedDay: lists?.alv ?? [],
    tagStart,
    stakeholderTags: tags,
    accountTags: await accountTags(ws),
    signals: await latestSignals(ws, signalsSince),
  };
}

/** Row numbers by stakeholder id and account numbers by account id (only needed for D/out file tags). */
export async function callListIds(ws: Workspace): Promise<{ rowsOf: Map<string, number[]>; accountNumberOf: Map<string, number> }> {
  const [ids] = await ws.all<{ ids: string[] | null }>('select list(stakeholder_id order by n) as ids from calllist_scope');
  const rowsOf = new Map<string, number[]>();
  (ids?.ids ?? []).forEach((id, n) => {
    const list = rowsOf.get(id);
    if (list) list.push(n);
    else rowsOf.set(id, [n]);
  });
  const accounts = await ws.all<{ account_n: number; account_id: string }>('select distinct account_n, account_id from calllist_scope where account_n >= 0');
  return { rowsOf, accountNumberOf: new Map(accounts.map((a) => [a.account_id, a.account_n])) };
}
