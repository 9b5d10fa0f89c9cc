/**
 * Recommends a number of segments from compared solutions and explains the choice in a paragraph an
 * analyst can paste into a report. Rules, in order:
 *  1. a solution is eligible when its smallest segment holds at least `minShare` (5 %) of the weight and
 *     its bootstrap stability (mean adjusted Rand) is at least `minStability` (0.65, "moderate" or better);
 *  2. among eligible solutions, those with 3 to 5 segments are preferred (fewer say little, more are hard
 *     for a commercial team to act on); if none has 3–5 segments, any eligible one; if none is eligible,
 *     all of them, with a caveat;
 *  3. within that pool the best score wins; ties go to fewer segments. The score is the mean over the
 *     criteria (silhouette ↑, Calinski–Harabasz ↑, Davies–Bouldin ↓, stability ↑, and BIC ↓ when every
 *     solution has one) of each criterion rescaled so the best solution compared gets 1 and the worst 0.
 *     Rescaling rather than ranking keeps the size of a difference: on survey data silhouette and
 *     Davies–Bouldin often differ in the third decimal between neighbouring k, while stability separates
 *     the planted solution clearly, and ranks would weigh both alike.
 *
 * Reference: S. Dolnicar, B. Grün & F. Leisch, "Market Segmentation Analysis", Springer 2018, ch. 7
 * (stability-based choice of the number of segments); Derringer & Suich 1980 (desirability scores).
 * Complexity O(s c) for s solutions and c criteria.
 *
 * @example recommendK(solutions).reason // "We recommend 4 segments. Of the 7 solutions compared (2 to 8 …"
 */
import type { KSolution } from './select-k.js';

export interface RecommendOptions {
  /** Preferred range of segments, inclusive (default [3, 5]). */
  readonly preferred?: readonly [number, number];
  readonly minShare?: number;
  readonly minStability?: number;
  /** What a row is called in the text (default "respondents"). */
  readonly unit?: string;
}

/** The rules the recommendation applies unless told otherwise (recorded in selection.json). */
export const defaultRecommendRules = { preferred: [3, 5] as [number, number], minShare: 0.05, minStability: 0.65 };

export type Criterion = 'silhouette' | 'calinskiHarabasz' | 'daviesBouldin' | 'stability' | 'bic';

export interface Recommendation {
  readonly k: number;
  readonly reason: string;
  readonly eligible: number[];
  readonly criteria: Criterion[];
  /** Score of each solution: mean rescaled criterion, 1 = best on every criterion, 0 = worst on all. */
  readonly scores: { readonly k: number; readonly score: number }[];
  readonly setAside: { readonly k: number; readonly why: string }[];
}

const criterionNames: Record<Criterion, string> = {
  silhouette: 'silhouette', calinskiHarabasz: 'Calinski–Harabasz', daviesBouldin: 'Davies–Bouldin', stability: 'bootstrap stability', bic: 'BIC',
};

const value = (s: KSolution, c: Criterion): number | null => {
  switch (c) {
    case 'silhouette': return s.silhouette?.value ?? null;
    case 'calinskiHarabasz': return s.calinskiHarabasz;
    case 'daviesBouldin': return s.daviesBouldin === null ? null : -s.daviesBouldin;
    case 'stability': return s.stability.mean;
    case 'bic': return s.fit.bic === undefined ? null : -s.fit.bic;
  }
};

export function recommendK(solutions: readonly KSolution[], options: RecommendOptions = {}): Recommendation {
  const [low, high] = options.preferred ?? defaultRecommendRules.preferred;
  const minShare = options.minShare ?? defaultRecommendRules.minShare;
  const minStability = options.minStability ?? defaultRecommendRules.minStability;
  const criteria: Criterion[] = ['silhouette', 'calinskiHarabasz', 'daviesBouldin', 'stability'];
  if (solutions.every((s) => s.fit.bic !== undefined)) criteria.push('bic');
  const scaled = solutions.map((s) => criteria.map((c) => rescaled(solutions, s, c)));
  const scores = solutions.map((s, i) => ({ k: s.k, score: scaled[i]!.reduce((a, r) => a + r, 0) / criteria.length }));
  const setAside = solutions.flatMap((s) => {
    const why = [
      s.smallestShare < minShare ? `a segment of ${percent(s.smallestShare)}` : '',
      s.stability.mean < minStability ? `stability ${s.stability.mean.toFixed(2)}` : '',
    ].filter(Boolean).join(' and ');
    return why ? [{ k: s.k, why }] : [];
  });
  const eligible = solutions.filter((s) => !setAside.some((a) => a.k === s.k));
  const preferred = eligible.filter((s) => s.k >= low && s.k <= high);
  const pool = preferred.length > 0 ? preferred : eligible.length > 0 ? eligible : solutions;
  const best = (among: readonly KSolution[]): KSolution => [...among].sort((a, b) => scoreOf(scores, b.k) - scoreOf(scores, a.k) || a.k - b.k)[0]!;
  const chosen = best(pool);
  const overall = eligible.length > 0 ? best(eligible) : chosen;
  const reason = explain({ chosen, overall, solutions, criteria, scaled, setAside, eligibleCount: eligible.length, low, high, minShare, minStability, unit: options.unit ?? 'respondents' });
  return { k: chosen.k, reason, eligible: eligible.map((s) => s.k), criteria, scores, setAside };
}

