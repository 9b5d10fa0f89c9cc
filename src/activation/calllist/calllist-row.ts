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

/**
 * Code point order (the order of UTF-8 bytes, which is how DuckDB sorts VARCHAR), so a list sorted here
 * and one sorted in SQL agree. Plain `<` on JavaScript strings compares UTF-16 code units, which puts
 * U+E000–U+FFFF after astral characters such as emoji; the fix-up below maps code units so that the
 * comparison follows code points instead (the classic UTF-16 "code point order" fix-up).
 * @example compareCodePoints('\uFF21', '\u{1F600}')   // -1 (plain `<` says the opposite)
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x += x >= 0xe000 ? -0x800 : 0x2000;
      y += y >= 0xe000 ? -0x800 : 0x2000;
    }
    return x < y ? -1 : 1;
  }
  return a.length < b.length ? -1 : 1;
}

/** The columns every export is sorted by, in order (ascending, missing last). */
export const callListSortColumns: readonly CallListColumn[] = ['territory_id', 'tier', 'account_name', 'name', 'stakeholder_id'];

/** Rows sorted as every export lists them: territory, tier, account, name, id; missing values last. */
export function compareCallListRows(a: CallListRow, b: CallListRow): number {
  for (const key of callListSortColumns) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return compareCodePoints(String(x), String(y));
  }
  return 0;
}
