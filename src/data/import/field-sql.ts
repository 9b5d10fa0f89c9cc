/**
 * SQL expressions that turn a staged text cell into a model field, and the checks that say why a cell
 * cannot be loaded. Three layers per field: the raw cell; the text after trimming, missing-value
 * spellings, recoding and default; the typed value. A cell fails its type when it has text but no typed
 * value; checks are written so that at most one fires per cell.
 *
 * Values (null spellings, map keys, constants, formats, enum codes) always travel as parameters.
 * Complexity: expression size O(map entries + enum aliases); evaluation is vectorized by DuckDB.
 */
import { importMessages } from '../../lib/messages/index.js';
import { enumKey, enumKeySql } from '../model/enums.js';
import type { FieldType } from '../model/table-model.js';
import type { Params } from '../sql.js';
import type { ResolvedField } from './resolve-mapping.js';

const baseTrue = ['yes', 'y', 'true', 't', '1'];
const baseFalse = ['no', 'n', 'false', 'f', '0'];

/**
 * A cell without its surrounding spaces. Most cells have none, so trim() — which copies every string —
 * runs only when the first or last character is a space (about 2x cheaper on a 10M-row file).
 */
export function trimmedCell(column: string): string {
  return `(case when ${column} like ' %' or ${column} like '% ' then trim(${column}) else ${column} end)`;
}

/**
 * How expressions read a relation's cells: `trim` each one (the full path), or take them `as-is` (the
 * streaming load, which looks for padded values after its insert and hands such a file to the full path).
 */
export type CellMode = 'trim' | 'as-is';

const cellOf = (column: string, mode: CellMode): string => (mode === 'as-is' ? `s.${column}` : trimmedCell(`s.${column}`));

/**
 * The type DuckDB's CSV reader may parse this field's column as, in a clean-file load, or undefined for
 * text: a plain integer column as DOUBLE, a plain enumeration as its ENUM type ("plain": no recoding,
 * default or extra missing spellings). The load then skips trimming and casting text for that column
 * (about 0.1 s each per 10M rows), and a cell the reader cannot parse (an alias, a padded code, hex) is a
 * reader reject, which sends the file down the full path, where it is normalised or reported as usual.
 * Integers go through DOUBLE because the reader's integer parse rounds 3.5 to 4, where `typedExpr`
 * rejects it; a double holds every 32-bit integer exactly, so `fromReaderExpr` equals `typedExpr`.
 */
export function readerType(f: ResolvedField): string | undefined {
  const plain = f.source.kind === 'column' && !f.options.map && f.options.default === undefined && f.nulls.length === 0;
  if (!plain) return undefined;
  if (f.field.enum) return f.field.enumType;
  return f.field.type === 'integer' ? 'DOUBLE' : undefined;
}

/** The typed value of a cell the reader parsed as `readerType(f)`. */
export function fromReaderExpr(f: ResolvedField, cell: string): string {
  return f.field.enum ? cell : `(case when ${cell} = trunc(${cell}) then try_cast(${cell} as integer) end)`;
}

/** The untouched staged cell, or NULL for constants and generated values. */
export function rawExpr(f: ResolvedField): string {
  return f.source.kind === 'column' ? `s.${f.source.column.sql}` : 'NULL::varchar';
}

/** The field's text: trimmed, missing spellings → NULL, recoded by `map`, then `default`. */
export function textExpr(f: ResolvedField, p: Params, mode: CellMode = 'trim'): string {
  let text: string;
  switch (f.source.kind) {
    case 'column': {
      const trimmed = cellOf(f.source.column.sql, mode);
      const nulls = ['', ...f.nulls.map((n) => n.trim())];
      text = nulls.length === 1 ? `nullif(${trimmed}, '')` : `(case when ${trimmed} in ${p.list(nulls)} then NULL else ${trimmed} end)`;
      break;
    }
    case 'value':
      text = `${p.add(String(f.source.value))}::varchar`;
      break;
    case 'row':
      text = `(${p.add(f.source.prefix)} || s._row::varchar)`;
      break;
    case 'none':
      text = 'NULL::varchar';
      break;
  }
  const map = f.options.map;
  if (map && f.source.kind === 'column') {
    const keys = Object.keys(map);
    if (keys.length > 0) {
      const arms = keys.map((k) => {
        const v = map[k];
        return `when ${p.add(k.trim().toLowerCase())} then ${v === null || v === undefined ? 'NULL' : `${p.add(String(v))}::varchar`}`;
      });
      text = `(case lower(${text}) ${arms.join(' ')} else ${f.options.strict_map ? 'NULL' : text} end)`;
    }
  }
  if (f.options.default !== undefined) text = `coalesce(${text}, ${p.add(String(f.options.default))}::varchar)`;
  return text;
}

/** True when `map` is strict and the cell's text is not one of its keys. */
export function notInMapExpr(f: ResolvedField, p: Params, mode: CellMode = 'trim'): string | undefined {
  const map = f.options.map;
  if (!map || !f.options.strict_map || f.source.kind !== 'column') return undefined;
  const trimmed = cellOf(f.source.column.sql, mode);
  const keys = Object.keys(map).map((k) => k.trim().toLowerCase());
  const nulls = ['', ...f.nulls.map((n) => n.trim())];
  return `(${trimmed} not in ${p.list(nulls)} and lower(${trimmed}) not in ${p.list(keys)})`;
}

