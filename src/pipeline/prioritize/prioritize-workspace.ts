/**
 * Account prioritization of a workspace — the first step of "prioritize accounts, then segment
 * stakeholders" and what `segmap prioritize` and the demo run:
 *
 *   1 options (project file)  → 2 load (accounts, stakeholders, referrals, volumes, sales, signals)
 *   → 3 assemble parts (systems, referral PageRank, KOL index) → 4 score and place sites on the matrix
 *   → 5 roll up to health systems, down to stakeholders → 6 record (tables, memberships, run)
 *   → 7 deliver (accounts.csv, accounts.xlsx, matrix.svg) when an output folder is given.
 *
 * Every bad input is handled and counted in `report.dataIssues`; the report is what `--json` prints.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { AccountParts, ReasonFacts } from '../../core/score/account-parts.js';
import { prioritizeAccounts, type PrioritizeOptions, type Prioritized } from '../../core/score/prioritize-accounts.js';
import { openWorkspace, type Workspace } from '../../data/workspace.js';
import { InputError } from '../../lib/errors.js';
import { silentLogger, type Logger } from '../../lib/logger.js';
import { prioritizeMessages as msg } from '../../lib/messages/index.js';
import { noProgress, type ProgressSink } from '../../lib/progress.js';
import type { PrioritizationSpec } from '../../spec/prioritization.js';
import { assembleParts, type Assembled } from './assemble-parts.js';
import { loadReferrals } from './load-referrals.js';
import { loadSales } from './load-sales.js';
import { loadSignals } from './load-signals.js';
import { loadUniverse, type Universe } from './load-universe.js';
import { loadVolumes, type Volumes } from './load-volumes.js';
import { pickFacts, pickParts, rollUpSystems } from './pick-accounts.js';
import { readPrioritization } from './project-options.js';
import { buildReport, type PrioritizeReport } from './prioritize-report.js';
import { stakeholderPriority, type StakeholderPriority } from './stakeholder-priority.js';
import { writeDeliverables } from './write-deliverables.js';
import { recordPrioritization } from './write-scores.js';

export interface PrioritizeRequest {
  /** The workspace folder. */
  readonly dir: string;
  /** Where accounts.csv, accounts.xlsx and matrix.svg go; nothing is written when omitted. */
  readonly out?: string;
  /** Options; default: the `prioritization:` section of D/segmap.yaml. */
  readonly spec?: PrioritizationSpec;
}

export interface Level {
  /** Account indices (universe order) of this level. */
  readonly index: Int32Array;
  /** Names of the peer groups (account types) whose own cut points were fitted; see placement.cuts. */
  readonly groupNames: readonly string[];
  readonly parts: AccountParts;
  readonly facts: ReasonFacts;
  readonly result: Prioritized;
}

export interface Prioritization {
  readonly runId: string;
  readonly spec: PrioritizationSpec;
  readonly universe: Universe;
  readonly volumes: Volumes;
  readonly assembled: Assembled;
  readonly sites: Level;
  readonly systems: Level | undefined;
  readonly stakeholders: StakeholderPriority;
  readonly report: PrioritizeReport;
}

export interface PrioritizeIo {
  readonly logger?: Logger;
  readonly progress?: ProgressSink;
}

/** Opens the workspace, prioritizes, records and (with `out`) writes the deliverables. */
export async function prioritizeWorkspace(request: PrioritizeRequest, io: PrioritizeIo = {}): Promise<PrioritizeReport> {
  const spec = request.spec ?? readPrioritization(request.dir);
  const ws = await openWorkspace(request.dir);
  try {
    const result = await prioritize(ws, spec, io);
    const files = request.out ? await writeDeliverables(ws, result, request.out) : [];
    return { ...result.report, files };
  } finally {
    ws.close();
  }
}

