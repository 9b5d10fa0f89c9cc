/**
 * Messages of the project file (segmap.yaml) and `segmap run` / `segmap runs`. House style as in
 * ./index.ts. A message about a place in the file is written to follow its YAML path:
 * `segmentations[1].k requires …`.
 */
const list = (items: readonly string[]): string => items.map((i) => `\`${i}\``).join(', ');
const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

export const projectMessages = {
  // reading and validating
  yamlSyntax: (reason: string) => `requires valid YAML: ${reason}`,
  notAMapping: 'requires a YAML mapping (keys such as version, sources, segmentations)',
  at: (path: string, line: number | undefined, message: string) => `${line === undefined ? '' : `line ${line}: `}${path ? `${path} ` : ''}${message}`,
  requiresType: (expected: string, got: string) => `requires ${expected}, got ${got}`,
  requiresOneOf: (allowed: readonly string[], got: unknown) => `requires one of ${list(allowed)}, got ${show(got)}`,
  unknownKeys: (keys: readonly string[]) => `has unknown key${keys.length > 1 ? 's' : ''} ${list(keys)}`,
  requiresAtLeast: (what: string, minimum: number | bigint) => `requires at least ${minimum}${what ? ` ${what}` : ''}`,
  requiresAtMost: (what: string, maximum: number | bigint) => `requires at most ${maximum}${what ? ` ${what}` : ''}`,
  requiresFormat: (format: string) => `requires ${format}`,
  requiresValue: 'requires a value',
  invalid: (reason: string) => `is invalid: ${reason}`,
  kSpec: (raw: unknown) => `requires a whole number from 1 to 30 (e.g. 4) or a range such as 2..8, got ${show(raw)}`,
  nameFormat: 'requires a name of letters, digits, _ or - (it names the output folder and the tags)',
  isoDate: 'requires an ISO date such as 2024-06-30',
  duplicateName: (name: string) => `requires a unique name; \`${name}\` is declared twice`,
  unknownSegmentation: (name: string, declared: readonly string[]) =>
    `requires the name of a segmentation declared under segmentations (${declared.length ? list(declared) : 'none declared'}), got \`${name}\``,
  surveySegmentationNeeded: (what: string, name: string) => `requires a segmentation with source: survey for ${what}; \`${name}\` reads a file`,
  segmentationSource: 'requires `survey` or { file: PATH, id: COLUMN }',
  mappingForm: 'requires a mapping file path or a mapping (fields, null_values, …)',
  entityNeedsId: 'requires `id`: the column holding the entity ids',
  profileNeedsEntity: (name: string) => `requires a segmentation of workspace entities; \`${name}\` reads a file without \`entity\` (add source.entity and source.id)`,
  columnsOrItems: 'requires either columns or items, not both',
  surveyWeights: 'requires `weight` (the survey_respondents column) or no weights for source: survey',
  screenNeedsSurvey: 'requires source: survey (survey-quality screening reads the respondents\' durations and batteries)',
  lcaListwise: 'requires listwise for method lca (latent class analysis handles missing answers itself)',
  exportOut: 'requires a file ending in .csv or .xlsx',

  // running
  planHeader: (file: string, steps: number) => `segmap run ${file}: ${steps} step${steps === 1 ? '' : 's'}`,
  planLine: (n: number, phase: string, title: string, detail: string) => `  ${String(n).padStart(2)}. ${phase.padEnd(9)} ${title}${detail ? ` — ${detail}` : ''}`,
  nothingToDo: 'the project declares no sources, prioritization, segmentations, rules or exports; nothing to run',
  stepDone: (title: string, seconds: number, line: string) => `${title} (${seconds.toFixed(1)} s)${line ? `: ${line}` : ''}`,
  recorded: (runId: string, specHash: string, dataHash: string) => `run ${runId} recorded (spec ${specHash.slice(0, 12)}, data ${dataHash.slice(0, 12)})`,
  noSurveyItems: 'the survey segmentation requires Likert or numeric survey questions in the workspace; import a survey first',
  noSurveyAnswers: (items: readonly string[]) => `survey items ${list(items)} are not in survey_questions`,
  noLinkedRespondents: (name: string) => `projection of \`${name}\` requires respondents linked to stakeholders (survey_respondents.stakeholder_id)`,
  sourceMissing: (file: string) => `source file not found: ${file}`,

  // runs
  unknownRun: (runId: string) => `run \`${runId}\` not found; \`segmap runs D\` lists the runs`,
  diffFlag: '--diff requires two run ids: --diff A B',
} as const;
