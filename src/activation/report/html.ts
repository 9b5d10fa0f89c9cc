/**
 * HTML escaping for the report: every piece of text from data (labels, levels, card text, file names)
 * goes through `escapeHtml`, so a segment called `<script>` is shown, not run.
 *
 * @example
 * escapeHtml('<b>"A&B"</b>'); // "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;"
 */
const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => entities[c] ?? c);

/** A list of escaped items, or nothing when empty. */
export const itemList = (items: readonly string[]): string => (items.length === 0 ? '' : `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`);

export const formatShare = (x: number | null): string => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
export const formatNumber = (x: number | null, digits = 2): string => (x === null ? '–' : x.toFixed(digits));
