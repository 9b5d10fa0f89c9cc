/**
 * The visible parts of an account's opportunity and current position, one typed array per part (length =
 * accounts). Pipeline code fills them from the workspace; core/score turns them into scores, quadrants,
 * tiers and reasons. Raw units are kept (patients, units, PageRank mass...) so reports can show them.
 */
export const opportunityPartNames = ['volume', 'potential', 'sales', 'affiliation', 'referral', 'kol'] as const;
export type OpportunityPart = (typeof opportunityPartNames)[number];
export const positionPartNames = ['share', 'relationship'] as const;
export type PositionPart = (typeof positionPartNames)[number];

export interface AccountParts {
  readonly count: number;
  /** Current treated volume (procedures or claims in the window), corrected for under-reported codes. */
  readonly volume: Float64Array;
  /** Untreated patients (diagnosed or population x prevalence, minus treated), growth applied. */
  readonly potential: Float64Array;
  /** Relative change of volume between the two latest windows; NaN when unknown. */
  readonly growth: Float64Array;
  /** Our sales in the window (units or revenue). */
  readonly sales: Float64Array;
  /** Our share, 0..1. */
  readonly share: Float64Array;
  /** Affiliation strength: system membership and size, GPO membership, affiliated stakeholders. */
  readonly affiliation: Float64Array;
  /** Referral influence: PageRank mass of the account's stakeholders, scaled to nodes (1 = average node). */
  readonly referral: Float64Array;
  /** KOL presence: summed KOL index of the account's stakeholders. */
  readonly kol: Float64Array;
  /** Relationship: weighted engagement (rep contacts, meetings...) plus an installed-base flag. */
  readonly relationship: Float64Array;
  /** 1 when the account has any volume on file (cut points are fitted on these). */
  readonly hasVolume: Uint8Array;
}

/** Counts behind the reason text, per account. */
export interface ReasonFacts {
  readonly referringAccounts: Int32Array;
  readonly affiliatedReferrers: Int32Array;
  readonly hubsFeeding: Int32Array;
  readonly kolCount: Int32Array;
  /** Sites in the account's system (0 when independent). */
  readonly systemSites: Int32Array;
  readonly inGpo: Uint8Array;
  /** Weighted rep contacts in the window. */
  readonly contacts: Float64Array;
}

/** Parts of `count` accounts, all zero. */
export function emptyParts(count: number): AccountParts {
  return {
    count,
    volume: new Float64Array(count),
    potential: new Float64Array(count),
    growth: new Float64Array(count).fill(NaN),
    sales: new Float64Array(count),
    share: new Float64Array(count),
    affiliation: new Float64Array(count),
    referral: new Float64Array(count),
    kol: new Float64Array(count),
    relationship: new Float64Array(count),
    hasVolume: new Uint8Array(count),
  };
}