function dateExpr(text: string, format: string | undefined, p: Params, type: 'date' | 'timestamp'): string {
  const parsed = format
    ? `try_strptime(${text}, ${p.add(format)})`
    : type === 'date'
      ? `coalesce(try_cast(${text} as date)::timestamp, try_cast(${text} as timestamp))`
      : `try_cast(${text} as timestamp)`;
  // dates outside 1900..2100 are typing errors (a year 0202, a 1/1/0001 placeholder), not history
  const plausible = `(case when ${parsed} between timestamp '1900-01-01' and timestamp '2100-12-31 23:59:59' then ${parsed} end)`;
  return type === 'date' ? `${plausible}::date` : plausible;
}

/** The typed value; NULL when the text is missing or does not parse. */
export function typedExpr(f: ResolvedField, text: string, p: Params): string {
  const type: FieldType = f.field.type;
  switch (type) {
    case 'varchar': {
      if (!f.field.enum) return text;
      const arms = new Map<string, string>();
      for (const value of f.field.enum) {
        for (const spelling of [value.code, ...(value.aliases ?? [])]) arms.set(enumKey(spelling), value.code);
      }
      const lookup = `(case ${enumKeySql(text)} ${[...arms].map(([key, code]) => `when ${p.add(key)} then ${p.add(code)}`).join(' ')} end)`;
      // fast path: a cell that already is a code (the usual case) keeps it without lower/translate/trim,
      // which copy every string; DuckDB evaluates the lookup only for the rows that fall through
      const exact = [...new Set(f.field.enum.map((e) => e.code))].filter((code) => arms.get(enumKey(code)) === code);
      return exact.length ? `(case when ${text} in ${p.list(exact)} then ${text} else ${lookup} end)` : lookup;
    }
    case 'integer':
    case 'bigint': {
      // plain digits cast directly; a decimal point must leave a whole number (DuckDB would round '3.5' to 4)
      const d = `try_cast(${text} as double)`;
      return `(case when contains(${text}, '.') then try_cast(case when ${d} = trunc(${d}) then ${d} end as ${type}) else try_cast(${text} as ${type}) end)`;
    }
    case 'double':
      return `try_cast(${text} as double)`;
    case 'boolean': {
      const yes = [...baseTrue, ...(f.options.true ?? []).map((s) => s.trim().toLowerCase())];
      const no = [...baseFalse, ...(f.options.false ?? []).map((s) => s.trim().toLowerCase())];
      return `(case when lower(${text}) in ${p.list(yes)} then true when lower(${text}) in ${p.list(no)} then false end)`;
    }
    case 'date':
    case 'timestamp':
      return dateExpr(text, f.options.format, p, type);
  }
}

/** Why a present text has no typed value, per type. */
export function typeReason(f: ResolvedField): string {
  if (f.field.enum) return importMessages.notInEnum(f.field.enum.map((e) => e.code));
  switch (f.field.type) {
    case 'integer':
    case 'bigint':
      return importMessages.notInteger();
    case 'double':
      return importMessages.notNumber();
    case 'boolean':
      return importMessages.notBoolean();
    case 'date':
    case 'timestamp':
      return importMessages.notDate(f.options.format ?? (f.field.type === 'date' ? 'YYYY-MM-DD' : 'YYYY-MM-DD hh:mm:ss'));
    case 'varchar':
      return importMessages.notNumber();
  }
}

/** A date-looking text that still failed: month 13, February 30, year 0202. */
export function looksLikeDate(text: string): string {
  return `regexp_full_match(${text}, '[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}([ T].*)?')`;
}

/**
 * Luhn contribution of a two-digit chunk "ab" whose first digit is doubled (digits of 2a summed) and second
 * is not, for chunk values 0..99; and of a single doubled digit.
 */
const pairSums = Array.from({ length: 100 }, (_, x) => doubledDigit(Math.floor(x / 10)) + (x % 10));
const doubledSums = Array.from({ length: 10 }, (_, x) => doubledDigit(x));
function doubledDigit(x: number): number {
  return 2 * x > 9 ? 2 * x - 9 : 2 * x;
}

/**
 * Luhn check of a 10-digit text with the 80840 prefix (its contribution is 24), in integer arithmetic:
 * the payload digits d1..d9 are read as four doubled-first pairs (d1d2, d3d4, d5d6, d7d8) and d9, each
 * looked up in a constant list — about 3x faster in DuckDB than digit-by-digit substr arithmetic.
 * Only meaningful for 10-digit texts (callers check that first).
 */
export function npiValidExpr(npi: string): string {
  const n = `try_cast(${npi} as ubigint)`;
  const pairs = `[${pairSums.join(',')}]`;
  const pair = (power: number): string => `${pairs}[((${n} // ${10 ** power}) % 100)::bigint + 1]`;
  const d9 = `[${doubledSums.join(',')}][((${n} // 10) % 10)::bigint + 1]`;
  return `((10 - ((24 + ${pair(8)} + ${pair(6)} + ${pair(4)} + ${pair(2)} + ${d9}) % 10)) % 10 = ${n} % 10)`;
}
