/**
 * Spreadsheet formula-injection guard (CSV/XLSX injection). A cell whose text starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return is run as a formula by Excel, LibreOffice or Google Sheets when a user
 * opens an export; a stakeholder name like `=HYPERLINK("http://evil", "x")` would then execute. Every
 * text cell that leaves Segmap goes through `neutralizeFormula`, which prefixes such text with a single
 * quote so the spreadsheet shows it as text.
 *
 * Numbers are never touched: a negative number is data, not a formula; only strings are guarded.
 * A leading full-width equals/plus/minus/at (U+FF1D, U+FF0B, U+FF0D, U+FF20) is also guarded because
 * some spreadsheet locales normalise them to ASCII.
 *
 * Reference: OWASP, "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection).
 * Complexity: O(1) per cell (one look at the first character).
 *
 * @example
 * neutralizeFormula('=1+1');       // "'=1+1"
 * neutralizeFormula('-5 mg');      // "'-5 mg"
 * neutralizeFormula('Cardiology'); // "Cardiology"
 * neutralizeCell(-5);              // -5 (numbers pass through)
 */

const dangerousFirst = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/** True when a spreadsheet would treat `text` as a formula (or a formula-like DDE payload). */
export function isFormulaLike(text: string): boolean {
  const first = text.charAt(0);
  return first !== '' && dangerousFirst.has(first);
}

/** Returns `text` with a leading apostrophe when it would otherwise be read as a formula. */
export function neutralizeFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/** Guards any cell value: strings are neutralized, everything else (numbers, booleans, dates, null) is kept. */
export function neutralizeCell<T>(value: T): T | string {
  return typeof value === 'string' ? neutralizeFormula(value) : value;
}

/**
 * Quotes one CSV field (RFC 4180) after neutralizing it, so CSV exports get both protections in one call.
 * @example csvField('=cmd|x') // "'=cmd|x"   csvField('a,b') // "\"a,b\""
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = neutralizeFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
