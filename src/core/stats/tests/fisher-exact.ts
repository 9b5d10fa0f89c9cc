/**
 * Fisher's exact test of independence for an r × c table of counts (Freeman–Halton extension for r × c),
 * by complete enumeration of the tables that share the observed margins.
 *
 * Why: when expected counts fall below 5 the chi-square p-value is unreliable; for the small tables where
 * that happens, enumerating is exact and fast. Larger tables return `undefined` (over `maxTables`), and
 * the caller uses the Monte-Carlo version (./monte-carlo-fisher.ts) instead.
 *
 * The p-value is the total probability of tables no more probable than the observed one,
 * P(T) = Π r_i! Π c_j! / (N! Π n_ij!), with R's relative tolerance of 1e-7 for ties.
 * Reference: Freeman & Halton (1951), Biometrika 38:141–149; R `fisher.test(t)` (FEXACT network
 * algorithm for r × c, same definition of the two-sided p-value); scipy.stats.fisher_exact (2 × 2).
 * Complexity: proportional to the number of tables with the observed margins (bounded by `maxTables`).
 *
 * @example
 * fisherExact(Int32Array.of(3, 1, 1, 3), 2, 2); // { pValue: 0.4857142857, tables: 5 }
 */
import { logFactorial } from '../distributions/log-gamma.js';

export interface FisherExactResult {
  readonly pValue: number;
  /** Tables enumerated. */
  readonly tables: number;
}

export interface CompactTable {
  readonly counts: Int32Array;
  readonly rowTotals: Int32Array;
  readonly colTotals: Int32Array;
  readonly rows: number;
  readonly cols: number;
  readonly n: number;
}

/** Drops empty rows and columns and orders columns by total (largest last, so it is the one filled by difference). */
export function compactTable(table: ArrayLike<number>, rows: number, cols: number): CompactTable {
  const rowTotal = (i: number): number => Array.from({ length: cols }, (_, j) => Math.round(table[i * cols + j] ?? 0)).reduce((a, b) => a + b, 0);
  const colTotal = (j: number): number => Array.from({ length: rows }, (_, i) => Math.round(table[i * cols + j] ?? 0)).reduce((a, b) => a + b, 0);
  const liveRows = Array.from({ length: rows }, (_, i) => i).filter((i) => rowTotal(i) > 0);
  const liveCols = Array.from({ length: cols }, (_, j) => j)
    .filter((j) => colTotal(j) > 0)
    .sort((a, b) => colTotal(a) - colTotal(b));
  const counts = new Int32Array(liveRows.length * liveCols.length);
  liveRows.forEach((i, a) => liveCols.forEach((j, b) => (counts[a * liveCols.length + b] = Math.round(table[i * cols + j] ?? 0))));
  const rowTotals = Int32Array.from(liveRows, rowTotal);
  const colTotals = Int32Array.from(liveCols, colTotal);
  return { counts, rowTotals, colTotals, rows: liveRows.length, cols: liveCols.length, n: rowTotals.reduce((a, b) => a + b, 0) };
}

/** Σ ln n_ij!, the only part of ln P(T) that varies between tables with the same margins. */
export function cellTerm(counts: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < counts.length; i++) sum += logFactorial(counts[i] ?? 0);
  return sum;
}

/** ln(Π r_i! Π c_j! / N!), the constant part of ln P(T). */
export function marginTerm(t: CompactTable): number {
  let sum = -logFactorial(t.n);
  for (const r of t.rowTotals) sum += logFactorial(r);
  for (const c of t.colTotals) sum += logFactorial(c);
  return sum;
}

/** The tie tolerance R uses (relErr = 1 + 1e-7), on the log scale. */
export const fisherTolerance = 1e-7;

export function fisherExact(table: ArrayLike<number>, rows: number, cols: number, maxTables = 2_000_000): FisherExactResult | undefined {
  const t = compactTable(table, rows, cols);
  if (t.rows < 2 || t.cols < 2) return { pValue: 1, tables: 1 };
  const constant = marginTerm(t);
  const observed = cellTerm(t.counts);
  const rowLeft = Int32Array.from(t.rowTotals);
  let tables = 0;
  let pValue = 0;
  let aborted = false;

  const leaf = (acc: number): void => {
    let term = acc;
    for (let i = 0; i < t.rows; i++) term += logFactorial(rowLeft[i] ?? 0);
    tables++;
    if (term >= observed - fisherTolerance) pValue += Math.exp(constant - term);
  };

  // fills column j from row i down; the last row of a column and the whole last column follow by difference
  const fill = (j: number, i: number, colLeft: number, acc: number): void => {
    if (aborted) return;
    if (j === t.cols - 1) {
      leaf(acc);
      if (tables > maxTables) aborted = true;
      return;
    }
    if (i === t.rows - 1) {
      if (colLeft > (rowLeft[i] ?? 0)) return;
      rowLeft[i] = (rowLeft[i] ?? 0) - colLeft;
      fill(j + 1, 0, t.colTotals[j + 1] ?? 0, acc + logFactorial(colLeft));
      rowLeft[i] = (rowLeft[i] ?? 0) + colLeft;
      return;
    }
    let capacityBelow = 0;
    for (let r = i + 1; r < t.rows; r++) capacityBelow += rowLeft[r] ?? 0;
    const lo = Math.max(0, colLeft - capacityBelow);
    const hi = Math.min(rowLeft[i] ?? 0, colLeft);
    for (let v = lo; v <= hi && !aborted; v++) {
      rowLeft[i] = (rowLeft[i] ?? 0) - v;
      fill(j, i + 1, colLeft - v, acc + logFactorial(v));
      rowLeft[i] = (rowLeft[i] ?? 0) + v;
    }
  };

  fill(0, 0, t.colTotals[0] ?? 0, 0);
  return aborted ? undefined : { pValue: Math.min(1, pValue), tables };
}
