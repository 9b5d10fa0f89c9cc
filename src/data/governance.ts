/**
 * Data-governance queries: how old the facts are (by table and source, by field and source from field
 * observations, and for tags by kind), which facts disagree between sources, and the review queue a data
 * steward works through. Table names come from the fixed list below and are checked against the
 * workspace's columns; the cutoff date travels as a parameter.
 *
 * Complexity: one grouped scan per table; conflicts are grouped scans with hash aggregation.
 */
import { createHash } from 'node:crypto';
import type { Workspace } from './workspace.js';

/** Tables whose rows carry source and last_verified (migration 001). */
export const governedTables = [
  'accounts', 'stakeholders', 'territories', 'products', 'affiliations', 'referrals', 'volumes', 'sales',
  'kol_signals', 'engagement_events', 'survey_questions', 'survey_respondents', 'survey_responses',
] as const;

export interface StaleGroup {
  readonly table: string;
  readonly source: string | null;
  readonly records: number;
  readonly stale: number;
  readonly neverVerified: number;
  readonly oldest: string | null;
}

export interface StaleField {
  readonly entityKind: string;
  readonly field: string;
  readonly source: string;
  readonly observations: number;
  readonly stale: number;
}

export interface StaleTags {
  readonly kind: string;
  readonly segmentation: string;
  readonly current: number;
  readonly stale: number;
}

export interface Conflict {
  readonly entityKind: string;
  readonly entityId: string;
  readonly field: string;
  /** `value (source)` pairs that disagree, sorted. */
  readonly values: readonly string[];
  readonly kind: 'sources_disagree' | 'duplicate_npi' | 'territory_mismatch';
}

async function tablesWithGovernance(ws: Workspace): Promise<string[]> {
  const rows = await ws.all<{ table_name: string; n: number }>(
    `select table_name, count(*) as n from information_schema.columns
     where table_schema = 'main' and column_name in ('source', 'last_verified') group by table_name having count(*) = 2`,
  );
  const present = new Set(rows.map((r) => r.table_name));
  return governedTables.filter((t) => present.has(t));
}

/** Records per table and source, and how many are past the cutoff or were never verified. */
export async function staleByTableAndSource(ws: Workspace, cutoff: string): Promise<StaleGroup[]> {
  const out: StaleGroup[] = [];
  for (const table of await tablesWithGovernance(ws)) {
    // `table` is one of governedTables (a constant list), never user input
    const rows = await ws.all<Omit<StaleGroup, 'table'> & Record<string, unknown>>(
      `select source, count(*) as records,
         count(*) filter (where last_verified < cast($1 as date)) as stale,
         count(*) filter (where last_verified is null) as "neverVerified",
         cast(min(last_verified) as varchar) as oldest
       from "${table}" group by source order by source nulls last`,
      [cutoff],
    );
    for (const r of rows) out.push({ table, ...r });
  }
  return out;
}

/** Per field and source: observations whose latest value is older than the cutoff. */
export async function staleByFieldAndSource(ws: Workspace, cutoff: string): Promise<StaleField[]> {
  return ws.all<StaleField & Record<string, unknown>>(
    `with latest as (
       select entity_kind, entity_id, field, source, max(observed_at) as observed_at
       from field_observations group by all)
     select entity_kind as "entityKind", field, source, count(*) as observations,
       count(*) filter (where observed_at is null or observed_at < cast($1 as timestamp)) as stale
     from latest group by all order by "entityKind", field, source`,
    [cutoff],
  );
}

/** Current tags per kind and segmentation, and how many were last confirmed before the cutoff. */
export async function staleTags(ws: Workspace, cutoff: string): Promise<StaleTags[]> {
  return ws.all<StaleTags & Record<string, unknown>>(
    `select kind, segmentation, count(*) as current, count(*) filter (where last_verified < cast($1 as timestamp)) as stale
     from memberships where valid_to is null group by kind, segmentation order by kind, segmentation`,
    [cutoff],
  );
}

