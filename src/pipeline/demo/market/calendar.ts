/**
 * The demo market's calendar: everything is dated relative to an "as of" day passed in (the generator never
 * reads the clock), so the market is a pure function of (size, seed, asOf) and its stale records stay
 * stale by the same margin whenever the demo is run. Periods are the eight complete calendar quarters
 * before the as-of day, labelled `YYYYQn`.
 *
 * @example
 * const cal = calendar(dayOf('2025-05-10'));
 * cal.periods;      // ['2023Q2', …, '2025Q1']
 * cal.years;        // ['2023', '2024'] (the two complete years before as-of)
 */
export interface Calendar {
  /** Days since 1970-01-01 (UTC). */
  readonly asOfDay: number;
  readonly periods: readonly string[];
  /** First day of each period. */
  readonly periodStart: Int32Array;
  /** Two complete years before as-of, for yearly KOL signals. */
  readonly years: readonly string[];
}

export const quartersShown = 8;
const msPerDay = 86_400_000;

/** Day number of an ISO date (`YYYY-MM-DD`). */
export function dayOf(iso: string): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`not a date: ${iso}`);
  return Math.floor(ms / msPerDay);
}

export function calendar(asOfDay: number): Calendar {
  const asOf = new Date(asOfDay * msPerDay);
  const year = asOf.getUTCFullYear();
  const quarter = Math.floor(asOf.getUTCMonth() / 3); // the current, incomplete quarter (0-based)
  const periods: string[] = [];
  const periodStart = new Int32Array(quartersShown);
  for (let k = quartersShown; k >= 1; k--) {
    const index = year * 4 + quarter - k;
    const y = Math.floor(index / 4);
    const q = index - y * 4;
    periods.push(`${y}Q${q + 1}`);
    periodStart[quartersShown - k] = Math.floor(Date.UTC(y, q * 3, 1) / msPerDay);
  }
  return { asOfDay, periods, periodStart, years: [String(year - 2), String(year - 1)] };
}
