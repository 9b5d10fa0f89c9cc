/**
 * Who is in which segment, for a workspace profile: from a segments file written by a pipeline stage
 * (D/out/survey-segments.csv: an id column and `segment`), or from the open memberships of a segmentation
 * (any kind: statistical, projected, rule, persona, quadrant, tier). Fills the temp table the dataset
 * builder joins on (./workspace-profile-input.ts). The file path and every value are parameters; the id
 * column is one of a fixed list of names.
 *
 * @example
 * const kind = await membersFromFile(ws, 'D/out/survey-segments.csv');   // 'respondent'
 * const latest = await latestSegmentation(ws);                            // { kind: 'statistical', segmentation: 'survey', … }
 */
import { InputError } from '../../lib/errors.js';
import { profileMessages } from '../../lib/messages/profile.js';
import type { Workspace } from '../../data/workspace.js';
import { membersTable, type MemberKind } from './workspace-profile-input.js';

const idColumns: readonly (readonly [string, MemberKind])[] = [
  ['respondent_id', 'respondent'],
  ['stakeholder_id', 'stakeholder'],
  ['account_id', 'account'],
];

export async function membersFromFile(ws: Workspace, file: string): Promise<MemberKind> {
  const columns = (await ws.all<{ column_name: string }>('describe select * from read_csv($1, all_varchar = true, header = true)', [file])).map((c) => c.column_name);
  const found = idColumns.find(([name]) => columns.includes(name));
  if (!found || !columns.includes('segment')) throw new InputError(profileMessages.columnsMissing([found ? 'segment' : 'respondent_id | stakeholder_id | account_id'], file), { file });
  const [column, kind] = found;
  // `column` is one of the fixed names above, never text from the file
  await ws.run(
    `create or replace temp table ${membersTable} as
     select distinct cast("${column}" as varchar) as entity_id, cast(segment as varchar) as segment
     from read_csv($1, all_varchar = true, header = true) where "${column}" is not null and segment is not null`,
    [file],
  );
  return kind;
}

export interface LatestSegmentation {
  readonly kind: string;
  readonly segmentation: string;
  readonly entityKind: MemberKind;
  readonly at: Date;
  readonly members: number;
}

export async function latestSegmentation(ws: Workspace): Promise<LatestSegmentation | undefined> {
  const rows = await ws.all<{ kind: string; segmentation: string; entity_kind: string; last_at: Date; n: number }>(
    `select kind, segmentation, entity_kind, max(last_verified) as last_at, count(*) as n from memberships
     where valid_to is null and entity_kind in ('respondent', 'stakeholder', 'account') group by all order by last_at desc, n desc limit 1`,
  );
  const row = rows[0];
  const entityKind = idColumns.find(([, k]) => k === row?.entity_kind)?.[1];
  return row && entityKind ? { kind: row.kind, segmentation: row.segmentation, entityKind, at: row.last_at, members: row.n } : undefined;
}

export async function membersFromMemberships(ws: Workspace, latest: LatestSegmentation): Promise<void> {
  await ws.run(
    `create or replace temp table ${membersTable} as
     select entity_id, min(segment) as segment from memberships
     where valid_to is null and kind = $1 and segmentation = $2 and entity_kind = $3 group by entity_id`,
    [latest.kind, latest.segmentation, latest.entityKind],
  );
}
