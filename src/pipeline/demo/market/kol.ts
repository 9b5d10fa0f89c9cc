/**
 * KOL signals of the demo market, by physician and year: publications, clinical trials, speaker
 * programmes and Open Payments (USD). Clinical innovators dominate them, but they are drawn independently
 * of procedure volume, so low-volume academic KOLs exist and influence cannot be read off volume alone
 * (the PhRMA Code forbids choosing speakers by prescribing). Loyal traditionalists show up on speaker
 * programmes and consulting payments more than in journals.
 *
 * Complexity: O(physicians · years).
 */
import type { Rng } from '../../../core/random/rng.js';
import type { Accounts } from './accounts.js';
import type { Calendar } from './calendar.js';
import { highOpportunity, proceduralSpecialties, role, sources } from './catalog.js';
import { GrowableFloat64, GrowableInt16, GrowableInt32 } from './growable.js';
import { chance, logNormal, poisson } from './sampling.js';
import { stakeholderIdWidth } from './stakeholders-table.js';
import type { Stakeholders } from './stakeholders.js';
import { constantDate, constantEnum, enumColumn, floatColumn, idColumn, table, type Table } from './table.js';

export const kolKinds = ['publication', 'clinical_trial', 'speaker_program', 'open_payments'] as const;

/** Chance a physician is active, by kind (rows, in `kolKinds` order) and segment (columns). */
const activeByKindAndSegment: readonly (readonly number[])[] = [
  [0.4, 0.02, 0.04, 0.08],
  [0.2, 0.01, 0.02, 0.04],
  [0.18, 0.01, 0.03, 0.12],
  [0.35, 0.05, 0.1, 0.3],
];

/** The yearly value of an active physician for each kind. */
function yearlyValue(rng: Rng, kind: number): number {
  if (kind === 0) return 1 + poisson(rng, 2.5);
  if (kind === 1) return 1 + poisson(rng, 0.5);
  if (kind === 2) return 1 + poisson(rng, 2);
  return Math.round(logNormal(rng, Math.log(2500), 1.1) * 100) / 100;
}

export function kolSignalsTable(rng: Rng, s: Stakeholders, a: Accounts, cal: Calendar): Table {
  const who = new GrowableInt32();
  const kind = new GrowableInt16();
  const value = new GrowableFloat64();
  const period = new GrowableInt16();
  for (let i = 0; i < s.count; i++) {
    if (s.role[i] !== role('physician')) continue;
    const reach = (s.specialty[i]! < proceduralSpecialties ? 1 : 0.25) * (highOpportunity(a.quadrant[s.account[i]!]!) ? 1.3 : 1);
    for (let k = 0; k < kolKinds.length; k++) {
      if (!chance(rng, Math.min(0.95, activeByKindAndSegment[k]![s.segment[i]!]! * reach))) continue;
      for (let y = 0; y < cal.years.length; y++) {
        if (y === 0 && chance(rng, 0.3)) continue; // not every active year shows up
        who.push(i + 1);
        kind.push(k);
        value.push(yearlyValue(rng, k));
        period.push(y);
      }
    }
  }
  const n = value.length;
  return table('kol_signals', n, [
    idColumn('stakeholder_id', 'S', stakeholderIdWidth, who.finish()),
    enumColumn('kind', kolKinds, kind.finish()),
    floatColumn('value', value.finish(), 2),
    enumColumn('period', cal.years, period.finish()),
    constantEnum('source', sources.kol, n),
    constantDate('last_verified', cal.asOfDay - 60, n),
  ]);
}
