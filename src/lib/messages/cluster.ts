/**
 * Messages of the segmentation engine: preparation, k-means, k-prototypes, solution choice and
 * `segmap cluster`. House style as in ./index.ts.
 */
export const clusterMessages = {
  kRange: (k: number) => `k requires a whole number from 1, got ${k}`,
  kRangeSpec: (raw: string) => `--k requires a whole number (e.g. 4) or a range such as 2..8, got "${raw}"`,
  kAboveRows: (k: number, rows: number) => `k = ${k} requires at least ${k} rows to cluster, got ${rows}`,
  kAboveDistinct: (k: number, distinct: number) =>
    `k = ${k} requires at least ${k} distinct rows, the data have only ${distinct}; choose a smaller k`,
  nonFiniteValue: (row: number, column: number) => `clustering requires finite numbers; row ${row}, column ${column} is NaN or infinite`,
  weightInvalid: (row: number, value: number) => `weights require finite positive numbers; row ${row} has ${value}`,
  weightsLength: (got: number, rows: number) => `weights require one value per row: got ${got} for ${rows} rows`,
  startsRange: (starts: number) => `starts requires a whole number from 1, got ${starts}`,
  metricSegments: (k: number, rows: number) => `this measure requires 2 to n - 1 segments; got ${k} segments on ${rows} rows`,
  noRows: 'clustering requires at least one row with data',
  noColumns: 'clustering requires at least one column',
  constantColumn: (column: string) => `column ${column} is constant, so it cannot separate segments; dropped`,
  allMissingColumn: (column: string) => `column ${column} has no values; dropped`,
  textInNumericColumn: (column: string) => `column ${column} requires numbers`,
  emptyFile: (file: string) => `${file} has no data rows`,
  unreadableFile: (file: string, reason: string) => `${file} cannot be read as CSV: ${reason}`,
  nonFiniteCell: (column: string) => `column ${column} requires finite numbers (NaN and Infinity are not allowed; leave the cell empty for a missing value)`,
  unknownColumn: (column: string, available: readonly string[]) =>
    `column ${column} not found; the file has ${available.slice(0, 12).join(', ')}${available.length > 12 ? ', …' : ''}`,
  methodUnavailable: (method: string) => `method ${method} is not available in this build`,
  categoricalNeeded: (method: string) => `${method} requires at least one categorical column`,
  numericNeeded: (method: string) => `${method} requires at least one numeric column`,
  oneLevelItem: (column: string) => `column ${column} has a single level, so it cannot separate segments; dropped`,
  rowsDroppedMissing: (rows: number) => `${rows} rows with missing values were left out (listwise deletion)`,
  sampleTooLarge: (rows: number, limit: number) => `consensus clustering requires at most ${limit} rows, got ${rows}; use a sample`,
  emptySegment: (k: number, share: number) => `k = ${k} produced a segment of ${(share * 100).toFixed(1)}%`,
  qualityExcluded: (rows: number, reason: string) => `${rows} respondents excluded: ${reason}`,
  summary: (method: string, k: number, rows: number, seconds: number, files: readonly string[]) =>
    `${method}: ${k} segments on ${rows} rows in ${seconds.toFixed(2)} s; wrote ${files.join(', ')}`,
  demoSurveyLine: (respondents: number, used: number, straight: number, speeding: number, missing: number) =>
    `${used} of ${respondents} respondents segmented (excluded: ${straight} straight-lining, ${speeding} speeding, ${missing} mostly unanswered)`,
  demoRecommendation: (k: number, seconds: number, shares: readonly number[]) =>
    `k-means, k = 2..8 compared in ${seconds.toFixed(1)} s: ${k} segments recommended (${shares.map((s) => `${Math.round(s * 100)}%`).join(' / ')})`,
  idDuplicate: (column: string, value: string) => `column ${column} requires unique ids; ${value} appears more than once`,
} as const;
