/**
 * SQL twins of the call-list writers, for lists too large to pass through JavaScript row by row: DuckDB
 * expressions for CSV cells (each text cell formula-guarded and RFC 4180-quoted exactly like `csvField`),
 * for the row's JSON as `JSON.stringify` writes a `CallListRow` (what the audit stores for the next
 * delta), and for the export order. They read a table with the canonical columns, except that the
 * confidence arrives as JSON number text (`segment_confidence_json`) so numbers print exactly as before.
 * Column names come only from `callListColumns` (a whitelist).
 *
 * Known differences: DuckDB's JSON writer prints the control characters U+000B, U+000E–U+000F and
 * U+001A–U+001F as `\u000B` where `JSON.stringify` writes `\u000b`; both parse to the same text, and the
 * delta compares parsed fields whenever the stored texts differ, so only the stored bytes differ. The same
 * holds for a confidence of 1e21 or more (`1e21` against `1e+21`), which no membership has.
 *
 * @example `copy (select ${callListCsvLineSql(['name'], "''")} from calllist_rows order by ${callListOrderSql()}) to …`
 */
import { callListColumns, callListSortColumns, type CallListColumn } from './calllist-row.js';

/**
 * First code points that make a spreadsheet run a cell as a formula: = + - @ tab CR and their full-width
 * forms — the set of `isFormulaLike` (../formula-guard.ts), checked against it character by character in
 * calllist-sql.test.ts.
 */
export const formulaFirstCodePoints: readonly number[] = [0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d, 0xff1d, 0xff0b, 0xff0d, 0xff20];

const quoted = (column: CallListColumn): string => {
  if (!callListColumns.includes(column)) throw new Error(`not a call-list column: ${column}`);
  return `"${column}"`;
};

/** `csvField` of a VARCHAR column: '' for null, a leading apostrophe for formula-like text, quotes when needed. */
export function csvTextCellSql(column: CallListColumn): string {
  const c = quoted(column);
  const guarded = `(case when unicode(${c}) in (${formulaFirstCodePoints.join(', ')}) then '''' || ${c} else ${c} end)`;
  const needsQuotes = `(contains(${c}, '"') or contains(${c}, ',') or contains(${c}, chr(13)) or contains(${c}, chr(10)))`;
  return `(case when ${c} is null then '' when ${needsQuotes} then '"' || replace(${guarded}, '"', '""') || '"' else ${guarded} end)`;
}

/**
 * One CSV line (without its line end): the text cells of `columns` (formula-guarded and quoted in SQL),
 * then `tailSql`, an expression holding the remaining cells already formatted (e.g. by `csvField`).
 */
export function callListCsvLineSql(columns: readonly CallListColumn[], tailSql: string): string {
  return [...columns.map(csvTextCellSql), tailSql].join(` || ',' || `);
}

function jsonValueSql(column: CallListColumn): string {
  if (column === 'segment_confidence') return `cast(segment_confidence_json as json)`;
  if (column === 'stale') return 'stale';
  return quoted(column);
}

/** The row as `JSON.stringify(row)` writes a CallListRow: keys in column order, no spaces (DuckDB's json_object). */
export function callListJsonObjectSql(): string {
  return `json_object(${callListColumns.map((c) => `'${c}', ${jsonValueSql(c)}`).join(', ')})`;
}

/** ORDER BY terms of every export: the order of `compareCallListRows` (code points, missing last). */
export function callListOrderSql(prefix = ''): string {
  return callListSortColumns.map((c) => `${prefix}${quoted(c)} asc nulls last`).join(', ');
}
