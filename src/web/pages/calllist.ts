import type { CallListRowView, PageOf } from '../../spec/views.js';
import { api } from '../api.js';
import { h, notice, table } from '../dom.js';

const pageSize = 50;

/** What a rep scans first; the CSV export has every column. Unknown files show all their columns. */
const preferred = ['name', 'role', 'specialty', 'account_name', 'segment', 'tier', 'quadrant', 'next_step', 'last_verified', 'stale'];

export async function callListPage(root: HTMLElement, offset = 0): Promise<void> {
  const page = await api<PageOf<CallListRowView>>(`/api/calllist?limit=${pageSize}&offset=${offset}`);
  root.replaceChildren(h('h1', {}, 'Call list'));
  if (page.total === 0) {
    root.append(notice('no call list yet: run `segmap export calllist` or `segmap demo`'));
    return;
  }
  const present = Object.keys(page.rows[0] ?? {});
  const shown = preferred.filter((key) => present.includes(key));
  const columns = (shown.length >= 3 ? shown : present).map((key) => ({ key, label: key.replace(/_/g, ' '), numeric: typeof page.rows[0]?.[key] === 'number' }));
  const prev = h('button', { disabled: offset === 0 }, '← previous');
  const next = h('button', { disabled: offset + pageSize >= page.total }, 'next →');
  prev.addEventListener('click', () => void callListPage(root, Math.max(0, offset - pageSize)));
  next.addEventListener('click', () => void callListPage(root, offset + pageSize));
  root.append(
    h('div', { class: 'pager' }, prev, next, h('span', { class: 'muted' }, `${offset + 1}–${Math.min(offset + pageSize, page.total)} of ${page.total}`)),
    table(columns, page.rows),
  );
}
