/**
 * Native Excel charts for a workbook written by exceljs.
 *
 * Why this exists: exceljs writes cells, styles, conditional formats and images, but not charts. A PNG of
 * a chart is a dead picture; researchers expect charts they can restyle, copy into PowerPoint and that
 * follow the numbers on the sheet. So after exceljs has written the workbook, this adds the DrawingML
 * parts of real charts (bar/column charts whose series point at cell ranges, with cached values so
 * viewers that do not recalculate still draw them): xl/charts/chartN.xml, a drawing anchoring them on a
 * sheet, the relationships and the content types. No rendering library or browser is needed.
 *
 * Reference: ECMA-376 Part 1, §21.2 (DrawingML charts) and §20.5 (spreadsheet drawings); element order
 * follows the schema's sequences (CT_BarChart, CT_BarSer, CT_CatAx, CT_ValAx).
 * Complexity: O(size of the workbook) to unzip and zip again.
 *
 * @example
 * const bytes = await addNativeCharts(xlsxBytes, 'Charts', [{ title: 'Segment sizes', direction: 'col', … }]);
 */
import JSZip from 'jszip';

export interface ChartSeries {
  readonly name: string;
  /** Cell holding the series name, e.g. `'Charts'!$B$1`. */
  readonly nameRef: string;
  /** Range of the values, e.g. `'Charts'!$B$2:$B$5`. */
  readonly valuesRef: string;
  readonly values: readonly number[];
  /** RRGGBB. */
  readonly color: string;
}

export interface ChartSpec {
  readonly title: string;
  /** 'col' = vertical columns, 'bar' = horizontal bars. */
  readonly direction: 'col' | 'bar';
  readonly categoriesRef: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  readonly valueFormat: string;
  /** Zero-based top-left cell and size in cells. */
  readonly anchor: { readonly col: number; readonly row: number; readonly cols: number; readonly rows: number };
}

const ns = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  pkg: 'http://schemas.openxmlformats.org/package/2006/relationships',
};
const relType = { drawing: `${ns.r}/drawing`, chart: `${ns.r}/chart` };
const contentType = {
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
};

/** XML 1.0 forbids most control characters even escaped; they are dropped from chart text. */
const isXmlChar = (c: string): boolean => {
  const code = c.charCodeAt(0);
  return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
};

export const escapeXml = (s: string): string =>
  [...s]
    .filter(isXmlChar)
    .join('')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

const strCache = (values: readonly string[]): string =>
  `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('')}</c:strCache>`;

const numCache = (values: readonly number[], format: string): string =>
  `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${values
    .map((v, i) => (Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ''))
    .join('')}</c:numCache>`;

function seriesXml(spec: ChartSpec, s: ChartSeries, i: number): string {
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
    `<c:tx><c:strRef><c:f>${escapeXml(s.nameRef)}</c:f>${strCache([s.name])}</c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${escapeXml(spec.categoriesRef)}</c:f>${strCache(spec.categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(s.valuesRef)}</c:f>${numCache(s.values, spec.valueFormat)}</c:numRef></c:val></c:ser>`
  );
}

export function chartXml(spec: ChartSpec): string {
  const horizontal = spec.direction === 'bar';
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="1200" b="1"/><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const catAx =
    `<c:catAx><c:axId val="500001"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="low"/><c:crossAx val="500002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="500002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/>` +
    `<c:majorGridlines/><c:numFmt formatCode="${escapeXml(spec.valueFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="500001"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${ns.c}" xmlns:a="${ns.a}" xmlns:r="${ns.r}"><c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="${spec.direction}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    spec.series.map((s, i) => seriesXml(spec, s, i)).join('') +
    `<c:gapWidth val="60"/><c:axId val="500001"/><c:axId val="500002"/></c:barChart>${catAx}${valAx}</c:plotArea>` +
    (spec.series.length > 1 ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` : '') +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function anchorXml(spec: ChartSpec, index: number): string {
  const { col, row, cols, rows } = spec.anchor;
  const at = (c: number, r: number): string => `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${at(col, row)}</xdr:from><xdr:to>${at(col + cols, row + rows)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="Chart ${index + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${ns.c}">` +
    `<c:chart xmlns:c="${ns.c}" xmlns:r="${ns.r}" r:id="rId${index + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

const relationships = (rels: readonly { id: string; type: string; target: string }[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${ns.pkg}">${rels
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`)
    .join('')}</Relationships>`;

/** The worksheet part (e.g. xl/worksheets/sheet7.xml) of the sheet named `name`. */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`name="${escapeXml(name)}"`));
  const rid = sheet?.match(/r:id="([^"]+)"/)?.[1];
  const target = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`Id="${rid}"`))?.match(/Target="([^"]+)"/)?.[1];
  if (!target) throw new Error(`workbook has no sheet named ${name}`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

const freeNumber = (zip: JSZip, folder: string, stem: string): number => {
  let n = 1;
  while (zip.file(`${folder}/${stem}${n}.xml`)) n++;
  return n;
};

/** Elements that must follow <drawing> in a worksheet (CT_Worksheet sequence). */
const afterDrawing = ['<legacyDrawing', '<legacyDrawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

function insertDrawing(sheetXml: string, relId: string): string {
  let xml = sheetXml.includes(`xmlns:r="${ns.r}"`) ? sheetXml : sheetXml.replace('<worksheet ', `<worksheet xmlns:r="${ns.r}" `);
  const at = Math.min(...afterDrawing.map((tag) => xml.indexOf(tag)).filter((i) => i >= 0));
  xml = `${xml.slice(0, at)}<drawing r:id="${relId}"/>${xml.slice(at)}`;
  return xml;
}

export async function addNativeCharts(xlsx: Uint8Array, sheet: string, charts: readonly ChartSpec[]): Promise<Uint8Array> {
  if (charts.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const part = await sheetPart(zip, sheet);
  const drawingNo = freeNumber(zip, 'xl/drawings', 'drawing');
  const firstChart = freeNumber(zip, 'xl/charts', 'chart');
  const types = charts.map((_, i) => `<Override PartName="/xl/charts/chart${firstChart + i}.xml" ContentType="${contentType.chart}"/>`);
  charts.forEach((spec, i) => zip.file(`xl/charts/chart${firstChart + i}.xml`, chartXml(spec)));
  zip.file(`xl/drawings/drawing${drawingNo}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${ns.xdr}" xmlns:a="${ns.a}">${charts.map(anchorXml).join('')}</xdr:wsDr>`);
  zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, relationships(charts.map((_, i) => ({ id: `rId${i + 1}`, type: relType.chart, target: `../charts/chart${firstChart + i}.xml` }))));
  // the sheet's relationships: keep what exceljs wrote, add the drawing
  const folder = part.slice(0, part.lastIndexOf('/'));
  const file = part.slice(part.lastIndexOf('/') + 1);
  const relsPath = `${folder}/_rels/${file}.rels`;
  const existing = (await zip.file(relsPath)?.async('string')) ?? relationships([]);
  const relId = 'rIdSegmapDrawing';
  zip.file(relsPath, existing.replace('</Relationships>', `<Relationship Id="${relId}" Type="${relType.drawing}" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`));
  zip.file(part, insertDrawing((await zip.file(part)?.async('string')) ?? '', relId));
  const typesXml = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  zip.file('[Content_Types].xml', typesXml.replace('</Types>', `${types.join('')}<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="${contentType.drawing}"/></Types>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
