/**
 * Tags: every account, stakeholder and respondent carries its memberships of every kind, with the run
 * that assigned them, a confidence, when the stay began and when a run last confirmed it. Memberships are
 * kept as a history (valid_from / valid_to, table of migration 50), so "who entered or left segment X
 * since the last export" is a range query, and the current tags are the open stays.
 *
 * Reference: slowly changing dimension, type 2 (Kimball, The Data Warehouse Toolkit, ch. 5).
 */
import type { Workspace } from './workspace.js';
import { UsageError } from '../lib/errors.js';
import { rulesMessages } from '../lib/messages/rules.js';

export const membershipKinds = ['statistical', 'projected', 'rule', 'persona', 'quadrant', 'tier'] as const;
export type MembershipKind = (typeof membershipKinds)[number];
export const entityKinds = ['account', 'stakeholder', 'respondent'] as const;
export type EntityKind = (typeof entityKinds)[number];

/** One assignment produced by a run: entity X is in segment S with this confidence (null: not given). */
export interface MembershipRow {
  readonly entityKind: EntityKind;
  readonly entityId: string;
  readonly segment: string | number;
  readonly confidence?: number | null;
}

export interface RecordMembershipsInput {
  readonly kind: MembershipKind;
  /** The name of the segmentation these segments belong to ("survey-kmeans", "opportunity", "ortho-rules"). */
  readonly segmentation: string;
  readonly runId?: string | null;
  readonly rows: Iterable<MembershipRow>;
  /** When the run happened; defaults to now. Tests pass it to make history deterministic. */
  readonly at?: Date;
  /**
   * 'all' (default): `rows` is the complete new state of the segmentation; every open stay not in it
   * exits. 'listed': only the entities present in `rows` are replaced (a partial re-projection).
   */
  readonly scope?: 'all' | 'listed';
}

export interface RecordMembershipsResult {
  /** Stays opened by this call (an entity entering a segment, including a move from another segment). */
  readonly entered: number;
  /** Stays closed by this call. */
  readonly exited: number;
  /** Stays already open and confirmed again (last_verified, run_id and confidence refreshed). */
  readonly verified: number;
}

/**
 * Records the result of a segmentation run as memberships with history, in one transaction.
 * An entity may hold several segments of one segmentation at once (overlapping rule tags): the key of a
 * stay is (kind, segmentation, entity kind, entity id, segment). Duplicate rows keep the highest confidence.
 *
 * Signature (stable; other areas call it):
 *   recordMemberships(ws, { kind, segmentation, runId, rows: [{ entityKind, entityId, segment, confidence }],
 *                           at?, scope? }) → Promise<{ entered, exited, verified }>
 *
 * Complexity: O(n) rows appended, then three set-based statements (hash joins) in DuckDB.
 *
 * @example
 *   await recordMemberships(ws, { kind: 'statistical', segmentation: 'survey-kmeans', runId: 'r1',
 *     rows: [{ entityKind: 'stakeholder', entityId: 'S1', segment: 2, confidence: 0.91 }] });
 *   // → { entered: 1, exited: 0, verified: 0 }
 * @throws UsageError when kind or an entity kind is not one of the known ones, or segmentation is empty.
 */
export async function recordMemberships(ws: Workspace, input: RecordMembershipsInput): Promise<RecordMembershipsResult> {
  checkInput(input);
  const at = (input.at ?? new Date()).toISOString();
  const key = [input.kind, input.segmentation];
  return ws.transaction(async (tx) => {
    await stageRows(tx, input.rows);
    const match = `m.kind = $1 and m.segmentation = $2 and m.valid_to is null`;
    const sameStay = `s.entity_kind = m.entity_kind and s.entity_id = m.entity_id and s.segment = m.segment`;
    const verified = await count(tx, `select count(*) as n from memberships m join membership_stage s on ${sameStay} where ${match}`, key);
    await tx.run(
      `update memberships m set last_verified = cast($3 as timestamp), run_id = $4, confidence = s.confidence
       from membership_stage s where ${match} and ${sameStay}`,
      [...key, at, input.runId ?? null],
    );
    const inScope = input.scope === 'listed'
      ? `and exists (select 1 from membership_stage s where s.entity_kind = m.entity_kind and s.entity_id = m.entity_id)`
      : '';
    const leaving = `${match} and not exists (select 1 from membership_stage s where ${sameStay}) ${inScope}`;
    const exited = await count(tx, `select count(*) as n from memberships m where ${leaving}`, key);
    await tx.run(`update memberships m set valid_to = cast($3 as timestamp) where ${leaving}`, [...key, at]);
    const entering = `from membership_stage s where not exists (select 1 from memberships m where ${match} and ${sameStay})`;
    const entered = await count(tx, `select count(*) as n ${entering}`, key);
    await tx.run(
      `insert into memberships (kind, segmentation, entity_kind, entity_id, segment, confidence, run_id,
         assigned_at, last_verified, valid_from, valid_to)
       select $1, $2, s.entity_kind, s.entity_id, s.segment, s.confidence, $4,
         cast($3 as timestamp), cast($3 as timestamp), cast($3 as timestamp), null ${entering}`,
      [...key, at, input.runId ?? null],
    );
    await tx.run('drop table membership_stage');
    return { entered, exited, verified };
  });
}

function checkInput(input: RecordMembershipsInput): void {
  if (!(membershipKinds as readonly string[]).includes(input.kind)) {
    throw new UsageError(rulesMessages.unknownMembershipKind(String(input.kind), membershipKinds));
  }
  if (input.segmentation.trim() === '') throw new UsageError(rulesMessages.segmentationNameRequired);
}

/** Appends the rows to a temp table, deduplicated to one row per stay with the highest confidence. */
async function stageRows(ws: Workspace, rows: Iterable<MembershipRow>): Promise<void> {
  await ws.run('create or replace temp table membership_raw (entity_kind varchar, entity_id varchar, segment varchar, confidence double)');
  const appender = await ws.connection.createAppender('membership_raw', 'main', 'temp');
  try {
    for (const row of rows) {
      if (!(entityKinds as readonly string[]).includes(row.entityKind)) {
        throw new UsageError(rulesMessages.unknownEntityKind(String(row.entityKind), entityKinds));
      }
      appender.appendVarchar(row.entityKind);
      appender.appendVarchar(String(row.entityId));
      appender.appendVarchar(String(row.segment));
      if (row.confidence === undefined || row.confidence === null || !Number.isFinite(row.confidence)) appender.appendNull();
      else appender.appendDouble(row.confidence);
      appender.endRow();
    }
  } finally {
    appender.closeSync();
  }
  await ws.run(`create or replace temp table membership_stage as
    select entity_kind, entity_id, segment, max(confidence) as confidence
    from membership_raw group by entity_kind, entity_id, segment`);
  await ws.run('drop table membership_raw');
}

async function count(ws: Workspace, sql: string, params: readonly string[]): Promise<number> {
  const [row] = await ws.all<{ n: number }>(sql, params);
  return Number(row?.n ?? 0);
}