/** Phases 2–6 on an open workspace (the demo stage and tests call this). */
export async function prioritize(ws: Workspace, spec: PrioritizationSpec, io: PrioritizeIo = {}): Promise<Prioritization> {
  const started = new Date();
  const t0 = performance.now();
  const logger = io.logger ?? silentLogger;
  const progress = io.progress ?? noProgress;
  progress({ phase: 'loading', done: 0, total: 5 });
  const universe = await loadUniverse(ws, spec.relationship.own_vendor);
  const referrals = await loadReferrals(ws, universe.stakeholderCount, spec.referrals.suppressed_value);
  const volumes = await loadVolumes(ws, spec, universe.accountIds.length, universe.stakeholderCount);
  const sales = await loadSales(ws, spec, universe.accountIds.length);
  const signals = await loadSignals(ws, spec, universe.accountIds.length, universe.stakeholderCount);
  progress({ phase: 'loading', done: 5, total: 5 });
  const assembled = assembleParts({ universe, referrals, volumes, sales, signals }, spec, { logger, progress });
  if (assembled.cycleAccounts > 0) logger.warn('parent-cycle', msg.parentCycle(assembled.cycleAccounts));
  const options = matrixOptions(spec);
  const byType = spec.cut_points.by === 'type';
  const sites = level(assembled, assembled.isScored, options, byType ? universe.accountType : undefined);
  if (!sites) throw new InputError(msg.nothingToScore(spec.scored_types));
  const systems = level(assembled, assembled.isSystem, options, undefined, true);
  const accountScore = new Float64Array(universe.accountIds.length);
  for (const lv of [sites, systems]) lv?.index.forEach((a, k) => (accountScore[a] = lv.result.scores.opportunity[k] as number));
  const stakeholders = stakeholderPriority(assembled.influence.pagerank, assembled.kolIndex, volumes.stakeholderVolume, universe.stakeholderAccount, accountScore, spec);
  const runId = `prioritize-${started.toISOString().replace(/[-:.TZ]/g, '').slice(0, 14)}-${randomUUID().slice(0, 8)}`;
  const report = buildReport({ runId, spec, universe, volumes, referrals, sales, signals, assembled, sites, systems });
  const result: Prioritization = { runId, spec, universe, volumes, assembled, sites, systems, stakeholders, report };
  progress({ phase: 'recording', done: 0 });
  await recordPrioritization(ws, result, started, (performance.now() - t0) / 1000);
  return result;
}

function matrixOptions(spec: PrioritizationSpec): PrioritizeOptions {
  return {
    weights: spec.weights,
    positionWeights: spec.position_weights,
    cut: spec.cut_points.method,
    quantile: spec.cut_points.quantile,
    tiers: spec.tiers,
    callsPerMonth: spec.calls_per_month,
    minGroup: spec.cut_points.min_group,
  };
}

/**
 * Scores the accounts flagged in `mask` (sites, or systems rolled up from their members); with `types`,
 * each account type is a peer group with its own cut points.
 */
function level(a: Assembled, mask: Uint8Array, options: PrioritizeOptions, types?: readonly string[], rollUp = false): Level | undefined {
  const picked: number[] = [];
  mask.forEach((m, i) => m === 1 && picked.push(i));
  const index = Int32Array.from(picked);
  if (index.length === 0) return undefined;
  const { parts, facts } = rollUp ? rollUpSystems(a, index) : { parts: pickParts(a.parts, index), facts: pickFacts(a.facts, index) };
  const groupNames = types ? [...new Set(Array.from(index, (i) => types[i] as string))].sort() : [];
  const groups = types ? Int32Array.from(index, (i) => groupNames.indexOf(types[i] as string)) : undefined;
  return { index, groupNames, parts, facts, result: prioritizeAccounts(parts, facts, { ...options, ...(groups ? { groups } : {}) }) };
}

/** The name of the peer group of a set of fitted cuts (-1: every account). */
export const groupName = (lv: Level, group: number): string => (group < 0 ? 'all accounts' : (lv.groupNames[group] ?? String(group)));
