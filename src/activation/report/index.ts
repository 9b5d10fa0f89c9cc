/** The self-contained HTML report (report.html). */
export { writeReport, renderReport, type ReportInput } from './write-report.js';
export { renderVegaLite } from './render-vega-lite.js';
