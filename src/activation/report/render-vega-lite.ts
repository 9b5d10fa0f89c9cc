/**
 * Renders a Vega-Lite specification to an SVG string on the server (Node), so the report embeds finished
 * charts: no script, no network, nothing to load when the file is opened (a self-contained report must
 * open from an e-mail attachment on a locked-down laptop).
 *
 * How: vega-lite compiles the spec to Vega; a headless Vega View (renderer 'none') lays it out and
 * `toSVG()` serializes it. Data must be inline (`values`), so no loader is ever asked to fetch.
 * Reference: https://vega.github.io/vega/usage/#node (headless rendering); vega-lite `compile`.
 * Complexity: proportional to the marks drawn.
 *
 * @example
 * await renderVegaLite({ data: { values: [{ a: 'x', b: 1 }] }, mark: 'bar', encoding: { … } }); // '<svg …>…</svg>'
 */
import { View, parse } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

export async function renderVegaLite(spec: TopLevelSpec): Promise<string> {
  const vega = compile(spec).spec;
  const view = new View(parse(vega), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    // the namespace declarations are identifiers, not links; strip the XML prolog-less svg's fixed size so CSS can scale it
    return svg.replace(/<svg ([^>]*?)width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/, '<svg $1width="$2" height="$3" style="max-width:100%;height:auto"');
  } finally {
    view.finalize();
  }
}