/** The criterion rescaled to [0, 1] over the solutions (1 = best); undefined values get 0, no spread 1. */
function rescaled(solutions: readonly KSolution[], s: KSolution, c: Criterion): number {
  const v = value(s, c);
  if (v === null) return 0;
  const defined = solutions.map((o) => value(o, c)).filter((w): w is number => w !== null);
  const lo = Math.min(...defined);
  const hi = Math.max(...defined);
  return hi > lo ? (v - lo) / (hi - lo) : 1;
}

const scoreOf = (scores: readonly { k: number; score: number }[], k: number): number => scores.find((r) => r.k === k)!.score;
const percent = (share: number): string => `${Number((share * 100).toFixed(share < 0.1 ? 1 : 0))}%`;
const list = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

interface Explain {
  readonly chosen: KSolution;
  readonly overall: KSolution;
  readonly solutions: readonly KSolution[];
  readonly criteria: readonly Criterion[];
  readonly scaled: readonly number[][];
  readonly setAside: readonly { k: number; why: string }[];
  readonly eligibleCount: number;
  readonly low: number;
  readonly high: number;
  readonly minShare: number;
  readonly minStability: number;
  readonly unit: string;
}

function explain(e: Explain): string {
  const { chosen, solutions, criteria } = e;
  const ks = solutions.map((s) => s.k);
  const index = solutions.indexOf(chosen);
  const bestOn = criteria.filter((_, c) => e.scaled[index]![c] === 1).map((c) => criterionNames[c]);
  const sentences = [`We recommend ${chosen.k} segments.`];
  const compared = `Of the ${solutions.length} solutions compared (${Math.min(...ks)} to ${Math.max(...ks)} segments)`;
  const among = e.overall.k !== chosen.k ? ` among those with ${e.low} to ${e.high} segments` : '';
  const standing = `${compared}, it has the best overall standing${among} on ${list(criteria.map((c) => criterionNames[c]))}`;
  sentences.push(bestOn.length > 0 ? `${standing}, and is the best of all on ${list(bestOn)}.` : `${standing}.`);
  if (e.overall.k !== chosen.k) {
    sentences.push(`A ${e.overall.k}-segment solution scores better on these statistics, but we prefer ${e.low} to ${e.high} segments: fewer say little about the market, more are hard for a commercial team to act on.`);
  }
  const stab = chosen.stability;
  const quality = stab.mean >= 0.8 ? 'reproduces it well' : stab.mean >= 0.65 ? 'reproduces it moderately well' : 'reproduces it poorly, so treat it with caution';
  sentences.push(`Refitting on ${stab.resamples} bootstrap resamples ${quality} (mean adjusted Rand index ${stab.mean.toFixed(2)}, where 1 means identical).`);
  const size = chosen.smallestShare >= e.minShare ? 'large enough to act on' : 'small, so check that it is a real group';
  sentences.push(`Its smallest segment holds ${percent(chosen.smallestShare)} of ${e.unit}, ${size}.`);
  const aside = e.setAside.filter((a) => a.k !== chosen.k);
  if (aside.length > 0) {
    sentences.push(`${aside.length === 1 ? 'The solution with' : 'Solutions with'} ${list(aside.map((a) => `${a.k} segments (${a.why})`))} ${aside.length === 1 ? 'was' : 'were'} set aside: we require every segment to hold at least ${percent(e.minShare)} and a stability of at least ${e.minStability.toFixed(2)}.`);
  }
  if (e.eligibleCount === 0) sentences.push('No solution met both requirements, so this is the best available and should be reviewed before use.');
  return sentences.join(' ');
}
