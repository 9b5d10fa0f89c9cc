/**
 * Reading tags back: the current memberships of an entity or segmentation, the state at a past moment,
 * and the entries and exits between two moments. All read the history table of migration 50.
 */
import type { Workspace } from './workspace.js';
import type { EntityKind, MembershipKind } from './memberships.js';

export interface Membership {
  readonly kind: MembershipKind;
  readonly segmentation: string;
  readonly entityKind: EntityKind;
  readonly entityId: string;
  readonly segment: string;
  readonly confidence: number | null;
  readonly runId: string | null;
  readonly assignedAt: Date;
  readonly lastVerified: Date;
  readonly validFrom: Date;
  readonly validTo: Date | null;
}

export interface MembershipFilter {
  readonly kind?: MembershipKind;
  readonly segmentation?: string;
  readonly entityKind?: EntityKind;
  readonly entityId?: string;
}

const columns = `kind, segmentation, entity_kind as "entityKind", entity_id as "entityId", segment, confidence,
  run_id as "runId", assigned_at as "assignedAt", last_verified as "lastVerified", valid_from as "validFrom",
  valid_to as "validTo"`;

/** The filter as a parameterised `where` fragment; column names are fixed here, values are parameters. */
function where(filter: MembershipFilter, params: unknown[]): string {
  const parts: string[] = [];
  const add = (column: string, value: string | undefined): void => {
    if (value === undefined) return;
    params.push(value);
    parts.push(`${column} = $${params.length}`);
  };
  add('kind', filter.kind);
  add('segmentation', filter.segmentation);
  add('entity_kind', filter.entityKind);
  add('entity_id', filter.entityId);
  return parts.length ? parts.join(' and ') : 'true';
}

async function query(ws: Workspace, sql: string, params: unknown[]): Promise<Membership[]> {
  return ws.all<Membership & Record<string, unknown>>(sql, params as string[]);
}

/**
 * Open stays (current tags) matching the filter, ordered by entity, kind, segmentation and segment.
 * @example await currentMemberships(ws, { entityKind: 'stakeholder', entityId: 'S1' })
 */
export async function currentMemberships(ws: Workspace, filter: MembershipFilter = {}): Promise<Membership[]> {
  const params: unknown[] = [];
  const w = where(filter, params);
  return query(ws, `select ${columns} from memberships where valid_to is null and ${w}
    order by entity_kind, entity_id, kind, segmentation, segment`, params);
}

/** The memberships that were open at `at` (valid_from <= at < valid_to). */
export async function membershipsAt(ws: Workspace, at: Date, filter: MembershipFilter = {}): Promise<Membership[]> {
  const params: unknown[] = [at.toISOString()];
  const w = where(filter, params);
  return query(ws, `select ${columns} from memberships
    where valid_from <= cast($1 as timestamp) and (valid_to is null or valid_to > cast($1 as timestamp)) and ${w}
    order by entity_kind, entity_id, kind, segmentation, segment`, params);
}

/** Every stay of one entity, oldest first: its full tag history. */
export async function membershipHistory(ws: Workspace, entityKind: EntityKind, entityId: string): Promise<Membership[]> {
  return query(ws, `select ${columns} from memberships where entity_kind = $1 and entity_id = $2
    order by valid_from, kind, segmentation, segment`, [entityKind, entityId]);
}

export interface MembershipChanges {
  /** Stays that began in (since, until]. */
  readonly entries: Membership[];
  /** Stays that ended in (since, until]. */
  readonly exits: Membership[];
}

/** Entries and exits in the half-open window (since, until]; `until` defaults to now. */
export async function membershipChanges(ws: Workspace, since: Date, until: Date = new Date(), filter: MembershipFilter = {}): Promise<MembershipChanges> {
  const params: unknown[] = [since.toISOString(), until.toISOString()];
  const w = where(filter, params);
  const window = (column: string): string => `${column} > cast($1 as timestamp) and ${column} <= cast($2 as timestamp)`;
  const order = 'order by entity_kind, entity_id, kind, segmentation, segment';
  const entries = await query(ws, `select ${columns} from memberships where ${window('valid_from')} and ${w} ${order}`, params);
  const exits = await query(ws, `select ${columns} from memberships where valid_to is not null and ${window('valid_to')} and ${w} ${order}`, params);
  return { entries, exits };
}
