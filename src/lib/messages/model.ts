/**
 * Messages of the model-based segmentations: latent class analysis (core/lca) and Gaussian mixtures
 * (core/mixture). House style: lowercase, no final period, name the thing ("k = 5 requires …").
 */
const item = (name: string): string => `item \`${name}\``;
const column = (name: string): string => `column \`${name}\``;

export const modelMessages = {
  // shared by both models
  kRange: (k: number) => `k = ${k} requires a whole number of segments of at least 1`,
  startsRange: (starts: number) => `starts = ${starts} requires a whole number of at least 1`,
  iterationsRange: (value: number) => `maximum iterations = ${value} requires a whole number of at least 1`,
  toleranceRange: (value: number) => `tolerance = ${value} requires a finite number of at least 0`,
  weightsLength: (got: number, rows: number) => `weights require one value per row (${got} given for ${rows} rows)`,
  weightInvalid: (row: number, value: number) => `weight of row ${row} requires a finite number of at least 0 (got ${value})`,
  noWeight: 'the rows used require a total weight above 0',

  // latent class analysis
  lcaNoItems: 'latent class analysis requires at least one item',
  lcaItemLength: (name: string, got: number, rows: number) => `${item(name)} requires one value per row (${got} given for ${rows} rows)`,
  lcaItemCode: (name: string, row: number, value: number) =>
    `${item(name)} requires whole-number codes 1, 2, … (0, -1 or empty for missing); row ${row} has ${value}`,
  lcaItemAllMissing: (name: string) => `${item(name)} requires at least one answer; every value is missing`,
  lcaItemOneLevel: (name: string, code: number) =>
    `${item(name)} requires at least 2 observed levels; every answer is ${code}`,
  lcaNoRows: (missing: string) =>
    missing === 'listwise'
      ? 'latent class analysis requires at least one row with every item answered (listwise deletion); try missing = available'
      : 'latent class analysis requires at least one row with an answered item',
  lcaTooFewPatterns: (k: number, patterns: number) =>
    `k = ${k} requires at least ${k} distinct response patterns; the rows used have ${patterns}`,
  lcaStartShape: (what: string) => `starting probabilities require ${what}`,
  lcaCovariatesRows: (got: number, rows: number) => `covariates require one row per data row (${got} given for ${rows} rows)`,
  lcaCovariateInvalid: (row: number, col: number, value: number) =>
    `covariate ${col + 1} of row ${row} requires a finite number (got ${value})`,
  lcaCovariatesNeedTwoClasses: 'latent class regression with covariates requires k of at least 2',
  lcaPredictItems: (got: number, expected: number) => `classifying with this model requires ${expected} items (${got} given)`,
  lcaPredictCovariates: 'classifying with a latent class regression model requires its covariates',
  lcaPredictCode: (name: string, row: number, value: number, levels: number) =>
    `${item(name)} requires a code from 1 to ${levels} (0, -1 or empty for missing); row ${row} has ${value}`,

  // Gaussian mixtures
  gmmNoRows: 'a gaussian mixture requires at least one row and one column',
  gmmValueInvalid: (name: string, row: number, value: number) =>
    `${column(name)} requires finite numbers; row ${row} has ${value}`,
  gmmTooFewRows: (k: number, rows: number) => `k = ${k} requires at least ${k} distinct rows; the data have ${rows}`,
  gmmInitShape: (what: string) => `initial mixture parameters require ${what}`,
  gmmIllDefinedCovariance: (component: number) =>
    `component ${component + 1} has an ill-defined covariance (collapsed or singleton rows); decrease k or increase the covariance regularisation`,
  gmmPredictColumns: (got: number, expected: number) => `scoring with this mixture requires ${expected} columns (${got} given)`,
  gmmRegCovarRange: (value: number) => `covariance regularisation = ${value} requires a finite number of at least 0`,
} as const;
