/** A tiny element builder: text is always set as text, never parsed as HTML, so data cannot inject markup. */
type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'number' ? String(child) : child);
  }
  return el;
}

export const formatNumber = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export const formatPercent = (p: number, digits = 0): string => `${(p * 100).toFixed(digits)}%`;

export function notice(text: string): HTMLElement {
  return h('p', { class: 'notice' }, text);
}

export function table(columns: readonly { key: string; label: string; numeric?: boolean }[], rows: readonly Record<string, unknown>[]): HTMLTableElement {
  return h(
    'table',
    {},
    h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { class: c.numeric ? 'num' : undefined }, c.label)))),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h('tr', {}, ...columns.map((c) => h('td', { class: c.numeric ? 'num' : undefined }, cell(row[c.key], c.numeric)))),
      ),
    ),
  );
}

function cell(value: unknown, numeric?: boolean): string {
  if (value === null || value === undefined) return '';
  if (numeric && typeof value === 'number') return formatNumber(value, Number.isInteger(value) ? 0 : 2);
  return String(value);
}
