/**
 * The opportunity matrix as a Vega-Lite scatter chart: current position (share and relationship, 0–100)
 * across, opportunity (0–100) up, one point per account coloured by quadrant, the data-driven cut points
 * as dashed rules and the quadrant names in the corners. When cut points were fitted per peer group
 * (account type), there is one panel per group with its own rules. The same spec drives the server-side
 * SVG (`renderMatrixSvg`) and can be handed to the web UI.
 *
 * Large markets are thinned for the picture only — every k-th account by opportunity rank, so the shape is
 * kept — and the title says how many are shown.
 * Reference: Vega-Lite facet and layer, https://vega.github.io/vega-lite/docs/facet.html
 * Complexity: O(points).
 *
 * @example
 * matrixChartSpec([{ account_id: 'A1', group: 'hospital', opportunity: 80, position: 20, quadrant: 'growth' }],
 *   [{ group: 'hospital', opportunity: 50, position: 40 }]);
 */
import type { TopLevelSpec } from 'vega-lite';

export interface MatrixPoint {
  readonly account_id: string;
  /** Peer group whose cut points place the account (e.g. its type, or "all accounts"). */
  readonly group: string;
  readonly opportunity: number;
  readonly position: number;
  readonly quadrant: string;
}

export interface MatrixCuts {
  readonly group: string;
  readonly opportunity: number;
  readonly position: number;
}

/** Quadrant ids in legend order, with their colours and corner labels. */
const quadrants = [
  { id: 'growth', label: 'growth', color: '#d95f02', x: 2, y: 98, align: 'left' },
  { id: 'expansion', label: 'expansion', color: '#1b9e77', x: 98, y: 98, align: 'right' },
  { id: 'maintain_monitor', label: 'maintain / monitor', color: '#7570b3', x: 98, y: 2, align: 'right' },
  { id: 'low_priority', label: 'low priority', color: '#9e9e9e', x: 2, y: 2, align: 'left' },
] as const;

export const MAX_POINTS = 5000;

export function matrixChartSpec(points: readonly MatrixPoint[], cuts: readonly MatrixCuts[], title = 'opportunity matrix'): TopLevelSpec {
  const shown = thin(points, MAX_POINTS);
  const heading = shown.length < points.length ? `${title} (${shown.length} of ${points.length} accounts shown)` : `${title} (${points.length} accounts)`;
  const groups = [...new Set(points.map((p) => p.group))].sort();
  const values = [
    ...shown.map((p) => ({ kind: 'point', ...p })),
    ...cuts.filter((c) => groups.includes(c.group)).map((c) => ({ kind: 'cut', group: c.group, x: c.position, y: c.opportunity })),
    ...groups.flatMap((group) => quadrants.map((q) => ({ kind: `label-${q.align}`, group, x: q.x, y: q.y, text: q.label }))),
  ];
  const only = (kind: string) => ({ filter: `datum.kind === '${kind}'` });
  const axis = { x: { type: 'quantitative' as const, scale: { domain: [0, 100] } }, y: { type: 'quantitative' as const, scale: { domain: [0, 100] } } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: heading,
    data: { values },
    facet: { field: 'group', type: 'nominal', title: null },
    columns: Math.min(3, Math.max(1, groups.length)),
    spec: {
      width: groups.length > 1 ? 300 : 520,
      height: groups.length > 1 ? 260 : 420,
      layer: [
        {
          transform: [only('point')],
          mark: { type: 'circle', size: 24, opacity: 0.7 },
          encoding: {
            x: { ...axis.x, field: 'position', title: 'current position (share and relationship)' },
            y: { ...axis.y, field: 'opportunity', title: 'opportunity score' },
            color: { field: 'quadrant', type: 'nominal', title: 'quadrant', scale: { domain: quadrants.map((q) => q.id), range: quadrants.map((q) => q.color) } },
          },
        },
        { transform: [only('cut')], mark: { type: 'rule', strokeDash: [4, 4], color: '#555' }, encoding: { x: { ...axis.x, field: 'x' } } },
        { transform: [only('cut')], mark: { type: 'rule', strokeDash: [4, 4], color: '#555' }, encoding: { y: { ...axis.y, field: 'y' } } },
        ...(['left', 'right'] as const).map((align) => ({
          transform: [only(`label-${align}`)],
          mark: { type: 'text' as const, align, fontWeight: 'bold' as const, color: '#333', baseline: 'middle' as const },
          encoding: { x: { ...axis.x, field: 'x' }, y: { ...axis.y, field: 'y' }, text: { field: 'text', type: 'nominal' as const } },
        })),
      ],
    },
  };
}

/** Every k-th point by opportunity rank (highest kept first), so thinning keeps the distribution. */
function thin(points: readonly MatrixPoint[], max: number): readonly MatrixPoint[] {
  if (points.length <= max) return points;
  const ranked = [...points].sort((a, b) => b.opportunity - a.opportunity || (a.account_id < b.account_id ? -1 : 1));
  const step = points.length / max;
  return Array.from({ length: max }, (_, k) => ranked[Math.floor(k * step)] as MatrixPoint);
}
