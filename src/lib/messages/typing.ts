/**
 * Messages of the typing tool, universe projection and model scoring (`segmap typing`, `segmap score`,
 * `segmap sql`). House style: lowercase, no final period, name the thing.
 */
const list = (values: readonly (string | number)[]): string => values.map((v) => String(v)).join(', ');

export const typingMessages = {
  // scoring models
  modelUnreadable: (file: string) => `${file} requires a segmap scoring or typing model (JSON)`,
  modelInvalid: (file: string, path: string, message: string) => `${file}: ${path ? `${path} ` : ''}${message}`,
  missingInputs: (missing: readonly string[]) => `scoring data requires the model's input columns; missing: ${list(missing)}`,
  missingIdColumn: (column: string) => `scoring data requires the id column \`${column}\``,
  notNumeric: (column: string) => `column \`${column}\` requires numbers`,
  emptyFile: (file: string) => `${file} requires at least one data row`,

  // typing build
  segmentColumnMissing: (column: string) => `--segment ${column} requires a column of that name in the file`,
  itemsMissing: (missing: readonly string[]) => `--items requires columns present in the file; missing: ${list(missing)}`,
  itemsRequired: '--items requires at least one survey item',
  segmentsTooFew: (found: number) => `the typing tool requires at least 2 segments with answers (found ${found})`,
  segmentTooSmall: (segment: string, rows: number, folds: number) =>
    `segment ${segment} requires at least ${folds} complete respondents for ${folds}-fold cross-validation (has ${rows})`,
  rowsDropped: (dropped: number, total: number) => `${dropped} of ${total} respondents skipped: no segment, or more than half the items unanswered`,
  answersImputed: (count: number) => `${count} missing answers took their item's median`,
  maxQuestionsRange: (value: number) => `--max-questions requires a whole number of at least 1 (got ${value})`,
  optionLabelsUnreadable: (question: string) => `question \`${question}\` requires its options as a JSON object of value to label; its answers are shown as numbers`,
  tooManyOptions: (item: string, distinct: number) => `item \`${item}\` has ${distinct} distinct values; it is asked as a number within its observed range`,

  // typing answers (HTTP 400 / terminal)
  unknownQuestion: (question: string, allowed: readonly string[]) => `question \`${question}\` is not in this typing tool; questions are ${list(allowed)}`,
  invalidAnswer: (question: string, value: string, allowed: readonly (string | number)[]) =>
    `question \`${question}\` requires one of ${list(allowed)} (got ${JSON.stringify(value)})`,
  outOfRange: (question: string, value: string, min: number, max: number) =>
    `question \`${question}\` requires a number from ${min} to ${max} (got ${JSON.stringify(value)})`,

  // demo stage
  segmentsFileMissing: (file: string) => `the typing tool and projection require ${file}, written by the segmentation stage`,

  // projection
  secondaryPlanInvalid: (path: string, message: string) => `training.secondary${path ? `.${path}` : ''} ${message}`,
  projectionNoRespondents: 'the projection requires survey respondents linked to stakeholders with a segment',
  projectionTreeDidNotWin: (tree: number, logistic: number) =>
    `tree ensemble accuracy ${tree.toFixed(3)} did not beat logistic regression ${logistic.toFixed(3)}; projection uses logistic regression`,
} as const;
