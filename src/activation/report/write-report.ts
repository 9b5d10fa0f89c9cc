/**
 * The self-contained HTML report of a segmentation: sizes, profile heatmap, top differentiators, the test
 * table and the segment (or persona) cards, in one file with inline CSS and inline SVG charts — no script,
 * no external URL, so it opens anywhere and prints cleanly.
 *
 * Phases: 1. chart specs (./report-charts.ts) → 2. render each to SVG on the server
 * (./render-vega-lite.ts) → 3. assemble the page with escaped text → 4. write atomically.
 * A report without a profile (personas only) shows the cards.
 * Complexity: O(variables × segments) plus chart rendering.
 *
 * @example
 * await writeReport({ profile, cards, title: 'Survey segments' }, 'out/report.html');
 */
import type { ProfileDocument } from '../../spec/profile.js';
import type { SegmentCard } from '../../spec/segment-card.js';
import { atomicWrite } from '../atomic-write.js';
import { describeTest } from '../workbook/describe-test.js';
import { methodNotes } from '../workbook/about-sheet.js';
import { escapeHtml, formatNumber } from './html.js';
import { cardsHtml } from './report-cards.js';
import { differentiatorsChart, heatmapChart, ranked, sizesChart } from './report-charts.js';
import { reportCss } from './report-styles.js';
import { renderVegaLite } from './render-vega-lite.js';

export interface ReportInput {
  readonly profile: ProfileDocument | null;
  readonly cards: readonly SegmentCard[];
  readonly title?: string;
  readonly subtitle?: string;
}

const figure = (svg: string, caption: string): string => `<figure>${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;

async function chartsSection(p: ProfileDocument): Promise<string> {
  const sizes = figure(await renderVegaLite(sizesChart(p)), `Segment sizes: ${p.n.toLocaleString('en-US')} rows${p.weightMode === 'unweighted' ? '' : ', weighted shares'}`);
  const heat = heatmapChart(p);
  const diff = differentiatorsChart(p);
  const heatmap = heat ? figure(await renderVegaLite(heat), 'Index by segment (total = 100) on the strongest differentiators; ▲/▼ significantly higher/lower than the other segments') : '';
  const strongest = diff ? figure(await renderVegaLite(diff), `Top differentiators; significance after ${p.adjustment.method} adjustment at ${p.alpha}`) : '';
  return `<section id="sizes"><h2>Segments</h2><div class="charts">${sizes}${strongest}</div></section><section id="heatmap"><h2>Profile</h2>${heatmap}</section>`;
}

function testsTable(p: ProfileDocument): string {
  const rows = ranked(p)
    .concat(p.variables.filter((v) => v.rank === null))
    .map(
      (v) =>
        `<tr><td class="num">${v.rank ?? ''}</td><td>${escapeHtml(v.label)}</td><td>${escapeHtml(describeTest(v))}</td><td class="num">${formatNumber(v.strength, 3)}</td><td>${v.significant ? 'yes' : 'no'}</td></tr>`,
    )
    .join('');
  return `<section id="tests"><h2>Differentiators and tests</h2><table><thead><tr><th>#</th><th>variable</th><th>test</th><th>strength</th><th>significant</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function notesSection(p: ProfileDocument): string {
  const lines = [...methodNotes(p), ...p.warnings.map((w) => w.message)];
  return `<section id="notes"><h2>Method and notes</h2><ul class="notes">${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul></section>`;
}

export async function renderReport(input: ReportInput): Promise<string> {
  const title = input.title ?? 'Segment report';
  const subtitle = input.subtitle ?? (input.profile ? `${input.profile.segments.length} segments · ${input.profile.n.toLocaleString('en-US')} rows` : `${input.cards.length} personas`);
  const body = [
    input.profile ? await chartsSection(input.profile) : '',
    input.cards.length > 0 ? `<section id="cards"><h2>${input.profile ? 'Segment cards' : 'Personas'}</h2>${cardsHtml(input.cards)}</section>` : '',
    input.profile ? testsTable(input.profile) : '',
    input.profile ? notesSection(input.profile) : '',
  ].join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title><style>${reportCss}</style></head>
<body><header><h1>${escapeHtml(title)}</h1><p>${escapeHtml(subtitle)}</p></header>
<main>
${body}
</main></body></html>
`;
}

export async function writeReport(input: ReportInput, file: string): Promise<void> {
  await atomicWrite(file, await renderReport(input));
}
