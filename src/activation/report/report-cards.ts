/**
 * Segment (or persona) cards as HTML: name, size, headline, who they are, drivers, barriers, channels,
 * information sources, rep involvement, content and what to say. Empty sections are left out.
 *
 * @example
 * cardsHtml([card]); // '<div class="cards"><article class="card">…'
 */
import type { SegmentCard } from '../../spec/segment-card.js';
import { escapeHtml, itemList } from './html.js';

const sections: readonly { title: string; items: (c: SegmentCard) => readonly string[] }[] = [
  { title: 'What drives them', items: (c) => c.drivers },
  { title: 'Barriers', items: (c) => c.barriers },
  { title: 'Preferred channels', items: (c) => c.channels },
  { title: 'Information sources', items: (c) => c.informationSources },
  { title: 'Rep involvement', items: (c) => c.repInvolvement },
  { title: 'Content', items: (c) => c.content },
  { title: 'What to say', items: (c) => c.talkingPoints },
];

function who(c: SegmentCard): string {
  const mix = c.who.mix.map((m) => `${m.variable}: ${m.level} ${(m.share * 100).toFixed(0)}%${m.index === null ? '' : ` (index ${m.index.toFixed(0)})`}`);
  const items = [c.who.summary, ...mix].filter((s) => s.length > 0);
  return items.length === 0 ? '' : `<h4>Who they are</h4>${itemList(items)}`;
}

export function cardHtml(c: SegmentCard): string {
  const size = c.size ? `${c.size.count.toLocaleString('en-US')} · ${(c.size.share * 100).toFixed(1)}%` : c.source === 'persona' ? 'persona' : '';
  const body = sections.map((s) => ({ title: s.title, items: s.items(c) })).filter((s) => s.items.length > 0);
  return (
    `<article class="card"><h3>${escapeHtml(c.name)}</h3><div class="meta">${escapeHtml([c.segment, size].filter((x) => x).join(' · '))}</div>` +
    (c.headline ? `<p>${escapeHtml(c.headline)}</p>` : '') +
    who(c) +
    body.map((s) => `<h4>${escapeHtml(s.title)}</h4>${itemList(s.items)}`).join('') +
    `</article>`
  );
}

export const cardsHtml = (cards: readonly SegmentCard[]): string => `<div class="cards">${cards.map(cardHtml).join('')}</div>`;
