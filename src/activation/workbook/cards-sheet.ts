/**
 * The Cards sheet: one column per segment (or persona) card — name, size, headline, who they are, drivers,
 * barriers, channels, information sources, rep involvement, content and talking points — printable as a
 * one-page handout per segment.
 */
import type ExcelJS from 'exceljs';
import type { SegmentCard } from '../../spec/segment-card.js';
import { palette, styleHeader, text } from './workbook-style.js';

const sections: readonly { title: string; items: (card: SegmentCard) => readonly string[] }[] = [
  { title: 'Who they are', items: (c) => [c.who.summary, ...c.who.mix.map((m) => `${m.variable}: ${m.level} ${(m.share * 100).toFixed(0)}%${m.index === null ? '' : ` (index ${m.index.toFixed(0)})`}`)].filter((s) => s.length > 0) },
  { title: 'What drives them', items: (c) => c.drivers },
  { title: 'Barriers', items: (c) => c.barriers },
  { title: 'Preferred channels', items: (c) => c.channels },
  { title: 'Information sources', items: (c) => c.informationSources },
  { title: 'Rep involvement', items: (c) => c.repInvolvement },
  { title: 'Content', items: (c) => c.content },
  { title: 'What to say', items: (c) => c.talkingPoints },
];

export function addCardsSheet(workbook: ExcelJS.Workbook, cards: readonly SegmentCard[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('Cards');
  sheet.getColumn(1).width = 22;
  cards.forEach((_, i) => (sheet.getColumn(i + 2).width = 48));
  styleHeader(sheet.addRow(['', ...cards.map((c) => text(c.name))]));
  sheet.addRow(['Segment', ...cards.map((c) => text(`${c.segmentation} / ${c.segment}`))]);
  sheet.addRow(['Size', ...cards.map((c) => (c.size ? `${c.size.count} (${(c.size.share * 100).toFixed(1)}%)` : ''))]);
  sheet.addRow(['Headline', ...cards.map((c) => text(c.headline))]).alignment = { wrapText: true, vertical: 'top' };
  for (const section of sections) {
    const row = sheet.addRow([section.title, ...cards.map((c) => text(section.items(c).map((s) => `• ${s}`).join('\n')))]);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).font = { bold: true, color: { argb: palette.header } };
  }
  return sheet;
}
