import type { DataHealth, SegmentsView } from '../../spec/views.js';
import { api } from '../api.js';
import { barChart, renderChart } from '../charts.js';
import { formatNumber, h, notice, table } from '../dom.js';

export async function overviewPage(root: HTMLElement): Promise<void> {
  const [health, segments] = await Promise.all([api<DataHealth>('/api/data-health'), api<SegmentsView>('/api/segments')]);
  root.append(h('h1', {}, 'Overview'));
  const totals = h('div', { class: 'cards' });
  for (const seg of segments.segmentations) {
    totals.append(h('div', { class: 'card' }, h('h3', {}, seg.label), h('div', { class: 'kpi' }, formatNumber(seg.total)), h('div', { class: 'muted' }, `${seg.sizes.length} segments`)));
  }
  root.append(totals);
  if (segments.segmentations.length === 0) root.append(notice('no segmentation yet: run `segmap demo` or `segmap cluster`'));
  for (const seg of segments.segmentations) {
    const box = h('div', { class: 'chart', id: `sizes-${seg.name}` });
    root.append(h('h2', {}, `${seg.label}: segment sizes`), box);
    await renderChart(box, barChart(seg.sizes, 'segment', 'count', { color: 'segment' }));
  }
  root.append(h('h2', {}, 'Data health'));
  root.append(
    table(
      [
        { key: 'table', label: 'table' },
        { key: 'rows', label: 'rows', numeric: true },
        { key: 'stale', label: `not verified in ${health.staleAfterDays} days`, numeric: true },
      ],
      health.tables.map((t) => ({ ...t })),
    ),
  );
  root.append(h('p', { class: 'muted' }, `${formatNumber(health.imports)} imports, ${formatNumber(health.rejectedRows)} rows rejected in all`));
}
