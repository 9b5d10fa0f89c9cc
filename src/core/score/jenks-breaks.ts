/**
 * Jenks natural breaks: the split of one variable into k classes with the smallest total within-class sum
 * of squares — Fisher's (1958) exact optimal grouping, which Jenks (1977) popularized for maps. Used for
 * the cut points of the opportunity matrix and for tiers, so the cut falls where the data has a gap
 * instead of at an arbitrary percentile.
 *
 * Method: dynamic programming over the sorted values, D[c][i] = min_j D[c-1][j-1] + SSE(x[j..i]), with
 * SSE from prefix sums. The best start j of the last class never decreases as i grows (the monotone
 * property used by Wang & Song's Ckmeans.1d.dp, 2011, and proved by Grønlund et al., 2017, "Fast exact
 * k-means, k-medians and Bregman divergence clustering in 1D"), so each layer is filled by divide and
 * conquer. Exact, not a heuristic.
 *
 * Reference values: a plain O(k n^2) Fisher DP in test/reference/score/make.py on real CMS data.
 * Complexity: O(n log n) sort + O(k n log n) time, O(k n) memory (back pointers).
 *
 * @example
 * jenksBreaks(Float64Array.of(1, 2, 3, 10, 11, 12, 30), 3).breaks; // Float64Array [3, 12]
 * classify(11, Float64Array.of(3, 12)); // 1 (classes are 0-based; class c holds values <= breaks[c])
 */
export interface JenksResult {
  /** Upper bound of every class but the last (length k' - 1, ascending). */
  readonly breaks: Float64Array;
  /** Number of values per class (length k'). */
  readonly sizes: Int32Array;
  /** Total within-class sum of squares. */
  readonly withinSs: number;
  /** Goodness of variance fit, 1 - withinSs / totalSs (1 when every class is constant). */
  readonly gvf: number;
  /** Classes actually formed: min(k, number of distinct values). */
  readonly k: number;
}

export function jenksBreaks(values: ArrayLike<number>, k: number): JenksResult {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k is ${k}; it must be a whole number >= 1`);
  const x = Float64Array.from(values).sort();
  const n = x.length;
  if (n > 0 && !(Number.isFinite(x[0]) && Number.isFinite(x[n - 1]))) throw new RangeError('values must be finite numbers');
  if (n === 0) return { breaks: new Float64Array(0), sizes: new Int32Array(0), withinSs: 0, gvf: 1, k: 0 };
  const classes = Math.min(k, distinctCount(x));
  const sums = prefixSums(x);
  const cost = (j: number, i: number): number => segmentSs(sums, j, i);
  const back = new Int32Array(classes * n);
  let previous = new Float64Array(n);
  for (let i = 0; i < n; i++) previous[i] = cost(0, i);
  for (let c = 1; c < classes; c++) {
    const current = new Float64Array(n).fill(Infinity);
    fillLayer(previous, current, back.subarray(c * n, (c + 1) * n), cost, c, n - 1, c, n - 1);
    previous = current;
  }
  return result(x, back, classes, previous[n - 1] as number, sums);
}

/** The class (0-based) of `value` for breaks as returned by `jenksBreaks`. */
export function classify(value: number, breaks: ArrayLike<number>): number {
  let c = 0;
  while (c < breaks.length && value > (breaks[c] as number)) c++;
  return c;
}

/**
 * Fills current[lo..hi] knowing each optimum's start lies in [jLo, jHi]; the middle row is solved by scan
 * and bounds the two halves. Ties keep the smallest start, which keeps the starts monotone.
 */
function fillLayer(
  previous: Float64Array,
  current: Float64Array,
  back: Int32Array,
  cost: (j: number, i: number) => number,
  lo: number,
  hi: number,
  jLo: number,
  jHi: number,
): void {
  if (lo > hi) return;
  const mid = (lo + hi) >>> 1;
  let best = Infinity;
  let bestJ = jLo;
  for (let j = jLo, end = Math.min(jHi, mid); j <= end; j++) {
    const value = (previous[j - 1] as number) + cost(j, mid);
    if (value < best) {
      best = value;
      bestJ = j;
    }
  }
  current[mid] = best;
  back[mid] = bestJ;
  fillLayer(previous, current, back, cost, lo, mid - 1, jLo, bestJ);
  fillLayer(previous, current, back, cost, mid + 1, hi, bestJ, jHi);
}

interface PrefixSums {
  readonly s1: Float64Array;
  readonly s2: Float64Array;
}

/** Sums of (x - shift) and its square; shifting by the median keeps the differences accurate. */
function prefixSums(x: Float64Array): PrefixSums {
  const n = x.length;
  const shift = x[n >>> 1] as number;
  const s1 = new Float64Array(n + 1);
  const s2 = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const d = (x[i] as number) - shift;
    s1[i + 1] = (s1[i] as number) + d;
    s2[i + 1] = (s2[i] as number) + d * d;
  }
  return { s1, s2 };
}

/** Sum of squared deviations from their mean of sorted x[j..i] (inclusive), never below 0. */
function segmentSs({ s1, s2 }: PrefixSums, j: number, i: number): number {
  const count = i - j + 1;
  const sum = (s1[i + 1] as number) - (s1[j] as number);
  const ss = (s2[i + 1] as number) - (s2[j] as number) - (sum * sum) / count;
  return ss > 0 ? ss : 0;
}

function distinctCount(sorted: Float64Array): number {
  let count = sorted.length > 0 ? 1 : 0;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) count++;
  return count;
}

function result(x: Float64Array, back: Int32Array, classes: number, withinSs: number, sums: PrefixSums): JenksResult {
  const n = x.length;
  const starts = new Int32Array(classes);
  let end = n - 1;
  for (let c = classes - 1; c > 0; c--) {
    const start = back[c * n + end] as number;
    starts[c] = start;
    end = start - 1;
  }
  const breaks = new Float64Array(classes - 1);
  for (let c = 0; c + 1 < classes; c++) breaks[c] = x[(starts[c + 1] as number) - 1] as number;
  // sizes as `classify` counts them, so a tie split at an exact midpoint still reports consistent classes
  const sizes = new Int32Array(classes);
  for (let i = 0, c = 0; i < n; i++) {
    while (c < breaks.length && (x[i] as number) > (breaks[c] as number)) c++;
    sizes[c] = (sizes[c] as number) + 1;
  }
  const totalSs = segmentSs(sums, 0, n - 1);
  return { breaks, sizes, withinSs, gvf: totalSs === 0 ? 1 : 1 - withinSs / totalSs, k: classes };
}
