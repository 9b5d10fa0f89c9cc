/**
 * What the in-memory evaluator reads: entity rows as plain objects (as DuckDB or a CSV gives them),
 * engagement events, the open memberships of other kinds, and who was in each rule segment at the last
 * run (for exit criteria). Dates may come as Date objects or ISO strings; both are accepted.
 */
export type RuleRow = Readonly<Record<string, unknown>>;

export interface RuleEvent {
  readonly stakeholder_id: string | null;
  readonly account_id: string | null;
  readonly type: string | null;
  readonly channel: string | null;
  readonly asset: string | null;
  /** A Date, an ISO timestamp string or epoch milliseconds. */
  readonly ts: Date | string | number | null;
}

/** An open membership (current tag) of any kind. */
export interface StoredMembership {
  readonly kind: string;
  readonly segmentation: string;
  readonly entityKind: string;
  readonly entityId: string;
  readonly segment: string;
}

export interface RuleData {
  readonly accounts: readonly RuleRow[];
  readonly stakeholders: readonly RuleRow[];
  readonly events: readonly RuleEvent[];
  readonly memberships: readonly StoredMembership[];
  /** Rule segment name → entity ids that were members after the previous run of this rule set. */
  readonly previous: ReadonlyMap<string, ReadonlySet<string>>;
}

export const emptyRuleData: RuleData = { accounts: [], stakeholders: [], events: [], memberships: [], previous: new Map() };
