/**
 * Statistics for segment profiles: distributions with tail-accurate p-values, omnibus and per-cell
 * significance tests (plain, count-weighted, and Kish-effective weighted), and multiple-comparison control.
 * Every routine is checked against SciPy, statsmodels or R (test/reference/stats/make.py).
 */
export * from './distributions/index.js';
export { kishEffectiveN, effectiveNFromSums, designEffect } from './weights/effective-sample-size.js';
export { summarizeGroups, combineSummaries, complementSummary, totalSummary, emptySummary, type WeightedSummary } from './weights/weighted-summary.js';
export { scaledWeights, testBase, testVariance, testSumOfSquares, type WeightMode } from './weights/weight-mode.js';
export { crosstab, type Crosstab } from './crosstab.js';
export type { TestProblem, TestResult } from './tests/test-problem.js';
export { oneWayAnova, type AnovaResult } from './tests/one-way-anova.js';
export { welchAnova, type WelchAnovaResult } from './tests/welch-anova.js';
export { kruskalWallis, type KruskalWallisResult } from './tests/kruskal-wallis.js';
export { chiSquareTest, margins, type ChiSquareResult } from './tests/chi-square-test.js';
export { fisherExact, type FisherExactResult } from './tests/fisher-exact.js';
export { monteCarloFisher, type MonteCarloResult } from './tests/monte-carlo-fisher.js';
export { twoProportionZ, type TwoSampleResult } from './tests/two-proportion-z.js';
export { welchT } from './tests/welch-t.js';
export { holm } from './adjust/holm.js';
export { benjaminiHochberg } from './adjust/benjamini-hochberg.js';
export { adjustPValues, adjustmentMethods, type AdjustmentMethod } from './adjust/p-adjust.js';
