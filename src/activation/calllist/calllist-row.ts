/**
 * One line of a call list: a stakeholder a rep can call, with the segment, priority and talking point
 * that Segmap assigned, and how fresh the facts are. The keys are the canonical (generic) column names;
 * CRM header profiles (./crm-headers.ts) only rename them. The order of `callListColumns` is the order of
 * the columns in every export and the order the row hash is computed in.
 */
export interface CallListRow {
  readonly stakeholder_id: string;
  readonly npi: string | null;
  readonly name: string | null;
  readonly role: string | null;
  readonly specialty: string | null;
  readonly account_id: string | null;
  readonly account_name: string | null;
  readonly territory_id: string | null;
  readonly rep: string | null;
  readonly segment: string | null;
  /** Which kind of membership the segment came from: statistical, projected, persona or rule. */
  readonly segment_source: string | null;
  readonly segment_confidence: number | null;
  readonly tier: string | null;
  readonly quadrant: string | null;
  /** Overlapping rule tags, `;`-separated. */
  readonly tags: string | null;
  /** The headline of the segment card (until message pillars by buying stage exist). */
  readonly message_pillar: string | null;
  readonly next_step: string | null;
  /** ISO date the stakeholder record was last verified. */
  readonly last_verified: string | null;
  readonly stale: boolean;
  readonly stale_reason: string | null;
}

export type CallListColumn = keyof CallListRow;

export const callListColumns: readonly CallListColumn[] = [
  'stakeholder_id', 'npi', 'name', 'role', 'specialty', 'account_id', 'account_name', 'territory_id', 'rep',
  'segment', 'segment_source', 'segment_confidence', 'tier', 'quadrant', 'tags', 'message_pillar', 'next_step',
  'last_verified', 'stale', 'stale_reason',
];

/** The cell values of a row in column order (null for missing). */
export function rowValues(row: CallListRow): (string | number | boolean | null)[] {
  return callListColumns.map((c) => row[c]);
}

/** Rows sorted as every export lists them: territory, tier, account, name, id. */
export function compareCallListRows(a: CallListRow, b: CallListRow): number {
  const keys: CallListColumn[] = ['territory_id', 'tier', 'account_name', 'name', 'stakeholder_id'];
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}
