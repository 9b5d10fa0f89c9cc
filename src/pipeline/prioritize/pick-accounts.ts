/**
 * Sub-tables of parts and facts (the sites to place on the matrix) and the health-system roll-up: a
 * system's parts are the sums over its member accounts (volume, potential, sales, referral, KOL, contacts),
 * its share is recomputed from the summed units, and its affiliation is its size and GPO contract.
 *
 * Complexity: O(accounts).
 */
import { emptyParts, type AccountParts, type ReasonFacts } from '../../core/score/account-parts.js';
import { countByGroup, sumByGroup } from '../../core/score/sum-by-group.js';
import type { Assembled } from './assemble-parts.js';

export function pickParts(parts: AccountParts, index: Int32Array): AccountParts {
  const take = (a: Float64Array): Float64Array => Float64Array.from(index, (i) => a[i] as number);
  return {
    count: index.length,
    volume: take(parts.volume),
    potential: take(parts.potential),
    growth: take(parts.growth),
    sales: take(parts.sales),
    share: take(parts.share),
    affiliation: take(parts.affiliation),
    referral: take(parts.referral),
    kol: take(parts.kol),
    relationship: take(parts.relationship),
    hasVolume: Uint8Array.from(index, (i) => parts.hasVolume[i] as number),
  };
}

export function pickFacts(facts: ReasonFacts, index: Int32Array): ReasonFacts {
  const ints = (a: Int32Array): Int32Array => Int32Array.from(index, (i) => a[i] as number);
  return {
    referringAccounts: ints(facts.referringAccounts),
    affiliatedReferrers: ints(facts.affiliatedReferrers),
    hubsFeeding: ints(facts.hubsFeeding),
    kolCount: ints(facts.kolCount),
    systemSites: ints(facts.systemSites),
    inGpo: Uint8Array.from(index, (i) => facts.inGpo[i] as number),
    contacts: Float64Array.from(index, (i) => facts.contacts[i] as number),
  };
}

/** Parts and facts of the systems listed in `systems` (account indices), rolled up from their members. */
export function rollUpSystems(a: Assembled, systems: Int32Array): { parts: AccountParts; facts: ReasonFacts } {
  const n = a.parts.count;
  const slot = new Int32Array(n).fill(-1);
  systems.forEach((s, k) => (slot[s] = k));
  const group = Int32Array.from(a.system, (s) => (s >= 0 ? (slot[s] as number) : -1));
  const m = systems.length;
  const sum = (values: Float64Array): Float64Array => sumByGroup(values, group, m);
  const parts = emptyParts(m);
  parts.volume.set(sum(a.parts.volume));
  parts.potential.set(sum(a.parts.potential));
  parts.sales.set(sum(a.parts.sales));
  parts.referral.set(sum(a.parts.referral));
  parts.kol.set(sum(a.parts.kol));
  const numerator = sum(a.shareNumerator);
  const denominator = sum(a.shareDenominator);
  const members = countByGroup(group, m, (i) => a.isScored[i] === 1);
  const relationship = sum(a.parts.relationship);
  const toInt = (values: Float64Array): Int32Array => Int32Array.from(values);
  const intsOf = (values: Int32Array): Float64Array => Float64Array.from(values);
  const referring = sum(intsOf(a.facts.referringAccounts));
  const affiliatedIn = sum(intsOf(a.facts.affiliatedReferrers));
  for (let k = 0; k < m; k++) {
    const s = systems[k] as number;
    parts.share[k] = (denominator[k] as number) > 0 ? Math.min(1, (numerator[k] as number) / (denominator[k] as number)) : 0;
    parts.relationship[k] = (relationship[k] as number) / Math.max(1, members[k] as number);
    parts.affiliation[k] = Math.log1p(members[k] as number) + (a.facts.inGpo[s] as number);
    parts.hasVolume[k] = (parts.volume[k] as number) > 0 ? 1 : 0;
  }
  const facts: ReasonFacts = {
    // referrals between a system's own sites are affiliated; from outside they are plain referrers
    referringAccounts: toInt(Float64Array.from(referring, (r, k) => r - (affiliatedIn[k] as number))),
    affiliatedReferrers: new Int32Array(m),
    hubsFeeding: toInt(sum(intsOf(a.facts.hubsFeeding))),
    kolCount: toInt(sum(intsOf(a.facts.kolCount))),
    systemSites: members,
    inGpo: Uint8Array.from(systems, (s) => a.facts.inGpo[s] as number),
    contacts: sum(a.facts.contacts),
  };
  return { parts, facts };
}
