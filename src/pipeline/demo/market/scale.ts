/**
 * How big each demo market is. Stakeholders set the scale; care sites follow at about one per 14
 * stakeholders (so medium has ~7,000 accounts, large ~70,000), territories grow with the square root of
 * the market (a rep covers more accounts in a bigger market), and the survey stays near 1,500 completes
 * as real studies do (1,000 for the small test market).
 *
 * @example
 * marketScale('medium'); // { stakeholders: 100000, sites: 7143, territories: 63, respondents: 1500 }
 */
import type { DemoSize } from '../context.js';

export interface MarketScale {
  readonly stakeholders: number;
  readonly sites: number;
  readonly territories: number;
  readonly respondents: number;
}

const stakeholdersBySize: Readonly<Record<DemoSize, number>> = { small: 5_000, medium: 100_000, large: 1_000_000 };

export function marketScale(size: DemoSize): MarketScale {
  const stakeholders = stakeholdersBySize[size];
  return {
    stakeholders,
    sites: Math.round(stakeholders / 14),
    territories: Math.max(8, Math.round(Math.sqrt(stakeholders) / 5)),
    respondents: size === 'small' ? 1_000 : 1_500,
  };
}
