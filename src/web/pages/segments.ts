import type { ProfileView, SegmentCardView } from '../../spec/views.js';
import { api } from '../api.js';
import { heatmap, renderChart } from '../charts.js';
import { h, notice } from '../dom.js';

/** How many differentiating variables the heatmap shows; the rest are in the workbook. */
const heatmapVariables = 20;

export async function segmentsPage(root: HTMLElement): Promise<void> {
  root.append(h('h1', {}, 'Segments'));
  const [profile, cards] = await Promise.all([api<ProfileView | null>('/api/profile'), api<readonly SegmentCardView[]>('/api/cards')]);
  if (cards.length > 0) {
    root.append(h('div', { class: 'cards' }, ...cards.map(cardElement)));
  }
  if (!profile) {
    root.append(notice('no profile yet: run `segmap profile` or `segmap demo`'));
    return;
  }
  const top = profile.variables.slice(0, heatmapVariables);
  const values = top.flatMap((v) => v.cells.filter((c) => c.index !== null).map((c) => ({ variable: v.label, segment: c.segment, index: c.index })));
  const box = h('div', { class: 'chart', id: 'profile-heatmap' });
  root.append(h('h2', {}, 'Profile: index against the total (100 = average), top differentiators first'), box);
  await renderChart(box, heatmap(values, 'segment', 'variable', 'index'));
}

function cardElement(card: SegmentCardView): HTMLElement {
  return h(
    'div',
    { class: 'card' },
    h('h3', {}, `${card.segment}. ${card.name}`),
    h('p', {}, card.headline),
    ...card.sections
      .filter((s) => s.items.length > 0)
      .map((s) => h('div', {}, h('strong', {}, s.title), h('ul', {}, ...s.items.map((i) => h('li', {}, i))))),
  );
}
