/**
 * The mapping file (YAML) that tells `segmap import` how a user's file becomes a model table.
 *
 * Each entry under `fields` names a MODEL field and says where its value comes from: a source column (the
 * short form `npi: NPI`), a constant (`value`), or the row number (`row`, for files without an id). Options
 * coerce the text: `map` (value map / recode), `default`, `format` (strptime date format), `true`/`false`
 * spellings for booleans, `missing` spellings for missing values. Without a mapping, columns whose names equal
 * model fields map themselves.
 *
 * A wide survey file (`table: survey`, one row per respondent) also has `items`: which columns are
 * questions, their type and scale; the importer melts respondents × items into survey_responses.
 *
 * @example
 *   table: stakeholders
 *   source: cms-dac-2024
 *   null_values: ["", "Not Available"]
 *   fields:
 *     stakeholder_id: NPI
 *     npi: NPI
 *     name: Provider Name
 *     role: { value: physician }
 *     specialty: { from: Primary Specialty }
 *     zip: { from: ZIP5 }
 */
import { z } from 'zod';

const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const FieldSource = z
  .object({
    /** Source column name, exactly as in the file's header. */
    from: z.string().min(1).optional(),
    /** A constant for every row. */
    value: scalar.optional(),
    /** Build the value from the row number: `row: { prefix: "sci-" }` gives sci-2, sci-3, ... */
    row: z.object({ prefix: z.string().default('') }).strict().optional(),
    /** Recode source values (after trimming); keys are matched exactly, then case-insensitively. */
    map: z.record(z.string(), scalar.nullable()).optional(),
    /** Used when the source is empty (or, with `map`, when a value is not in the map and `strict_map` is false). */
    default: scalar.optional(),
    /** With `map`: reject values not in the map (true) or pass them through (false, the default). */
    strict_map: z.boolean().default(false),
    /** strptime format for date and timestamp fields, e.g. "%m/%d/%Y". */
    format: z.string().min(1).optional(),
    /** Spellings of true / false for boolean fields (added to yes/no/y/n/true/false/1/0). */
    true: z.array(z.string()).optional(),
    false: z.array(z.string()).optional(),
    /** Extra spellings of "missing" for this field only (e.g. "*", "<11" for suppressed counts). */
    missing: z.array(z.string()).optional(),
  })
  .strict()
  .refine((s) => [s.from, s.value, s.row].filter((x) => x !== undefined).length <= 1, {
    message: 'a field takes its value from at most one of from, value, row',
  })
  .refine((s) => s.from !== undefined || s.value !== undefined || s.row !== undefined || s.default !== undefined, {
    message: 'a field requires one of from, value, row or default',
  });
export type FieldSource = z.infer<typeof FieldSource>;

/** `npi: NPI` is short for `npi: { from: NPI }`. */
export const FieldMapping = z.union([z.string().min(1).transform((from) => FieldSource.parse({ from })), FieldSource]);
export type FieldMapping = z.infer<typeof FieldMapping>;

export const SurveyItems = z
  .object({
    /** The question columns; default: every column not used by `fields`. */
    columns: z.array(z.string().min(1)).min(1).optional(),
    type: z.enum(['likert', 'single', 'multi', 'numeric', 'rank', 'text']).default('likert'),
    scale: z.object({ min: z.number().int(), max: z.number().int() }).strict().refine((s) => s.min < s.max, { message: 'scale requires min < max' }).optional(),
    battery: z.string().optional(),
    /** Question id = prefix + column name (keeps ids unique across surveys). */
    question_prefix: z.string().default(''),
    /** Option labels shared by every item, e.g. { "1": "strongly disagree", ... }. */
    labels: z.record(z.string(), z.string()).optional(),
    /** Question text per column (e.g. from a dictionary). */
    text: z.record(z.string(), z.string()).optional(),
    /** Answers that mean "no answer" (e.g. "99", "Don't know"); stored as missing, not rejected. */
    missing: z.array(z.string()).default([]),
  })
  .strict();
export type SurveyItems = z.infer<typeof SurveyItems>;

export const Mapping = z
  .object({
    /** The target table; when present it must equal `--table`. */
    table: z.string().optional(),
    /** Recorded in every row's `source`. */
    source: z.string().min(1).optional(),
    /** Spellings of "missing" for every field (the empty string always is). */
    null_values: z.array(z.string()).default([]),
    /** CSV: force the delimiter instead of sniffing it. */
    delimiter: z.string().length(1).optional(),
    /** CSV: force the encoding instead of detecting it. */
    encoding: z.enum(['utf-8', 'windows-1252', 'latin-1', 'utf-16le', 'utf-16be']).optional(),
    /** XLSX: the sheet by name or 1-based position (default: the first sheet). */
    sheet: z.union([z.string().min(1), z.number().int().positive()]).optional(),
    fields: z.record(z.string(), FieldMapping).default({}),
    /** Wide survey files only (`table: survey`). */
    items: SurveyItems.optional(),
  })
  .strict();
export type Mapping = z.infer<typeof Mapping>;
/** A mapping as written (defaults not yet applied), e.g. built in code. */
export type MappingInput = z.input<typeof Mapping>;
