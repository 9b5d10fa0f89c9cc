/**
 * The synthetic US market behind `segmap demo`, as a pure function of (size, seed, as-of day): the source
 * tables in import order, the planted truth, and the rows planted to be rejected. Each part draws from its
 * own forked random stream, so changing how one table is drawn leaves the others as they were.
 *
 * Order of construction (each step reads only the ones before it):
 *   1. territories and accounts (planted quadrants)     4. volumes and sales (one quarterly story)
 *   2. stakeholders (planted segments), affiliations     5. KOL signals and engagement events
 *   3. the referral network                              6. the survey of priority-account stakeholders
 *
 * Complexity: O(rows); medium (~100k stakeholders) builds in about a second.
 *
 * @example
 * const market = buildMarket({ size: 'small', seed: 42, asOfDay: dayOf('2025-06-30') });
 * market.sources.map((t) => t.name); // ['territories', 'products', 'accounts', …]
 */
import { createRng } from '../../../core/random/rng.js';
import type { DemoSize } from '../context.js';
import { accountsTable } from './accounts-table.js';
import { buildAccounts } from './accounts.js';
import { plantBadRows, type PlantedReject } from './bad-rows.js';
import { calendar, type Calendar } from './calendar.js';
import { engagementTable } from './engagement.js';
import { kolSignalsTable } from './kol.js';
import { productsTable, territoriesTable } from './reference-tables.js';
import { referralsTable } from './referrals.js';
import { salesTable } from './sales.js';
import { marketScale, type MarketScale } from './scale.js';
import { stakeholderTables } from './stakeholders-table.js';
import { buildStakeholders } from './stakeholders.js';
import { buildSurvey } from './survey.js';
import type { Table } from './table.js';
import { buildTerritories } from './territories.js';
import { accountsTruth, segmentsTruth } from './truth.js';
import { quarterlyProcedures, volumesTable } from './volumes.js';

export interface MarketOptions {
  readonly size: DemoSize;
  readonly seed: number;
  /** Days since 1970-01-01: every date in the market is relative to it. */
  readonly asOfDay: number;
}

export interface Market {
  readonly calendar: Calendar;
  readonly scale: MarketScale;
  /** The source tables, in the order they must be imported (referenced tables first). */
  readonly sources: readonly Table[];
  /** accounts (planted quadrants), stakeholder_segments, respondent_quality. */
  readonly truth: readonly Table[];
  /** Rows deliberately broken so the import shows its reject report; each must be rejected. */
  readonly plantedRejects: readonly PlantedReject[];
}

export function buildMarket(options: MarketOptions): Market {
  const root = createRng(options.seed);
  const stream = (k: number) => root.fork(k);
  const cal = calendar(options.asOfDay);
  const scale = marketScale(options.size);

  const territories = buildTerritories(stream(1), scale.territories);
  const accounts = buildAccounts(stream(2), scale.sites, territories);
  const people = buildStakeholders(stream(3), scale.stakeholders, accounts);
  const { stakeholders, affiliations, consentEmail } = stakeholderTables(stream(4), people, accounts, cal);
  const perQuarter = quarterlyProcedures(stream(5), accounts);
  const survey = buildSurvey(stream(11), people, accounts, cal, scale.respondents);

  const clean: Table[] = [
    territoriesTable(territories, cal),
    productsTable(cal),
    accountsTable(stream(6), accounts, cal),
    stakeholders,
    affiliations,
    referralsTable(stream(7), people, accounts, cal),
    volumesTable(stream(8), people, accounts, cal, perQuarter),
    salesTable(stream(9), accounts, cal, perQuarter),
    kolSignalsTable(stream(10), people, accounts, cal),
    survey.questions,
    survey.respondents,
    survey.responses,
    engagementTable(stream(12), people, accounts, consentEmail, cal),
  ];
  const { sources, plantedRejects } = plantBadRows(stream(13), clean);
  return {
    calendar: cal,
    scale,
    sources,
    truth: [accountsTruth(accounts), segmentsTruth(people), survey.quality],
    plantedRejects,
  };
}
