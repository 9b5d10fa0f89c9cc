/**
 * Charts are Vega-Lite specs compiled and rendered in the browser by the vendored vega and vega-lite builds
 * (served from /vendor, no outside network). Each chart function returns a spec; `renderChart` draws it.
 */
interface VegaView {
  runAsync(): Promise<unknown>;
}
declare const vega: {
  View: new (runtime: unknown, options: { renderer: string; container: HTMLElement; hover: boolean }) => VegaView;
  parse(spec: unknown): unknown;
};
declare const vegaLite: { compile(spec: unknown): { spec: unknown } };

export type VegaLiteSpec = Record<string, unknown>;

export async function renderChart(container: HTMLElement, spec: VegaLiteSpec): Promise<void> {
  const compiled = vegaLite.compile({ $schema: 'https://vega.github.io/schema/vega-lite/v5.json', ...spec }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'svg', container, hover: true });
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
      color: options.color ? { field: options.color, type: 'nominal', legend: null } : { value: '#1f6feb' },
      tooltip: [{ field: x }, { field: y, format: ',' }],
    },
  };
}

export function heatmap(values: readonly object[], x: string, y: string, value: string, title?: string): VegaLiteSpec {
  return {
    title,
    data: { values },
    mark: 'rect',
    encoding: {
      x: { field: x, type: 'nominal', axis: { labelAngle: 0 } },
      y: { field: y, type: 'nominal', sort: null },
      color: { field: value, type: 'quantitative', scale: { scheme: 'redblue', domainMid: 100, reverse: true } },
      tooltip: [{ field: y }, { field: x }, { field: value, format: '.0f' }],
    },
    config: { axis: { labelLimit: 260 } },
  };
}

export function matrixScatter(values: readonly object[], x: string, y: string, color: string): VegaLiteSpec {
  return {
    width: 'container',
    height: 420,
    data: { values },
    mark: { type: 'circle', opacity: 0.6 },
    encoding: {
      x: { field: x, type: 'quantitative', title: 'current position (share, relationship)' },
      y: { field: y, type: 'quantitative', title: 'opportunity' },
      color: { field: color, type: 'nominal', title: 'quadrant' },
      tooltip: [{ field: 'name' }, { field: color }, { field: 'tier' }, { field: 'reason' }],
    },
  };
}