/** Facts that disagree: field observations across sources, NPIs on several records, territory mismatches. */
export async function findConflicts(ws: Workspace, limit: number): Promise<Conflict[]> {
  const observed = await ws.all<Omit<Conflict, 'kind' | 'values'> & { values: string[] } & Record<string, unknown>>(
    `with latest as (
       select entity_kind, entity_id, field, source, arg_max(value, observed_at) as value
       from field_observations group by entity_kind, entity_id, field, source)
     select entity_kind as "entityKind", entity_id as "entityId", field,
       list_sort(list(coalesce(value, '(empty)') || ' (' || source || ')')) as "values"
     from latest group by entity_kind, entity_id, field
     having count(distinct coalesce(value, '')) > 1 and count(distinct source) > 1
     order by 1, 2, 3 limit $1`,
    [limit],
  );
  const npis = await ws.all<{ entityId: string; field: string; values: string[] }>(
    `select npi as "entityId", 'npi' as field,
       list_sort(list(stakeholder_id || ': ' || coalesce(name, '?') || ' (' || coalesce(source, '?') || ')')) as "values"
     from stakeholders where npi is not null group by npi having count(*) > 1 order by npi limit $1`,
    [limit],
  );
  const territories = await ws.all<{ entityId: string; values: string[] }>(
    `select s.stakeholder_id as "entityId",
       [s.territory_id || ' (stakeholder, ' || coalesce(s.source, '?') || ')', a.territory_id || ' (account ' || a.account_id || ', ' || coalesce(a.source, '?') || ')'] as "values"
     from stakeholders s join accounts a on a.account_id = s.account_id
     where s.territory_id is not null and a.territory_id is not null and s.territory_id <> a.territory_id
     order by 1 limit $1`,
    [limit],
  );
  return [
    ...observed.map((c) => ({ ...c, kind: 'sources_disagree' as const })),
    ...npis.map((c) => ({ entityKind: 'stakeholder', entityId: c.entityId, field: c.field, values: c.values, kind: 'duplicate_npi' as const })),
    ...territories.map((c) => ({ entityKind: 'stakeholder', entityId: c.entityId, field: 'territory_id', values: c.values, kind: 'territory_mismatch' as const })),
  ];
}

export interface ReviewItem {
  readonly itemId: string;
  readonly entityKind: string;
  readonly entityId: string;
  readonly field: string | null;
  readonly reason: string;
  readonly detail: string | null;
  readonly createdAt: Date;
  readonly status: string;
}

export interface ReviewCandidate {
  readonly entityKind: string;
  readonly entityId: string;
  readonly field: string | null;
  readonly reason: string;
  readonly detail: string | null;
}

/** The same problem always gets the same id, so a refresh never duplicates an open item. */
export const reviewItemId = (c: ReviewCandidate): string =>
  createHash('sha256').update([c.entityKind, c.entityId, c.field ?? '', c.reason].join('\u0000')).digest('hex').slice(0, 16);

/** Stale stakeholders and accounts (past the cutoff or never verified), as review candidates. */
export async function staleRecords(ws: Workspace, cutoff: string, limit: number): Promise<ReviewCandidate[]> {
  return ws.all<ReviewCandidate & Record<string, unknown>>(
    `select * from (
       select 'stakeholder' as "entityKind", stakeholder_id as "entityId", 'last_verified' as field, 'stale' as reason,
         coalesce('last verified ' || cast(last_verified as varchar), 'never verified') || ' (' || coalesce(source, 'unknown source') || ')' as detail
       from stakeholders where last_verified is null or last_verified < cast($1 as date)
       union all
       select 'account', account_id, 'last_verified', 'stale',
         coalesce('last verified ' || cast(last_verified as varchar), 'never verified') || ' (' || coalesce(source, 'unknown source') || ')'
       from accounts where last_verified is null or last_verified < cast($1 as date))
     order by "entityKind", "entityId" limit $2`,
    [cutoff, limit],
  );
}

