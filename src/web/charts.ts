/**
 * Charts are Vega-Lite specs compiled and rendered in the browser by the vendored vega and vega-lite builds
 * (served from /vendor, no outside network). Each chart function returns a spec; `renderChart` draws it.
 */
interface VegaView {
  runAsync(): Promise<unknown>;
}
declare const vega: {
  View: new (runtime: unknown, options: { renderer: string; container: HTMLElement; hover: boolean; expr: unknown }) => VegaView;
  parse(spec: unknown, config: null, options: { ast: true }): unknown;
};
declare const vegaLite: { compile(spec: unknown): { spec: unknown } };

export type VegaLiteSpec = Record<string, unknown>;

// The page's Content-Security-Policy forbids eval, so expressions run through Vega's interpreter.
const interpreterUrl = '/vendor/vega-interpreter.js';
let interpreter: Promise<unknown> | undefined;
const loadInterpreter = (): Promise<unknown> =>
  (interpreter ??= import(interpreterUrl).then((m: { expressionInterpreter: unknown }) => m.expressionInterpreter));

export async function renderChart(container: HTMLElement, spec: VegaLiteSpec): Promise<void> {
  const compiled = vegaLite.compile(spec).spec;
  const expr = await loadInterpreter();
  const view = new vega.View(vega.parse(compiled, null, { ast: true }), { renderer: 'svg', container, hover: true, expr });
  await view.runAsync();
}

export function barChart(values: readonly object[], x: string, y: string, options: { title?: string; color?: string } = {}): VegaLiteSpec {
  return {
    title: options.title,
    width: 'container',
    height: 220,
    data: { values },
    mark: { type: 'bar', cornerRadiusEnd: 3 },
    encoding: {
      x: { field: x, type: 'nominal', sort: null, axis: { labelAngle: 0 } },
      y: { field: y, type: 'quantitative' },
      color: options.color ? { field: options.color, type: 'nominal', legend: null, ...(options.color === 'quadrant' ? { scale: quadrantColors } : {}) } : { value: '#1f6feb' },
      tooltip: [{ field: x }, { field: y, format: ',' }],
    },
  };
}

export function heatmap(values: readonly object[], x: string, y: string, value: string, title?: string): VegaLiteSpec {
  return {
    title,
    width: { step: 90 },
    data: { values },
    mark: 'rect',
    encoding: {
      x: { field: x, type: 'nominal', axis: { labelAngle: 0, orient: 'top', title: null } },
      y: { field: y, type: 'nominal', sort: null },
      color: { field: value, type: 'quantitative', scale: { scheme: 'redblue', domainMid: 100, reverse: true } },
      tooltip: [{ field: y }, { field: x }, { field: value, format: '.0f' }],
    },
    config: { axis: { labelLimit: 260 } },
  };
}

/** The same colour for a quadrant on every chart. */
const quadrantColors = {
  domain: ['growth', 'expansion', 'maintain_monitor', 'low_priority'],
  range: ['#d62728', '#1f77b4', '#2ca02c', '#9e9e9e'],
};

export function matrixScatter(values: readonly object[], x: string, y: string, color: string): VegaLiteSpec {
  return {
    width: 'container',
    height: 420,
    data: { values },
    mark: { type: 'circle', opacity: 0.6 },
    encoding: {
      x: { field: x, type: 'quantitative', title: 'current position (share, relationship)' },
      y: { field: y, type: 'quantitative', title: 'opportunity' },
      color: { field: color, type: 'nominal', title: 'quadrant', scale: quadrantColors },
      tooltip: [{ field: 'name' }, { field: color }, { field: 'tier' }, { field: 'reason' }],
    },
  };
}
