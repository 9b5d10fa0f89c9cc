/**
 * Messages of rule segments, tags (memberships), call-list exports and governance.
 * House style: lowercase, no final period, name the thing.
 */
const list = (items: readonly string[]): string => items.map((i) => `\`${i}\``).join(', ');
const didYouMean = (suggestions: readonly string[]): string => (suggestions.length ? ` (did you mean ${list(suggestions)}?)` : '');
const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

export const rulesMessages = {
  // memberships
  unknownMembershipKind: (kind: string, allowed: readonly string[]) => `membership kind \`${kind}\` requires one of ${list(allowed)}`,
  unknownEntityKind: (kind: string, allowed: readonly string[]) => `entity kind \`${kind}\` requires one of ${list(allowed)}`,
  segmentationNameRequired: 'a membership record requires a segmentation name',

  // rule checking
  unknownField: (field: string, entity: string, suggestions: readonly string[]) => `unknown ${entity} field \`${field}\`${didYouMean(suggestions)}`,
  typeMismatch: (field: string, type: string, operator: string, value: unknown) => `field \`${field}\` is ${type}; \`${operator}\` requires a value of that type, got ${show(value)}`,
  orderedRequiresNumberOrDate: (field: string, type: string, operator: string) => `\`${operator}\` requires a number or date field; \`${field}\` is ${type}`,
  containsRequiresText: (field: string, type: string) => `\`contains\` requires a text field; \`${field}\` is ${type}`,
  withinDaysRequiresDate: (field: string, type: string) => `\`withinDays\` requires a date field; \`${field}\` is ${type}`,
  invalidDate: (field: string, value: unknown) => `field \`${field}\` requires an ISO date such as 2024-06-30, got ${show(value)}`,
  rangeRequiresBound: (field: string) => `range on \`${field}\` requires at least one bound`,
  rangeReversed: (field: string) => `range on \`${field}\` requires min <= max`,
  accountFieldRequiresStakeholder: (field: string) => `\`${field}\` requires a stakeholder rule (account fields are read through a stakeholder's primary account)`,
  memberOfAccountRequiresStakeholder: '`member.of: account` requires a stakeholder rule',
  unknownSegment: (name: string, suggestions: readonly string[]) => `unknown rule segment \`${name}\`${didYouMean(suggestions)}`,
  duplicateSegment: (name: string) => `rule segment \`${name}\` is defined twice`,
  groupMixesEntities: (group: string) => `exclusive group \`${group}\` requires segments of one entity kind`,
  segmentInTwoGroups: (name: string) => `rule segment \`${name}\` requires at most one exclusive group`,
  duplicateInGroup: (group: string, name: string) => `exclusive group \`${group}\` lists \`${name}\` twice`,
  circularReference: (cycle: readonly string[]) => `circular reference between rule segments: ${cycle.join(' → ')}`,
  invalidRules: (path: string, message: string) => `${path ? `${path}: ` : ''}${message.toLowerCase().replace(/\.$/, '')}`,
  invalidValue: (expected: string, value: unknown) => `requires ${expected}, got ${show(value)}`,
  unknownOperator: (keys: readonly string[]) => `a condition requires \`all\`, \`any\`, \`not\`, \`field\` with one operator, \`event\`, \`inSegment\` or \`member\`; got keys ${list(keys)}`,
  ruleSetInvalid: (count: number, first: string) => (count === 1 ? first : `${first} (and ${count - 1} more problems)`),
  noRulesSection: (file: string) => `${file} requires a \`rules:\` section`,
  unreadableRules: (file: string, reason: string) => `${file} is not readable yaml: ${reason.split('\n')[0]?.toLowerCase() ?? ''}`,

  // call lists and exports
  callListExtension: (file: string) => `call list file \`${file}\` requires a .csv or .xlsx extension`,
  unknownCrmProfile: (name: string, allowed: readonly string[]) => `--crm requires one of ${list(allowed)}, got \`${name}\``,
  unknownTerritory: (territory: string, suggestions: readonly string[]) => `unknown territory \`${territory}\`${didYouMean(suggestions)}`,
  unknownRep: (rep: string, suggestions: readonly string[]) => `unknown rep \`${rep}\`${didYouMean(suggestions)}`,
  territoryOrRep: '--territory and --rep cannot be combined; choose one',
  emptyCallList: (scope: string) => `the call list for ${scope} has no rows`,
  maxAgeDays: (raw: string) => `--max-age-days requires a whole number of days from 1 to 36500, got \`${raw}\``,
  asOfDate: (raw: string) => `--as-of requires an ISO date such as 2024-06-30, got \`${raw}\``,
  unknownEngine: (raw: string) => `--engine requires \`duckdb\` or \`memory\`, got \`${raw}\``,

  // command summaries (stderr)
  exportWrote: (rows: number, file: string, scope: string, stale: number) => `wrote ${rows} rows to ${file} (${scope}; ${stale} stale)`,
  exportSince: (previous: string | null, added: number, removed: number, changed: number) =>
    `since ${previous ?? 'no previous export'}: ${added} added, ${removed} removed, ${changed} changed`,
  exportDeltaWritten: (file: string) => `changes written to ${file}`,
  exportLogLine: (at: string, who: string, kind: string, scope: string, file: string, format: string, rows: number, added: number, removed: number, changed: number) =>
    `${at} ${who} ${kind} ${scope} → ${file} (${format}, ${rows} rows; +${added} −${removed} ~${changed})`,
  rulesHeader: (segmentation: string, asOf: string, engine: string) => `rule segments of ${segmentation} as of ${asOf} (${engine}):`,
  rulesLine: (name: string, entity: string, members: number) => `  ${name.padEnd(32)} ${entity.padEnd(12)} ${members}`,
  rulesRecorded: (runId: string, entered: number, exited: number, verified: number) => `tags recorded as run ${runId}: ${entered} entered, ${exited} exited, ${verified} confirmed`,
  governanceCutoff: (cutoff: string, days: number, asOf: string) => `records last verified before ${cutoff} (${days} days before ${asOf}) are stale`,
  governanceTable: (table: string, source: string | null, records: number, stale: number, never: number) =>
    `  ${table.padEnd(20)} ${(source ?? '(no source)').padEnd(16)} ${String(records).padStart(8)} records, ${stale} stale, ${never} never verified`,
  governanceField: (entity: string, field: string, source: string, stale: number, observations: number) => `  field ${entity}.${field} from ${source}: ${stale} of ${observations} stale`,
  governanceTags: (kind: string, segmentation: string, stale: number, current: number, cutoff: string) => `  tags ${kind}/${segmentation}: ${stale} of ${current} last confirmed before ${cutoff}`,
  governanceConflicts: (total: number, listed: number) => `conflicts: ${total}${listed < total ? ` (first ${listed} listed)` : ''}`,
  governanceConflict: (kind: string, entity: string, id: string, field: string, values: readonly string[]) => `  ${kind} ${entity} ${id} ${field}: ${values.join(' | ')}`,
  governanceQueue: (open: number, opened: number, resolved: number) => `review queue: ${open} open (${opened} opened, ${resolved} resolved by this run)`,
  governanceItem: (id: string, reason: string, entity: string, entityId: string, detail: string | null) => `  [${id}] ${reason} ${entity} ${entityId}${detail ? `: ${detail}` : ''}`,

  // demo stage summary
  demoNoStakeholders: 'no stakeholders in the workspace; rules and call list skipped',
  demoRules: (segmentation: string, asOf: string, sizes: readonly (readonly [string, number])[]) => `rule segments (${segmentation}, as of ${asOf}): ${sizes.map(([n, c]) => `${n} ${c}`).join(', ')}`,
  demoTags: (entered: number, exited: number, verified: number, runId: string) => `tags: ${entered} entered, ${exited} exited, ${verified} confirmed (run ${runId})`,
  demoCallList: (rows: number, stale: number, file: string) => `call list: ${rows} stakeholders, ${stale} flagged stale, written to ${file}`,
  demoGovernance: (stale: number, conflicts: number, queue: number) =>
    `governance: ${stale} stale or never-verified accounts and stakeholders, ${conflicts} conflicting values between sources, ${queue} items in the review queue`,
} as const;
