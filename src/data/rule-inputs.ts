/**
 * What rule evaluation reads from the workspace: the live field catalog (columns of accounts and
 * stakeholders, so imported extra columns are usable in rules) and, for the in-memory evaluator, the rows
 * themselves, the engagement events, the current tags and the previous members of each rule segment.
 * Fixed SQL only; the segmentation name travels as a parameter.
 */
import type { Workspace } from './workspace.js';
import { fieldCatalogFromColumns, type ColumnInfo, type FieldCatalog } from '../spec/rules/field-catalog.js';

/** The catalog of fields rules may name, from the workspace's own columns. */
export async function workspaceFieldCatalog(ws: Workspace): Promise<FieldCatalog> {
  const columns = await ws.all<ColumnInfo & Record<string, unknown>>(
    `select table_name as "table", column_name as "column", data_type as "sqlType"
     from information_schema.columns where table_schema = 'main' and table_name in ('accounts', 'stakeholders')
     order by table_name, ordinal_position`,
  );
  return fieldCatalogFromColumns(columns);
}

export interface RuleInputRows {
  readonly accounts: Record<string, unknown>[];
  readonly stakeholders: Record<string, unknown>[];
  readonly events: { stakeholder_id: string | null; account_id: string | null; type: string | null; channel: string | null; asset: string | null; ts: Date | null }[];
  readonly memberships: { kind: string; segmentation: string; entityKind: string; entityId: string; segment: string }[];
  /** Open memberships of this rule segmentation: segment → entity ids (for exit criteria). */
  readonly previous: Map<string, Set<string>>;
}

/** Loads everything the in-memory evaluator needs. Meant for modest workspaces; DuckDB scales further. */
export async function loadRuleInputs(ws: Workspace, segmentation: string): Promise<RuleInputRows> {
  const accounts = await ws.all('select * from accounts order by account_id');
  const stakeholders = await ws.all('select * from stakeholders order by stakeholder_id');
  const events = await ws.all<RuleInputRows['events'][number] & Record<string, unknown>>(
    'select stakeholder_id, account_id, type, channel, asset, ts from engagement_events',
  );
  const memberships = await ws.all<RuleInputRows['memberships'][number] & Record<string, unknown>>(
    `select kind, segmentation, entity_kind as "entityKind", entity_id as "entityId", segment
     from memberships where valid_to is null`,
  );
  const previous = new Map<string, Set<string>>();
  for (const m of memberships) {
    if (m.kind !== 'rule' || m.segmentation !== segmentation) continue;
    const set = previous.get(m.segment) ?? new Set<string>();
    set.add(m.entityId);
    previous.set(m.segment, set);
  }
  return { accounts, stakeholders, events, memberships, previous };
}
