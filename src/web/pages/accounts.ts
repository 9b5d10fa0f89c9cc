import type { AccountView, PageOf, QuadrantCount } from '../../spec/views.js';
import { api } from '../api.js';
import { barChart, matrixScatter, renderChart } from '../charts.js';
import { h, notice, table } from '../dom.js';

export async function accountsPage(root: HTMLElement): Promise<void> {
  root.append(h('h1', {}, 'Accounts: opportunity matrix'));
  const [page, quadrants] = await Promise.all([
    api<PageOf<AccountView>>('/api/accounts?limit=2000'),
    api<readonly QuadrantCount[]>('/api/accounts/quadrants'),
  ]);
  if (page.total === 0) {
    root.append(notice('no prioritization yet: run `segmap prioritize` or `segmap demo`'));
    return;
  }
  const counts = h('div', { class: 'chart', id: 'quadrant-counts' });
  const matrix = h('div', { class: 'chart', id: 'matrix' });
  root.append(counts, h('h2', {}, 'Opportunity against current position'), matrix);
  await renderChart(counts, barChart(quadrants, 'quadrant', 'count', { color: 'quadrant', title: 'accounts per quadrant' }));
  const plotted = page.rows.filter((r) => r.opportunity !== null && r.position !== null);
  if (plotted.length > 0) await renderChart(matrix, matrixScatter(plotted, 'position', 'opportunity', 'quadrant'));
  root.append(
    h('h2', {}, `Top ${Math.min(50, page.total)} of ${page.total} accounts`),
    table(
      [
        { key: 'name', label: 'account' },
        { key: 'type', label: 'type' },
        { key: 'territory_id', label: 'territory' },
        { key: 'score', label: 'score', numeric: true },
        { key: 'quadrant', label: 'quadrant' },
        { key: 'tier', label: 'tier' },
        { key: 'reason', label: 'why' },
      ],
      page.rows.slice(0, 50).map((r) => ({ ...r })),
    ),
  );
}
