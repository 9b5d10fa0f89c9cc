/**
 * The opportunity matrix as a self-contained SVG file body (no script, no fonts to fetch), rendered on the
 * server with Vega from `matrixChartSpec`. Written next to accounts.csv so a deck or an e-mail can use it.
 *
 * Complexity: proportional to the points drawn (at most MAX_POINTS).
 *
 * @example
 * const svg = await renderMatrixSvg(points, [{ group: 'hospital', opportunity: 52.1, position: 38.4 }]); // '<svg …>…</svg>'
 */
import { renderVegaLite } from '../report/render-vega-lite.js';
import { matrixChartSpec, type MatrixCuts, type MatrixPoint } from './matrix-chart-spec.js';

export async function renderMatrixSvg(points: readonly MatrixPoint[], cuts: readonly MatrixCuts[], title?: string): Promise<string> {
  return renderVegaLite(matrixChartSpec(points, cuts, title));
}