/**
 * Refreshes the review queue: opens an item for every candidate not already open, and resolves (by
 * `segmap`) open items whose problem is gone. Returns how many were opened and resolved.
 */
export async function refreshReviewQueue(ws: Workspace, candidates: readonly ReviewCandidate[], at: Date): Promise<{ opened: number; resolved: number }> {
  return ws.transaction(async (tx) => {
    await tx.run('create or replace temp table review_candidates (item_id varchar, entity_kind varchar, entity_id varchar, field varchar, reason varchar, detail varchar)');
    const appender = await tx.connection.createAppender('review_candidates', 'main', 'temp');
    try {
      for (const c of candidates) {
        for (const v of [reviewItemId(c), c.entityKind, c.entityId]) appender.appendVarchar(v);
        for (const v of [c.field, c.reason, c.detail]) {
          if (v === null) appender.appendNull();
          else appender.appendVarchar(v);
        }
        appender.endRow();
      }
    } finally {
      appender.closeSync();
    }
    const [opened] = await tx.all<{ n: number }>(`select count(distinct item_id) as n from review_candidates c
      where not exists (select 1 from review_queue q where q.item_id = c.item_id and q.status = 'open')`);
    const [resolved] = await tx.all<{ n: number }>(`select count(*) as n from review_queue q where q.status = 'open'
      and not exists (select 1 from review_candidates c where c.item_id = q.item_id)`);
    await tx.run(`update review_queue set status = 'resolved', resolved_by = 'segmap', resolved_at = cast($1 as timestamp)
      where status = 'open' and item_id not in (select item_id from review_candidates)`, [at.toISOString()]);
    // a resolved item whose problem is back is reopened (same id, fresh detail), keeping one row per problem
    await tx.run(`update review_queue q set status = 'open', resolved_by = null, resolved_at = null, detail = c.detail, created_at = cast($1 as timestamp)
      from (select item_id, any_value(detail) as detail from review_candidates group by item_id) c
      where q.item_id = c.item_id and q.status <> 'open'`, [at.toISOString()]);
    await tx.run(`insert into review_queue (item_id, entity_kind, entity_id, field, reason, detail, created_at, status)
      select item_id, any_value(entity_kind), any_value(entity_id), any_value(field), any_value(reason), any_value(detail), cast($1 as timestamp), 'open'
      from review_candidates c where not exists (select 1 from review_queue q where q.item_id = c.item_id)
      group by item_id`, [at.toISOString()]);
    await tx.run('drop table review_candidates');
    return { opened: Number(opened?.n ?? 0), resolved: Number(resolved?.n ?? 0) };
  });
}

/** Open review items, oldest first. */
export async function openReviewItems(ws: Workspace, limit: number): Promise<{ total: number; items: ReviewItem[] }> {
  const [count] = await ws.all<{ n: number }>(`select count(*) as n from review_queue where status = 'open'`);
  const items = await ws.all<ReviewItem & Record<string, unknown>>(
    `select item_id as "itemId", entity_kind as "entityKind", entity_id as "entityId", field, reason, detail,
       created_at as "createdAt", status
     from review_queue where status = 'open' order by created_at, reason, entity_kind, entity_id limit $1`,
    [limit],
  );
  return { total: Number(count?.n ?? 0), items };
}

export interface FieldObservation {
  readonly entityKind: string;
  readonly entityId: string;
  readonly field: string;
  readonly value: string | null;
  readonly source: string;
  readonly observedAt: Date | null;
}

/**
 * Records what a source said about a field (importers call this for fields several sources provide), so
 * disagreements surface as conflicts instead of one source silently overwriting another.
 */
export async function recordFieldObservations(ws: Workspace, observations: Iterable<FieldObservation>): Promise<void> {
  await ws.transaction(async (tx) => {
    for (const o of observations) {
      await tx.run('insert into field_observations values ($1, $2, $3, $4, $5, cast($6 as timestamp))', [
        o.entityKind, o.entityId, o.field, o.value, o.source, o.observedAt === null ? null : o.observedAt.toISOString(),
      ]);
    }
  });
}
