/**
 * Turns what the loaders read into the visible parts of every account (core/score's AccountParts) and the
 * counts behind reasons: volume (corrected), untreated potential with growth, sales and share,
 * affiliation strength, referral influence, KOL presence and relationship. Parent links are resolved
 * (cycles broken and counted) to find each site's health system.
 *
 * Phases: 1 systems from parent links → 2 referral influence → 3 KOL index → 4 parts per account.
 */
import { emptyParts, type AccountParts, type ReasonFacts } from '../../core/score/account-parts.js';
import { affiliationStrength } from '../../core/score/affiliation-strength.js';
import { KOL_THRESHOLD, kolIndex } from '../../core/score/kol-index.js';
import { resolveParents } from '../../core/score/parent-forest.js';
import { countByGroup, sumByGroup } from '../../core/score/sum-by-group.js';
import type { Logger } from '../../lib/logger.js';
import type { ProgressSink } from '../../lib/progress.js';
import type { PrioritizationSpec } from '../../spec/prioritization.js';
import type { Referrals } from './load-referrals.js';
import type { Sales } from './load-sales.js';
import type { Signals } from './load-signals.js';
import type { Universe } from './load-universe.js';
import type { Volumes } from './load-volumes.js';
import { referralInfluence, type ReferralInfluence } from './referral-influence.js';

export interface Inputs {
  readonly universe: Universe;
  readonly referrals: Referrals;
  readonly volumes: Volumes;
  readonly sales: Sales;
  readonly signals: Signals;
}

export interface Assembled {
  /** Parts of every account (index of the universe). */
  readonly parts: AccountParts;
  readonly facts: ReasonFacts;
  /** System account of each account (-1: independent); a system is its own system. */
  readonly system: Int32Array;
  readonly isSystem: Uint8Array;
  readonly isScored: Uint8Array;
  /** Units behind share, for roll-ups. */
  readonly shareNumerator: Float64Array;
  readonly shareDenominator: Float64Array;
  readonly influence: ReferralInfluence;
  readonly kolIndex: Float64Array;
  readonly cycleAccounts: number;
  readonly volumeRaisedToSales: number;
}

export function assembleParts(inputs: Inputs, spec: PrioritizationSpec, io: { logger: Logger; progress: ProgressSink }): Assembled {
  const { universe, volumes, sales, signals } = inputs;
  const n = universe.accountIds.length;
  const isSystem = Uint8Array.from(universe.accountType, (t) => (spec.system_types.includes(t) ? 1 : 0));
  const isScored = Uint8Array.from(universe.accountType, (t) => (spec.scored_types.includes(t) ? 1 : 0));
  const forest = resolveParents(universe.parent);
  const system = Int32Array.from(forest.root, (r, i) => (isSystem[i] === 1 ? i : isSystem[r] === 1 ? r : -1));
  const systemSites = countByGroup(system, n, (i) => isScored[i] === 1);
  const influence = referralInfluence(inputs.referrals, universe.stakeholderAccount, system, spec.referrals, io);
  const kol = kolIndex(signals.kol, signals.kolWeights);
  const parts = emptyParts(n);
  let raised = 0;
  for (let i = 0; i < n; i++) {
    let volume = volumes.volume[i] as number;
    if (!sales.shareOverSales && (sales.ourUnits[i] as number) > volume) {
      volume = sales.ourUnits[i] as number; // we sold more than claims show: claims are incomplete
      raised++;
    }
    parts.volume[i] = volume;
    parts.hasVolume[i] = volumes.hasVolume[i] as number;
  }
  fillPotential(parts, volumes, spec.potential);
  const numerator = sales.ourUnits;
  const denominator = sales.shareOverSales ? sales.allUnits : parts.volume;
  for (let i = 0; i < n; i++) {
    parts.sales[i] = sales.ours[i] as number;
    parts.share[i] = shareOf(numerator[i] as number, denominator[i] as number);
    parts.referral[i] = (influence.flows.pagerankMass[i] as number) * influence.graph.nodeCount;
    parts.relationship[i] = (signals.contacts[i] as number) / Math.max(1, signals.staff[i] as number) + (universe.ownInstalled[i] as number);
  }
  parts.affiliation.set(affiliationStrength(Uint8Array.from(system, (s, i) => (s >= 0 && s !== i ? 1 : 0)), Int32Array.from(system, (s) => (s >= 0 ? (systemSites[s] as number) : 0)), universe.inGpo, signals.affiliated));
  parts.kol.set(sumByGroup(kol, universe.stakeholderAccount, n));
  const facts: ReasonFacts = {
    referringAccounts: influence.flows.referringAccounts,
    affiliatedReferrers: influence.flows.affiliatedReferrers,
    hubsFeeding: influence.flows.hubsFeeding,
    kolCount: countByGroup(universe.stakeholderAccount, n, (s) => (kol[s] as number) >= KOL_THRESHOLD),
    systemSites: Int32Array.from(system, (s, i) => (s >= 0 ? (s === i ? (systemSites[i] as number) : (systemSites[s] as number)) : 0)),
    inGpo: universe.inGpo,
    contacts: signals.contacts,
  };
  return {
    parts,
    facts,
    system,
    isSystem,
    isScored,
    shareNumerator: numerator,
    shareDenominator: denominator,
    influence,
    kolIndex: kol,
    cycleAccounts: forest.cycleAccounts,
    volumeRaisedToSales: raised,
  };
}

const shareOf = (ours: number, all: number): number => (all > 0 ? Math.min(1, Math.max(0, ours / all)) : 0);

/**
 * Untreated patients = diagnosed (diagnosis codes, or population x prevalence) - treated, never below 0,
 * scaled by the volume trend when `growth` is on (clamped to -50%..+100%).
 */
function fillPotential(parts: AccountParts, volumes: Volumes, options: PrioritizationSpec['potential']): void {
  for (let i = 0; i < parts.count; i++) {
    const population = volumes.population[i] as number;
    const diagnosed = options.diagnosis_codes.length > 0
      ? (volumes.diagnosed[i] as number)
      : options.prevalence !== undefined && Number.isFinite(population) ? population * options.prevalence : 0;
    const previous = volumes.previousVolume[i] as number;
    const growth = previous > 0 ? (volumes.volume[i] as number) / previous - 1 : NaN;
    parts.growth[i] = growth;
    const untreated = Math.max(0, diagnosed - (volumes.treated[i] as number));
    parts.potential[i] = options.growth && Number.isFinite(growth) ? untreated * (1 + Math.min(1, Math.max(-0.5, growth))) : untreated;
  }
}
