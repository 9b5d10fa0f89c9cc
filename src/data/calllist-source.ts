/**
 * What a call list is built from, read in a few set-based queries: the stakeholders in scope (a
 * territory, a rep, or everyone) with their primary account and rep, their current tags (memberships of
 * the stakeholder itself, of its survey respondent record, and of its account), and recent buying signals
 * from engagement events. Territory and rep travel as parameters; the SQL is fixed.
 *
 * Complexity: one pass over stakeholders plus hash joins on memberships and events.
 */
import type { Workspace } from './workspace.js';

export interface CallListScope {
  readonly territory?: string;
  /** A rep's name or e-mail (territories.rep_name / rep_email). */
  readonly rep?: string;
}

export interface CallListBaseRow {
  readonly stakeholder_id: string;
  readonly npi: string | null;
  readonly name: string | null;
  readonly role: string | null;
  readonly specialty: string | null;
  readonly account_id: string | null;
  readonly account_name: string | null;
  readonly territory_id: string | null;
  readonly rep: string | null;
  readonly consent_call: boolean | null;
  readonly last_verified: Date | null;
  readonly account_last_verified: Date | null;
}

export interface CallListTag {
  readonly stakeholderId: string;
  /** `stakeholder` (own or via survey respondent) or `account` (of the primary account). */
  readonly level: 'stakeholder' | 'account';
  readonly kind: string;
  readonly segmentation: string;
  readonly segment: string;
  readonly confidence: number | null;
  readonly lastVerified: Date;
}

export interface CallListSignal {
  readonly stakeholderId: string;
  readonly type: string;
  readonly ts: Date;
}

export interface CallListSource {
  readonly rows: CallListBaseRow[];
  readonly tags: CallListTag[];
  readonly signals: CallListSignal[];
}

const scopeFilter = `($1 is null or coalesce(s.territory_id, a.territory_id) = $1)
  and ($2 is null or t.rep_name = $2 or t.rep_email = $2)`;

/** Buying signals: an event whose type or channel names a demo, proposal, quote, trial, RFP or pricing request. */
const signalPattern = '(demo|proposal|quote|trial|rfp|pricing)';

export async function loadCallListSource(ws: Workspace, scope: CallListScope, signalsSince: Date): Promise<CallListSource> {
  const params = [scope.territory ?? null, scope.rep ?? null];
  await ws.run(
    `create or replace temp table calllist_scope as
     select s.stakeholder_id, s.npi, s.name, s.role, s.specialty, s.account_id, a.name as account_name,
       coalesce(s.territory_id, a.territory_id) as territory_id, t.rep_name as rep, s.consent_call,
       s.last_verified, a.last_verified as account_last_verified
     from stakeholders s
     left join accounts a on a.account_id = s.account_id
     left join territories t on t.territory_id = coalesce(s.territory_id, a.territory_id)
     where ${scopeFilter}`,
    params,
  );
  try {
    const rows = await ws.all<CallListBaseRow & Record<string, unknown>>('select * from calllist_scope order by stakeholder_id');
    const tags = await ws.all<CallListTag & Record<string, unknown>>(
      `select c.stakeholder_id as "stakeholderId", 'stakeholder' as level, m.kind, m.segmentation, m.segment, m.confidence, m.last_verified as "lastVerified"
         from calllist_scope c join memberships m on m.entity_kind = 'stakeholder' and m.entity_id = c.stakeholder_id and m.valid_to is null
       union all
       select c.stakeholder_id, 'stakeholder', m.kind, m.segmentation, m.segment, m.confidence, m.last_verified
         from calllist_scope c join survey_respondents r on r.stakeholder_id = c.stakeholder_id
         join memberships m on m.entity_kind = 'respondent' and m.entity_id = r.respondent_id and m.valid_to is null
       union all
       select c.stakeholder_id, 'account', m.kind, m.segmentation, m.segment, m.confidence, m.last_verified
         from calllist_scope c join memberships m on m.entity_kind = 'account' and m.entity_id = c.account_id and m.valid_to is null
       order by 1, 2, 3, 4, 5`,
    );
    const signals = await ws.all<CallListSignal & Record<string, unknown>>(
      `select e.stakeholder_id as "stakeholderId",
         case when regexp_matches(lower(coalesce(e.type, '')), $2) then e.type else e.channel end as type, e.ts
       from calllist_scope c join engagement_events e on e.stakeholder_id = c.stakeholder_id
       where e.ts >= cast($1 as timestamp)
         and (regexp_matches(lower(coalesce(e.type, '')), $2) or regexp_matches(lower(coalesce(e.channel, '')), $2))
       order by e.stakeholder_id, e.ts desc`,
      [signalsSince.toISOString().slice(0, 19).replace('T', ' '), signalPattern],
    );
    return { rows, tags, signals };
  } finally {
    await ws.run('drop table if exists calllist_scope');
  }
}

/** Known territory ids and rep names/e-mails, for "did you mean" on a bad --territory or --rep. */
export async function knownTerritoriesAndReps(ws: Workspace): Promise<{ territories: string[]; reps: string[] }> {
  const territories = await ws.all<{ id: string }>(
    `select distinct id from (select territory_id as id from territories union all select territory_id from accounts
     union all select territory_id from stakeholders) where id is not null order by id`,
  );
  const reps = await ws.all<{ rep: string }>(
    `select distinct rep from (select rep_name as rep from territories union all select rep_email from territories) where rep is not null order by rep`,
  );
  return { territories: territories.map((t) => t.id), reps: reps.map((r) => r.rep) };
}

export interface SegmentCardLine {
  readonly segmentation: string;
  readonly segment: string;
  readonly name: string;
  readonly headline: string | null;
}

/** Name and headline of every segment card (migration 20), or none when the table is absent. */
export async function segmentCardLines(ws: Workspace): Promise<SegmentCardLine[]> {
  const [present] = await ws.all<{ n: number }>(`select count(*) as n from information_schema.tables where table_schema = 'main' and table_name = 'segment_cards'`);
  if (!present?.n) return [];
  return ws.all<SegmentCardLine & Record<string, unknown>>(
    `select segmentation, segment, name, nullif(json_extract_string(card, '$.headline'), '') as headline from segment_cards order by segmentation, segment`,
  );
}
