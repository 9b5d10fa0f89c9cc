/**
 * Survey-quality screening of respondents before segmentation. Three standard flags:
 *  - straight-lining: every answered item of a battery has the same value, in at least half of the
 *    batteries where the respondent answered `minItems` or more items (zero within-grid variance);
 *  - speeding: interview duration below `speederFraction` × the median duration (default ⅓);
 *  - too many missing: more than `maxMissingShare` of the items unanswered (default 50 %).
 * Flagged respondents are excluded (default), down-weighted by `downweight`, or only reported; the report
 * counts each flag so an analyst can state what was done.
 *
 * Reference: Kim, Dykema et al., "Straightlining: overview of measurement, comparison of indicators",
 * Sociological Methods & Research 48(1), 2019; Greszki, Meyer & Schoen, "Exploring the effects of removing
 * 'too fast' responses", Public Opinion Quarterly 79(2), 2015 (speeders at 30–40 % of the median).
 * Complexity O(n p).
 *
 * @example
 * surveyQuality([numericColumn('q1', [3, 1]), …], { durations: Float64Array.of(300, 40) })
 * // { flags: Uint8Array [0, 2 | …], report: { speeding: 1, … } }
 */
import type { NumericColumn } from './prep-column.js';

export const qualityFlag = { straightLining: 1, speeding: 2, tooManyMissing: 4 } as const;

export type QualityAction = 'exclude' | 'downweight' | 'flag';

export interface QualityOptions {
  /** Battery of each item (same order as the items); undefined: all items form one battery. */
  readonly batteries?: readonly string[];
  /** Interview durations in seconds (NaN when unknown); undefined: no speeder check. */
  readonly durations?: Float64Array;
  readonly minItems?: number;
  readonly speederFraction?: number;
  readonly maxMissingShare?: number;
  readonly action?: QualityAction;
  /** Weight multiplier for flagged respondents when action = 'downweight' (default 0.5). */
  readonly downweight?: number;
}

export interface QualityReport {
  readonly respondents: number;
  readonly straightLining: number;
  readonly speeding: number;
  readonly tooManyMissing: number;
  /** Respondents with at least one flag. */
  readonly flagged: number;
  readonly action: QualityAction;
  readonly medianDuration?: number;
  readonly speederThreshold?: number;
}

export interface QualityResult {
  /** Bit flags per respondent (qualityFlag). */
  readonly flags: Uint8Array;
  /** Weight multiplier per respondent: 1 kept, 0 excluded, `downweight` down-weighted. */
  readonly multiplier: Float64Array;
  readonly report: QualityReport;
}

export function surveyQuality(items: readonly NumericColumn[], options: QualityOptions = {}): QualityResult {
  const n = items[0]?.values.length ?? options.durations?.length ?? 0;
  const flags = new Uint8Array(n);
  flagStraightLining(items, options, flags);
  const speed = flagSpeeders(options, flags);
  flagMissing(items, options.maxMissingShare ?? 0.5, flags);
  const action = options.action ?? 'exclude';
  const factor = action === 'exclude' ? 0 : action === 'downweight' ? (options.downweight ?? 0.5) : 1;
  const multiplier = Float64Array.from(flags, (f) => (f === 0 ? 1 : factor));
  const count = (bit: number): number => flags.reduce((s, f) => s + ((f & bit) !== 0 ? 1 : 0), 0);
  return {
    flags,
    multiplier,
    report: {
      respondents: n,
      straightLining: count(qualityFlag.straightLining),
      speeding: count(qualityFlag.speeding),
      tooManyMissing: count(qualityFlag.tooManyMissing),
      flagged: flags.reduce((s, f) => s + (f !== 0 ? 1 : 0), 0),
      action,
      ...speed,
    },
  };
}

function flagStraightLining(items: readonly NumericColumn[], options: QualityOptions, flags: Uint8Array): void {
  const minItems = options.minItems ?? 5;
  const groups = new Map<string, NumericColumn[]>();
  items.forEach((item, i) => {
    const key = options.batteries?.[i] ?? '';
    groups.set(key, [...(groups.get(key) ?? []), item]);
  });
  const batteries = [...groups.values()].filter((g) => g.length >= minItems);
  for (let row = 0; row < flags.length; row++) {
    let eligible = 0;
    let flat = 0;
    for (const battery of batteries) {
      let answered = 0;
      let first = NaN;
      let same = true;
      for (const item of battery) {
        const v = item.values[row]!;
        if (Number.isNaN(v)) continue;
        if (answered === 0) first = v;
        else if (v !== first) same = false;
        answered++;
      }
      if (answered < minItems) continue;
      eligible++;
      if (same) flat++;
    }
    if (eligible > 0 && flat * 2 >= eligible) flags[row]! |= qualityFlag.straightLining;
  }
}

function flagSpeeders(options: QualityOptions, flags: Uint8Array): { medianDuration?: number; speederThreshold?: number } {
  const durations = options.durations;
  if (durations === undefined) return {};
  const known = Float64Array.from(durations.filter((v) => Number.isFinite(v) && v > 0)).sort();
  if (known.length === 0) return {};
  const mid = known.length >> 1;
  const median = known.length % 2 === 1 ? known[mid]! : (known[mid - 1]! + known[mid]!) / 2;
  const threshold = (options.speederFraction ?? 1 / 3) * median;
  durations.forEach((v, row) => {
    if (Number.isFinite(v) && v < threshold) flags[row]! |= qualityFlag.speeding;
  });
  return { medianDuration: median, speederThreshold: threshold };
}

function flagMissing(items: readonly NumericColumn[], maxShare: number, flags: Uint8Array): void {
  if (items.length === 0) return;
  for (let row = 0; row < flags.length; row++) {
    let missing = 0;
    for (const item of items) if (Number.isNaN(item.values[row]!)) missing++;
    if (missing / items.length > maxShare) flags[row]! |= qualityFlag.tooManyMissing;
  }
}
