/**
 * Monte-Carlo version of Fisher's exact test for tables too large to enumerate: draws tables with the
 * observed margins under independence and counts how often they are no more probable than the observed.
 *
 * A random table with fixed margins is a random pairing of the N row labels with the N column labels, so
 * one Fisher–Yates shuffle of the row labels per replicate samples the exact null distribution (the same
 * distribution Patefield's algorithm samples, as R's r2dtable does). p = (1 + #{P(T*) ≤ P(T)}) / (B + 1),
 * R's definition, which never returns 0.
 * Reference: R `fisher.test(t, simulate.p.value = TRUE, B = 1e4)`; Patefield (1981), Applied Statistics
 * 30:91–97; Hope (1968), JRSS B 30:582–598 (Monte-Carlo significance tests).
 * Complexity: O(B · (N + r·c)).
 *
 * @example
 * monteCarloFisher(Int32Array.of(3, 1, 1, 3), 2, 2, createRng(1), 10000); // { pValue ≈ 0.486, replicates: 10000 }
 */
import type { Rng } from '../../random/rng.js';
import { logFactorial } from '../distributions/log-gamma.js';
import { cellTerm, compactTable, fisherTolerance } from './fisher-exact.js';

export interface MonteCarloResult {
  readonly pValue: number;
  readonly replicates: number;
  /** Binomial standard error of the estimated p-value. */
  readonly standardError: number;
}

export function monteCarloFisher(table: ArrayLike<number>, rows: number, cols: number, rng: Rng, replicates = 10_000): MonteCarloResult {
  const t = compactTable(table, rows, cols);
  if (t.rows < 2 || t.cols < 2) return { pValue: 1, replicates: 0, standardError: 0 };
  const observed = cellTerm(t.counts);
  const labels = new Int32Array(t.n);
  let at = 0;
  t.rowTotals.forEach((total, i) => {
    labels.fill(i, at, at + total);
    at += total;
  });
  const counts = new Int32Array(t.rows * t.cols);
  // ln n! for every count a cell can hold, looked up in the hot loop
  const lnFactorial = Float64Array.from({ length: t.n + 1 }, (_, i) => logFactorial(i));
  let asExtreme = 0;
  for (let b = 0; b < replicates; b++) {
    for (let i = t.n - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      const swap = labels[i] ?? 0;
      labels[i] = labels[j] ?? 0;
      labels[j] = swap;
    }
    counts.fill(0);
    let position = 0;
    for (let c = 0; c < t.cols; c++) {
      const end = position + (t.colTotals[c] ?? 0);
      for (; position < end; position++) {
        const cell = (labels[position] ?? 0) * t.cols + c;
        counts[cell] = (counts[cell] ?? 0) + 1;
      }
    }
    let term = 0;
    for (let c = 0; c < counts.length; c++) term += lnFactorial[counts[c] ?? 0] ?? 0;
    if (term >= observed - fisherTolerance) asExtreme++;
  }
  const pValue = (1 + asExtreme) / (replicates + 1);
  return { pValue, replicates, standardError: Math.sqrt((pValue * (1 - pValue)) / replicates) };
}
