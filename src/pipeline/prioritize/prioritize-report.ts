/**
 * The report of a prioritization run — what `segmap prioritize --json` prints and the run record keeps:
 * how many accounts were placed and where, the cut points found in the data, the referral network, and
 * every kind of bad input with its count.
 */
import type { QuadrantId } from '../../core/score/quadrant.js';
import type { CutPoint } from '../../core/score/cut-point.js';
import type { PrioritizationSpec } from '../../spec/prioritization.js';
import type { Assembled } from './assemble-parts.js';
import type { ReferralIssues, Referrals } from './load-referrals.js';
import type { Sales, SalesIssues } from './load-sales.js';
import type { SignalIssues, Signals } from './load-signals.js';
import type { Universe } from './load-universe.js';
import type { VolumeIssues, Volumes } from './load-volumes.js';
import { groupName, type Level } from './prioritize-workspace.js';

export interface CutSummary {
  /** Peer group ("all accounts", or an account type fitted on its own). */
  readonly group: string;
  /** Accounts the cuts were fitted on (those with volume on file). */
  readonly fittedOn: number;
  /** Accounts placed with these cuts. */
  readonly placed: number;
  readonly opportunity: CutPoint;
  readonly position: CutPoint;
  readonly tierBreaks: readonly number[];
}

export interface LevelSummary {
  readonly accounts: number;
  readonly quadrants: Readonly<Record<QuadrantId, number>>;
  readonly cutPoints: readonly CutSummary[];
  readonly tiers: Readonly<Record<string, number>>;
}

/** Rows read, per source table. */
export interface InputRows {
  readonly referralRows: number;
  readonly referralsUsed: number;
  readonly volumeRows: number;
  readonly salesRows: number;
}

type RowCounts = keyof InputRows;

/** Every kind of bad input, with how many rows or accounts it affected (all handled, none fatal). */
export type DataIssues = Omit<ReferralIssues & VolumeIssues & SalesIssues, RowCounts> &
  SignalIssues & {
    readonly accountsWithoutVolume: number;
    readonly accountsOnParentCycles: number;
    readonly unknownParents: number;
    readonly volumeRaisedToSales: number;
  };

export interface PrioritizeReport {
  readonly runId: string;
  readonly sites: LevelSummary;
  readonly systems: LevelSummary | null;
  readonly stakeholders: number;
  readonly network: { readonly nodes: number; readonly edges: number; readonly iterations: number; readonly converged: boolean; readonly hubs: number };
  readonly periods: readonly string[];
  readonly shareOver: 'sales' | 'volume';
  readonly kolMode: PrioritizationSpec['kol']['mode'];
  readonly kolKinds: readonly string[];
  readonly inputs: InputRows;
  readonly dataIssues: DataIssues;
  readonly files: readonly string[];
}

export interface ReportInputs {
  readonly runId: string;
  readonly spec: PrioritizationSpec;
  readonly universe: Universe;
  readonly volumes: Volumes;
  readonly referrals: Referrals;
  readonly sales: Sales;
  readonly signals: Signals;
  readonly assembled: Assembled;
  readonly sites: Level;
  readonly systems: Level | undefined;
}

export function summarizeLevel(level: Level): LevelSummary {
  const { placement } = level.result;
  const tiers: Record<string, number> = {};
  for (const t of placement.tier) tiers[String(t)] = (tiers[String(t)] ?? 0) + 1;
  const placed = new Int32Array(placement.cuts.length);
  for (const c of placement.cutsOf) placed[c] = (placed[c] as number) + 1;
  return {
    accounts: level.index.length,
    quadrants: placement.counts,
    cutPoints: placement.cuts.map((c, k) => ({
      group: groupName(level, c.group),
      fittedOn: c.fittedOn,
      placed: placed[k] as number,
      opportunity: c.opportunityCut,
      position: c.positionCut,
      tierBreaks: [...c.tierBreaks],
    })),
    tiers,
  };
}

export function buildReport(r: ReportInputs): PrioritizeReport {
  const { influence } = r.assembled;
  const { referralRows, referralsUsed, ...referralIssues } = r.referrals.issues;
  const { volumeRows, ...volumeIssues } = r.volumes.issues;
  const { salesRows, ...salesIssues } = r.sales.issues;
  const withoutVolume = r.sites.parts.hasVolume.reduce((s, v) => s + (v === 1 ? 0 : 1), 0);
  return {
    runId: r.runId,
    sites: summarizeLevel(r.sites),
    systems: r.systems ? summarizeLevel(r.systems) : null,
    stakeholders: r.universe.stakeholderCount,
    network: {
      nodes: influence.graph.nodeCount,
      edges: influence.graph.edgeCount,
      iterations: influence.iterations,
      converged: influence.converged,
      hubs: influence.hubs.length,
    },
    periods: r.volumes.periods,
    shareOver: r.sales.shareOverSales ? 'sales' : 'volume',
    kolMode: r.spec.kol.mode,
    kolKinds: r.signals.kolKinds,
    inputs: { referralRows, referralsUsed, volumeRows, salesRows },
    dataIssues: {
      accountsWithoutVolume: withoutVolume,
      accountsOnParentCycles: r.assembled.cycleAccounts,
      unknownParents: r.universe.unknownParents,
      volumeRaisedToSales: r.assembled.volumeRaisedToSales,
      ...referralIssues,
      ...volumeIssues,
      ...salesIssues,
      ...r.signals.issues,
    },
    files: [],
  };
}
