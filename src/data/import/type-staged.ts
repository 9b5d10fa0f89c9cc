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
import { looksLikeDate, notInMapExpr, npiValidExpr, rawExpr, textExpr, typedExpr, typeReason } from './field-sql.js';
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
export function cellChecks(f: ResolvedField, p: Params, today: string, r: Params = p): CellCheck[] {
  let text: string | undefined; // built on first use: placeholders only for what a check needs
  const t = (): string => (text ??= textExpr(f, p));
  const y = `s.${ident(f.field.name)}`;
  const checks: CellCheck[] = [];
  const add = (where: string, reason: string): void => void checks.push({ field: f, where, reason });
  if (f.field.required) add(`${t()} is null`, r.add(importMessages.required(f.field.name)));
  const notInMap = notInMapExpr(f, p);
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

/** Fields that come from the file (or a constant / row number); `none` fields are left to defaults. */
export const sourcedFields = (m: ResolvedMapping): ResolvedField[] => m.fields.filter((f) => f.source.kind !== 'none');

/** Typed fields and the `_bad` flag, computed while the rows are read. */
export function projectionFor(m: ResolvedMapping, today: string, keepRaw = false): Projection {
  const fields = sourcedFields(m);
  return {
    fields: fields.map((f) => f.field.name),
    keepRaw,
    typed: (p) => fields.map((f) => `, ${typedExpr(f, textExpr(f, p), p)} as ${ident(f.field.name)}`).join(''),
    bad: (p) => {
      const reasons = new Params();
      const checks = fields.flatMap((f) => cellChecks(f, p, today, reasons));
      return checks.length ? `(${checks.map((c) => `coalesce(${c.where}, false)`).join(' or ')})` : 'false';
    },
  };
}

/** Reject rows for the flagged rows in `rows` (raw + typed columns): each failing check, with the raw value. */
export function cellRejectsSql(m: ResolvedMapping, p: Params, today: string, rows: string): string[] {
  return sourcedFields(m)
    .flatMap((f) => cellChecks(f, p, today))
    .map((c) => `select s._row, ${p.add(c.field.source.kind === 'column' ? c.field.source.column.name : c.field.field.name)}, coalesce(${rawExpr(c.field)}, ''), ${c.reason}
      from ${rows} s where ${c.where}`);
}
