/**
 * The physician referral (shared-patient) network of the demo market. Each physician refers to a few
 * others, mostly in the same state, choosing targets in proportion to their pull: a Pareto-tailed weight
 * raised for clinical innovators and for physicians at high-opportunity accounts. Preferential choice over
 * heavy-tailed weights gives power-law in-degrees, so hubs appear. As in the CMS shared-patient files,
 * counts under 11 are suppressed: the count is blank (the importer flags it suppressed), never zero.
 *
 * Reference: CMS Physician Shared Patient Patterns (suppression of counts under 11).
 * Complexity: O(edges · log physicians).
 */
import type { Rng } from '../../../core/random/rng.js';
import type { Accounts } from './accounts.js';
import type { Calendar } from './calendar.js';
import { role, sources, suppressionThreshold } from './catalog.js';
import { stateRegion } from './geography.js';
import { GrowableFloat64, GrowableInt32 } from './growable.js';
import { cumulative, drawCumulative, poisson } from './sampling.js';
import { stakeholderIdWidth } from './stakeholders-table.js';
import type { Stakeholders } from './stakeholders.js';
import { constantDate, constantEnum, idColumn, intColumn, table, type Table } from './table.js';

interface Pool {
  readonly members: Int32Array;
  readonly cum: Float64Array;
}

export function referralsTable(rng: Rng, s: Stakeholders, a: Accounts, cal: Calendar): Table {
  const byState = pools(s, (i) => a.state[s.account[i]!]!);
  const byRegion = pools(s, (i) => stateRegion[a.state[s.account[i]!]!]!);
  const from = new GrowableInt32();
  const to = new GrowableInt32();
  const shared = new GrowableFloat64();
  const chosen: number[] = [];
  for (let i = 0; i < s.count; i++) {
    if (s.role[i] !== role('physician') || s.referralRate[i]! <= 0) continue;
    const state = a.state[s.account[i]!]!;
    const edges = poisson(rng, s.referralRate[i]!);
    chosen.length = 0;
    for (let e = 0; e < edges; e++) {
      const pool = rng.next() < 0.85 ? byState[state] : byRegion[stateRegion[state]!];
      if (!pool) continue;
      const j = pool.members[drawCumulative(rng, pool.cum)]!;
      if (j === i || chosen.includes(j)) continue; // no self-referrals, one edge per pair
      chosen.push(j);
      from.push(i + 1);
      to.push(j + 1);
      shared.push(Math.max(1, Math.round(Math.exp(2 + 0.3 * Math.log(s.pull[j]!) + 0.8 * rng.normal()))));
    }
  }
  const counts = shared.finish();
  const rows = counts.length;
  for (let r = 0; r < rows; r++) if (counts[r]! < suppressionThreshold) counts[r] = Number.NaN;
  return table('referrals', rows, [
    idColumn('from_id', 'S', stakeholderIdWidth, from.finish()),
    idColumn('to_id', 'S', stakeholderIdWidth, to.finish()),
    intColumn('shared_patients', counts),
    constantEnum('source', sources.sharedPatients, rows),
    constantDate('last_verified', cal.asOfDay - 200, rows),
  ]);
}

/** Physicians with pull, grouped by `group`, each group with cumulative pull for weighted draws. */
function pools(s: Stakeholders, group: (i: number) => number): (Pool | undefined)[] {
  const lists: number[][] = [];
  for (let i = 0; i < s.count; i++) {
    if (s.pull[i]! > 0) (lists[group(i)] ??= []).push(i);
  }
  return Array.from(lists, (members) => {
    if (!members) return undefined;
    const m = Int32Array.from(members);
    return { members: m, cum: cumulative(Array.from(m, (i) => s.pull[i]!)) };
  });
}
