/**
 * A plain reason for every placement on the matrix, built from the account's own numbers: the two parts
 * that contributed most to its opportunity, then its current position ("4,120 untreated patients;
 * 3 affiliated sites refer in; share 8%"). Reps read these on a call list, so they name facts, not
 * scores; every fragment comes from the message catalogue.
 *
 * Complexity: O(n p) for p parts.
 *
 * @example
 * explainPlacements(parts, facts, scores, placement.quadrant)[0]; // "412 procedures; 3 affiliated sites refer in; share 8%"
 */
import { prioritizeMessages as msg } from '../../lib/messages/prioritize.js';
import { opportunityPartNames, type AccountParts, type OpportunityPart, type ReasonFacts } from './account-parts.js';
import { quadrantIds } from './quadrant.js';
import type { AccountScores } from './score-accounts.js';

/** Parts contributing less than this many score points are not worth naming. */
const MIN_POINTS = 2;
const DRIVERS = 2;

export function explainPlacements(parts: AccountParts, facts: ReasonFacts, scores: AccountScores, quadrant: Int8Array): string[] {
  const reasons = new Array<string>(parts.count);
  for (let i = 0; i < parts.count; i++) {
    const fragments: string[] = [];
    if (parts.hasVolume[i] !== 1) fragments.push(msg.reasonNoVolume());
    for (const part of drivers(scores, i)) {
      const text = describe(part, parts, facts, i);
      if (text) fragments.push(text);
    }
    fragments.push(...position(parts, facts, scores, quadrant, i));
    reasons[i] = fragments.join('; ');
  }
  return reasons;
}

/** The opportunity parts with the largest contributions for account i, largest first. */
function drivers(scores: AccountScores, i: number): OpportunityPart[] {
  return opportunityPartNames
    .map((name) => [name, scores.contributions[name][i] as number] as const)
    .filter(([, points]) => points >= MIN_POINTS)
    .sort((a, b) => b[1] - a[1])
    .slice(0, DRIVERS)
    .map(([name]) => name);
}

function describe(part: OpportunityPart, parts: AccountParts, facts: ReasonFacts, i: number): string | undefined {
  switch (part) {
    case 'volume':
      return msg.reasonVolume(parts.volume[i] as number);
    case 'potential': {
      const growth = parts.growth[i] as number;
      const base = msg.reasonPotential(parts.potential[i] as number);
      return Number.isFinite(growth) && Math.abs(growth) >= 0.05 ? `${base}, ${msg.reasonGrowth(100 * growth)}` : base;
    }
    case 'sales':
      return msg.reasonSales(parts.sales[i] as number);
    case 'affiliation':
      if ((facts.systemSites[i] as number) > 0) return msg.reasonSystem(facts.systemSites[i] as number);
      return facts.inGpo[i] === 1 ? msg.reasonGpo() : undefined;
    case 'referral':
      if ((facts.affiliatedReferrers[i] as number) > 0) return msg.reasonAffiliatedReferrers(facts.affiliatedReferrers[i] as number);
      if ((facts.referringAccounts[i] as number) > 0) return msg.reasonReferrers(facts.referringAccounts[i] as number);
      return (facts.hubsFeeding[i] as number) > 0 ? msg.reasonHubs(facts.hubsFeeding[i] as number) : undefined;
    case 'kol':
      return (facts.kolCount[i] as number) > 0 ? msg.reasonKol(facts.kolCount[i] as number) : undefined;
  }
}

/** Share always; rep contacts too when the account sits high on position and relationship helped. */
function position(parts: AccountParts, facts: ReasonFacts, scores: AccountScores, quadrant: Int8Array, i: number): string[] {
  const out = [(parts.sales[i] as number) > 0 ? msg.reasonShare(100 * (parts.share[i] as number)) : msg.reasonNoSales()];
  const q = quadrantIds[quadrant[i] as number];
  const highPosition = q === 'expansion' || q === 'maintain_monitor';
  if (highPosition && (facts.contacts[i] as number) > 0 && (scores.contributions.relationship[i] as number) >= MIN_POINTS) {
    out.push(msg.reasonRelationship(facts.contacts[i] as number));
  }
  return out;
}
