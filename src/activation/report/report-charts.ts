/**
 * The report's charts as Vega-Lite specifications over a profile: segment sizes, a profile heatmap
 * (index by segment on the strongest differentiators, red below 100, green above, ▲/▼ where significant)
 * and the top differentiators by strength. Inline data only (see ./render-vega-lite.ts).
 *
 * @example
 * await renderVegaLite(sizesChart(profile));
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ProfileDocument, ProfileVariable } from '../../spec/profile.js';
import { distinctiveRow } from './distinctive-row.js';

const font = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
const config = { font, view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 11 } } as const;

export function sizesChart(p: ProfileDocument): TopLevelSpec {
  return {
    width: 520,
    height: Math.max(80, 26 * p.segments.length),
    config,
    data: { values: p.segments.map((s) => ({ segment: `${s.letter}. ${s.label}`, share: s.share, n: s.count })) },
    layer: [
      { mark: { type: 'bar', color: '#1f3a5f' }, encoding: { y: { field: 'segment', type: 'nominal', sort: null, title: null, axis: { labelLimit: 280 } }, x: { field: 'share', type: 'quantitative', axis: { format: '%' }, title: 'share of respondents' } } },
      {
        mark: { type: 'text', align: 'left', dx: 4 },
        encoding: { y: { field: 'segment', type: 'nominal', sort: null }, x: { field: 'share', type: 'quantitative' }, text: { field: 'n', type: 'quantitative', format: ',' } },
      },
    ],
  };
}

export function ranked(p: ProfileDocument): ProfileVariable[] {
  return p.variables.filter((v) => v.rank !== null && v.strength !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
}

export function heatmapChart(p: ProfileDocument, top = 15): TopLevelSpec | undefined {
  const rows = ranked(p)
    .slice(0, top)
    .flatMap((v) => {
      const row = distinctiveRow(v);
      return row ? [{ label: v.kind === 'numeric' ? v.label : `${v.label}: ${row.label}`, row }] : [];
    });
  if (rows.length === 0) return undefined;
  const letters = new Map(p.segments.map((s) => [s.id, `${s.letter}. ${s.label}`]));
  const values = rows.flatMap(({ label, row }) =>
    row.cells.map((c) => ({
      row: label,
      segment: letters.get(c.segment) ?? c.segment,
      index: c.index === null ? null : Math.round(c.index),
      mark: c.significance === 'higher' ? '▲' : c.significance === 'lower' ? '▼' : '',
    })),
  );
  const encodeCell = {
    y: { field: 'row', type: 'nominal' as const, sort: null, title: null, axis: { labelLimit: 260 } },
    x: { field: 'segment', type: 'nominal' as const, sort: null, title: null, axis: { labelAngle: -30, orient: 'top' as const, labelLimit: 220 } },
  };
  return {
    config,
    width: Math.max(240, 96 * p.segments.length),
    height: 24 * rows.length,
    data: { values },
    layer: [
      {
        mark: { type: 'rect' },
        encoding: {
          ...encodeCell,
          color: { field: 'index', type: 'quantitative', title: 'index', scale: { domain: [50, 100, 150], range: ['#d7301f', '#f7f7f7', '#1a9850'], clamp: true } },
        },
      },
      {
        transform: [{ calculate: "datum.index === null ? '–' : datum.index + ' ' + datum.mark", as: 'text' }],
        mark: { type: 'text', fontSize: 11 },
        encoding: { ...encodeCell, text: { field: 'text', type: 'nominal' } },
      },
    ],
  };
}

export function differentiatorsChart(p: ProfileDocument, top = 12): TopLevelSpec | undefined {
  const values = ranked(p)
    .slice(0, top)
    .map((v) => ({ variable: v.label, strength: v.strength, significant: v.significant ? 'significant' : 'not significant' }));
  if (values.length === 0) return undefined;
  return {
    config,
    width: 420,
    height: 22 * values.length,
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'variable', type: 'nominal', sort: null, title: null, axis: { labelLimit: 260 } },
      x: { field: 'strength', type: 'quantitative', title: "strength (eta or Cramér's V)" },
      color: { field: 'significant', type: 'nominal', scale: { domain: ['significant', 'not significant'], range: ['#e07a5f', '#bbbbbb'] }, title: null },
    },
  };
}
