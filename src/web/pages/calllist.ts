import type { CallListRowView, PageOf } from '../../spec/views.js';
import { api } from '../api.js';
import { h, notice, table } from '../dom.js';

const pageSize = 100;

export async function callListPage(root: HTMLElement, offset = 0): Promise<void> {
  const page = await api<PageOf<CallListRowView>>(`/api/calllist?limit=${pageSize}&offset=${offset}`);
  root.replaceChildren(h('h1', {}, 'Call list'));
  if (page.total === 0) {
    root.append(notice('no call list yet: run `segmap export calllist` or `segmap demo`'));
    return;
  }
  const columns = Object.keys(page.rows[0] ?? {}).map((key) => ({ key, label: key, numeric: typeof page.rows[0]?.[key] === 'number' }));
  const prev = h('button', { disabled: offset === 0 }, '← previous');
  const next = h('button', { disabled: offset + pageSize >= page.total }, 'next →');
  prev.addEventListener('click', () => void callListPage(root, Math.max(0, offset - pageSize)));
  next.addEventListener('click', () => void callListPage(root, offset + pageSize));
  root.append(
    h('div', { class: 'pager' }, prev, next, h('span', { class: 'muted' }, `${offset + 1}–${Math.min(offset + pageSize, page.total)} of ${page.total}`)),
    table(columns, page.rows),
  );
}
