/**
 * Messages of profiles, segment cards, personas and the analyst deliverables (workbook, report).
 * House style: lowercase, no final period, name the thing.
 */
const list = (items: readonly string[]): string => items.map((i) => `\`${i}\``).join(', ');

export const profileMessages = {
  // input
  segmentColumnMissing: (column: string, file: string) => `${file} has no segment column \`${column}\``,
  weightColumnMissing: (column: string, file: string) => `${file} has no weight column \`${column}\``,
  columnsMissing: (columns: readonly string[], file: string) => `${file} has no column ${list(columns)}`,
  singleSegment: (column: string, value: string) => `segment column \`${column}\` requires at least 2 segments; every row has \`${value}\``,
  noSegments: (column: string) => `segment column \`${column}\` requires at least 2 segments; it has no values`,
  weightInvalid: (value: string) => `weights require a non-negative number, got \`${value}\``,
  noVariables: (file: string) => `profile requires at least one variable besides the segment and weight columns in ${file}`,
  emptyFile: (file: string) => `${file} has no data rows`,
  unreadable: (file: string, reason: string) => `cannot read ${file}: ${reason}`,
  // warnings, one per problem (code, then message)
  emptySegment: (segment: string) => `segment \`${segment}\` has no rows; it is shown with n = 0 and left out of the tests`,
  segmentWithoutData: (variable: string, segment: string) => `\`${variable}\`: segment \`${segment}\` has no answers; it is left out of this variable's tests`,
  allMissing: (variable: string) => `\`${variable}\` has no values in any segment; it is listed but not tested`,
  zeroVariance: (variable: string) => `\`${variable}\` has the same value for everyone (zero variance); no test is possible`,
  singleCategory: (variable: string) => `\`${variable}\` has a single category; no test is possible`,
  lowExpected: (variable: string, cells: number, total: number, minExpected: string, test: string) =>
    `\`${variable}\`: ${cells} of ${total} cells have expected counts under 5 (smallest ${minExpected}); p-value from ${test}`,
  exactOnUnweighted: (variable: string) => `\`${variable}\`: the exact test uses unweighted counts`,
  welchUndefined: (variable: string) => `\`${variable}\`: a segment has fewer than 2 answers or no spread, so Welch's ANOVA is undefined; the classical ANOVA is reported`,
  identifierSkipped: (column: string, distinct: number) => `column \`${column}\` has ${distinct} distinct text values and looks like an identifier; skipped`,
  // workspace
  noSegmentation: (dir: string) => `${dir} has no segmentation to report; run \`segmap cluster\` or \`segmap demo\` first, or add personas with \`segmap persona add\``,
  segmentsFileMissing: (file: string) => `the demo profile requires ${file}, written by the segmentation stage`,
  // personas
  fileInvalid: (file: string, issue: string) => `${file}: ${issue}`,
  personaCount: (count: number) => `a persona set requires 1 to 12 personas (3 to 5 recommended), got ${count}`,
  personaCountAdvice: (count: number) => `${count} personas defined; 3 to 5 are easier for a team to act on`,
  duplicatePersona: (id: string) => `persona \`${id}\` is defined twice`,
  unknownField: (field: string, allowed: readonly string[]) => `persona rule field \`${field}\` requires one of ${list(allowed)}`,
  noPersonas: (dir: string) => `${dir} has no personas; add them with \`segmap persona add ${dir} --file personas.yaml\``,
  // command line
  alphaFlag: (raw: string) => `--alpha requires a number between 0 and 1 (exclusive), got "${raw}"`,
  wrote: (path: string) => `wrote ${path}`,
  summary: (segments: number, rows: number, variables: number, significant: number) =>
    `${segments} segments, ${rows} rows, ${variables} variables (${significant} differentiate the segments)`,
  topLine: (rank: number, label: string, test: string) => `  ${rank}. ${label}: ${test}`,
  segmentLine: (letter: string, id: string, label: string, count: number, share: number) => `  ${letter} ${id}: ${label} (n = ${count}, ${(share * 100).toFixed(1)}%)`,
  warning: (message: string) => `warning: ${message}`,
  personasAdded: (added: number, updated: number, segmentation: string) => `${added} personas added, ${updated} updated (segmentation \`${segmentation}\`)`,
  personaAssigned: (name: string, count: number) => `  ${name}: ${count} stakeholders assigned`,
  personaLine: (id: string, name: string, members: number | null) => `  ${id}: ${name}${members === null ? '' : ` (${members} assigned)`}`,
  cardsSaved: (count: number) => `${count} edited cards saved`,
  reportFor: (segmentation: string, source: string) => `report of segmentation \`${segmentation}\` (${source})`,
} as const;
