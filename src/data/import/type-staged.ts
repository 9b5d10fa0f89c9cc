/**
 * The one full pass over a file's rows: while reading, every mapped field is typed once into
 * `_segmap_typed` (columns named after the model fields, beside the raw c1..cn and `_row`), and `_bad`
 * flags rows that fail any per-cell check, written against the typed columns so nothing is parsed twice.
 * Everything after — the detailed reject reasons (worked out for flagged rows only), references,
 * duplicate keys, the upsert — reads these columns, so a 10M-row file is parsed once, checked once and
 * copied once.
 *
 * Complexity: one vectorized pass; expression size O(fields + map entries + enum aliases).
 */
import { ident, Params } from '../sql.js';
import { importMessages } from '../../lib/messages/index.js';
import { looksLikeDate, notInMapExpr, npiValidExpr, rawExpr, textExpr, typedExpr, typeReason, fromReaderExpr, type CellMode } from './field-sql.js';
import type { ResolvedField, ResolvedMapping } from './resolve-mapping.js';
import type { Projection } from './staged-file.js';

/** One per-cell check: rows where `where` holds (over the alias `s`) fail with `reason`. */
export interface CellCheck {
  readonly field: ResolvedField;
  readonly where: string;
  readonly reason: string;
}

/**
 * The checks of one field, mutually exclusive, over the alias `s`, which holds the raw columns and the
 * typed field (by its name). Conditions take placeholders from `p`, reasons from `r` (the flagging pass
 * discards reasons: it passes a scratch `r` so the statement binds only what its conditions use).
 */
export function cellChecks(f: ResolvedField, p: Params, today: string, r: Params = p, mode: CellMode = 'trim', parsed: ParsedCells = noneParsed): CellCheck[] {
  const y = `s.${ident(f.field.name)}`;
  // a plain text field's typed value is its text: reuse the column instead of trimming again
  const plain = f.field.type === 'varchar' && !f.field.enum;
  const cell = parsedCell(f, parsed);
  let text: string | undefined; // built on first use: placeholders only for what a check needs
  const t = (): string => (text ??= plain ? y : (cell ?? textExpr(f, p, mode)));
  const checks: CellCheck[] = [];
  const add = (where: string, reason: string): void => void checks.push({ field: f, where, reason });
  if (f.field.required) add(`${t()} is null`, r.add(importMessages.required(f.field.name)));
  const notInMap = notInMapExpr(f, p, mode);
  if (notInMap) add(notInMap, r.add(importMessages.notInMap()));
  if (f.field.type !== 'varchar' || f.field.enum) {
    const where = `${y} is null and ${t()} is not null`; // typed first: cheap, and false on almost every row
    const isDate = f.field.type === 'date' || f.field.type === 'timestamp';
    add(where, isDate ? `(case when ${looksLikeDate(t())} then ${r.add(importMessages.impossibleDate())} else ${r.add(typeReason(f))} end)` : r.add(typeReason(f)));
  }
  if (f.field.check === 'npi') {
    const tenDigits = `regexp_full_match(${y}, '[0-9]{10}')`;
    add(`${y} is not null and not ${tenDigits}`, r.add(importMessages.npiDigits()));
    add(`${tenDigits} and not ${npiValidExpr(y)}`, r.add(importMessages.npiCheckDigit()));
  }
  if (f.field.check === 'nonNegative') add(`${y} < 0`, r.add(importMessages.negative()));
  if (f.field.name === 'last_verified') add(`${y} > ${p.add(today)}::date`, r.add(importMessages.futureDate()));
  return checks;
}

/** Staged columns the reader already parsed (see `readerType`), by their raw name; none on the full path. */
export interface ParsedCells {
  has(column: string): boolean;
}
const noneParsed: ParsedCells = new Set();

/** The cell of a field whose column the reader parsed, over the alias `s`. */
const parsedCell = (f: ResolvedField, parsed: ParsedCells): string | undefined =>
  f.source.kind === 'column' && parsed.has(f.source.column.sql) ? `s.${f.source.column.sql}` : undefined;

/** Fields that come from the file (or a constant / row number); `none` fields are left to defaults. */
export const sourcedFields = (m: ResolvedMapping): ResolvedField[] => m.fields.filter((f) => f.source.kind !== 'none');

/**
 * Fields whose rejects are found after the read (keys, references, a response's value) and whose typed
 * value is not simply the trimmed cell (a number, an enumeration, a recoded value): their raw cells are
 * kept so such a reject shows what the user wrote.
 */
function laterChecked(m: ResolvedMapping): ResolvedField[] {
  const names = new Set([...m.table.key, ...m.table.references.map((r) => r.field), ...(m.table.name === 'survey_responses' ? ['value'] : [])]);
  const plain = (f: ResolvedField): boolean => f.field.type === 'varchar' && !f.field.enum && !f.options.map;
  return m.fields.filter((f) => names.has(f.field.name) && !plain(f));
}

/** The hash of a row's key, computed while reading so the duplicate probe counts integers, not strings. */
export const keyHashColumn = '_key';

/**
 * Typed fields and the `_bad` flag, computed while the rows are read. `mode`: whether expressions trim
 * the cells (`trim`) or take them as read (`as-is`, the streaming load); `parsed`: columns the reader
 * already typed.
 */
export function projectionFor(m: ResolvedMapping, today: string, keepRaw = false, mode: CellMode = 'trim', parsed: ParsedCells = noneParsed): Projection {
  const fields = sourcedFields(m);
  const keyed = m.table.key.every((k) => fields.some((f) => f.field.name === k));
  const keyHash = keyed ? `, hash(${m.table.key.map((k) => `s.${ident(k)}`).join(', ')}) as ${keyHashColumn}` : '';
  return {
    fields: [...fields.map((f) => f.field.name), ...(keyed ? [keyHashColumn] : [])],
    afterTyping: keyHash,
    keepRaw,
    keepColumns: laterChecked(m).flatMap((f) => (f.source.kind === 'column' ? [f.source.column.sql] : [])),
    usesRecordNumbers: fields.some((f) => f.source.kind === 'row'),
    typed: (p) => fields.map((f) => `, ${typedOf(f, p, mode, parsed)} as ${ident(f.field.name)}`).join(''),
    bad: (p) => {
      const reasons = new Params();
      const checks = fields.flatMap((f) => cellChecks(f, p, today, reasons, mode, parsed));
      return checks.length ? `(${checks.map((c) => `coalesce(${c.where}, false)`).join(' or ')})` : 'false';
    },
  };
}

function typedOf(f: ResolvedField, p: Params, mode: CellMode, parsed: ParsedCells): string {
  const cell = parsedCell(f, parsed);
  return cell ? fromReaderExpr(f, cell) : typedExpr(f, textExpr(f, p, mode), p);
}

/** Reject rows for the flagged rows in `rows` (raw + typed columns): each failing check, with the raw value. */
export function cellRejectsSql(m: ResolvedMapping, p: Params, today: string, rows: string): string[] {
  return sourcedFields(m)
    .flatMap((f) => cellChecks(f, p, today))
    .map((c) => `select s._row, ${p.add(c.field.source.kind === 'column' ? c.field.source.column.name : c.field.field.name)}, coalesce(${rawExpr(c.field)}, ''), ${c.reason}
      from ${rows} s where ${c.where}`);
}
