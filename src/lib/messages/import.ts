/**
 * Messages of `segmap init`, `segmap import` and `segmap validate` (house style: lowercase, no final
 * period, name the thing).
 */
const list = (values: readonly string[], max = 12): string =>
  values.length <= max ? values.join(', ') : `${values.slice(0, max).join(', ')} … (${values.length} in all)`;

export const importMessages = {
  // the file as a whole
  emptyFile: (file: string) => `${file} is empty (0 bytes); nothing to import`,
  noHeader: (file: string) => `${file} has no header row; nothing to import`,
  unreadable: (file: string, why: string) => `${file} cannot be read: ${why}`,
  unsupportedFormat: (file: string) => `${file}: format not recognised; import requires CSV, Parquet, XLSX or SPSS .sav`,
  unknownTable: (table: string, allowed: readonly string[]) => `unknown table \`${table}\`; --table requires one of ${allowed.join(', ')}`,
  mappingTableMismatch: (mapped: string, table: string) => `the mapping is for table \`${mapped}\` but --table is \`${table}\``,
  mappingInvalid: (file: string, where: string, why: string) => `mapping ${file}: ${where ? `${where}: ` : ''}${why}`,
  mappingUnknownField: (field: string, table: string, allowed: readonly string[]) =>
    `mapping names field \`${field}\`, which table ${table} does not have; fields are ${list(allowed, 40)}`,
  mappingUnknownColumn: (column: string, field: string, columns: readonly string[]) =>
    `mapping takes \`${field}\` from column \`${column}\`, which the file does not have; its columns are ${list(columns)}`,
  missingRequired: (fields: readonly string[], table: string, columns: readonly string[]) =>
    `table ${table} requires column${fields.length > 1 ? 's' : ''} ${fields.map((f) => `\`${f}\``).join(', ')}; the file has ${list(columns)} (map them with --map)`,
  noSheet: (file: string, sheet: string) => `${file} has no sheet ${sheet}`,
  notASurvey: (what: string) => `a wide survey import requires ${what}`,
  noItems: () => 'a wide survey import requires at least one item column (mapping `items.columns`)',
  countMismatch: (rowsIn: number, loaded: number, rejected: number) =>
    `row accounting failed: ${rowsIn} rows in, ${loaded} loaded + ${rejected} rejected`,

  // warnings
  notUtf8: (encoding: string) => `file is not UTF-8; read as ${encoding}`,
  qualtrics: () => 'Qualtrics export recognised: skipped its 2 extra header rows (question text, ImportId)',
  ignoredColumns: (columns: readonly string[]) => `columns not mapped to any field, ignored: ${list(columns)}`,
  renamedColumns: (columns: readonly string[]) => `empty or repeated header names renamed: ${list(columns)}`,
  rejectsCapped: (shown: number, total: number) => `showing the first ${shown} of ${total} rejects; all are in import_rejects`,
  questionsCreated: (n: number) => `${n} survey question${n === 1 ? '' : 's'} created from the file's item columns`,
  scalesInferred: (items: readonly string[]) => `Likert scales inferred from the answers (state them in the mapping's items.scale): ${list(items)}`,
  idColumn: (field: string, column: string) => `\`${field}\` taken from column \`${column}\``,
  generatedIds: (field: string) => `\`${field}\` built from row numbers (the file has no id column)`,

  // reject reasons (one row, one column)
  ragged: (found: number, expected: number) => `row has ${found} fields, the header has ${expected}`,
  unquoted: () => 'unescaped quote inside an unquoted field',
  badBytes: () => 'invalid UTF-8 bytes',
  lineTooLong: () => 'row longer than the reader allows',
  unparsable: (what: string) => `row cannot be parsed: ${what}`,
  required: (field: string) => `\`${field}\` is required`,
  notInteger: () => 'not a whole number',
  notNumber: () => 'not a number',
  notBoolean: () => 'not a yes/no value',
  notDate: (format: string) => `not a date (expected ${format})`,
  impossibleDate: () => 'impossible date',
  futureDate: () => 'date is in the future',
  notInEnum: (codes: readonly string[]) => `not one of ${list(codes, 20)}`,
  notInMap: () => 'value not in the mapping',
  npiDigits: () => 'NPI requires 10 digits',
  npiCheckDigit: () => 'NPI check digit fails (Luhn with prefix 80840)',
  negative: () => 'negative value',
  outOfScale: (min: number | string, max: number | string) => `outside the question's scale ${min}..${max}`,
  duplicateKey: (firstRow: number | string) => `duplicate key; first seen on row ${firstRow}`,
  dangling: (table: string) => `not found in ${table}`,

  // validate
  stale: (days: number) => `last verified more than ${days} days ago`,
} as const;

/** Lines the CLI prints for humans (stderr). */
export const importCliMessages = {
  initCreated: (dir: string) => `created workspace ${dir} (segmap.duckdb, segmap.yaml)`,
  initExisting: (dir: string, version: number) => `${dir} is already a workspace; schema at version ${version}`,
  imported: (loaded: number, rowsIn: number, table: string, rejected: number) =>
    `loaded ${loaded} of ${rowsIn} rows into ${table}; ${rejected} rejected`,
  rejectLine: (row: number, column: string, value: string, reason: string) =>
    `  row ${row}${column ? `, ${column}` : ''}: ${reason}${value ? ` (${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)})` : ''}`,
  moreRejects: (n: number) => `  … and ${n} more (segmap import --json lists them; all are in import_rejects)`,
  warning: (text: string) => `warning: ${text}`,
  validateHeader: (asOf: string, days: number) => `workspace health as of ${asOf} (stale after ${days} days)`,
  tableLine: (table: string, rows: number, stale: number, unverified: number, duplicates: number) =>
    `  ${table.padEnd(20)} ${String(rows).padStart(10)} rows${stale ? `, ${stale} stale` : ''}${unverified ? `, ${unverified} never verified` : ''}${duplicates ? `, ${duplicates} with duplicate keys` : ''}`,
  danglingLine: (table: string, field: string, references: string, rows: number, examples: readonly string[]) =>
    `  ${table}.${field} → ${references}: ${rows} rows point nowhere (e.g. ${examples.join(', ')})`,
  invalidNpis: (n: number) => `  ${n} stakeholders have an NPI failing its check digit`,
  validateOk: () => 'no integrity problems found',
  validateProblems: () => 'integrity problems found:',
} as const;
