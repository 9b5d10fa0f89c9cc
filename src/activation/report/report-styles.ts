/** The report's stylesheet, inlined in the page (no external fonts or files). */
export const reportCss = `
:root { color-scheme: light; --ink: #1d2733; --muted: #5f6b7a; --line: #dde3ea; --brand: #1f3a5f; --up: #1a7f37; --down: #b42318; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f6f8fa; }
header { background: var(--brand); color: #fff; padding: 20px 32px; }
header h1 { margin: 0 0 4px; font-size: 22px; }
header p { margin: 0; opacity: .85; }
main { max-width: 1200px; margin: 0 auto; padding: 16px 32px 48px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 16px 0; }
h2 { font-size: 17px; margin: 0 0 12px; color: var(--brand); }
.charts { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
figure { margin: 0; overflow-x: auto; }
figcaption { color: var(--muted); font-size: 12px; margin-top: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: #f0f3f7; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.higher { color: var(--up); font-weight: 600; }
.lower { color: var(--down); font-weight: 600; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 16px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; background: #fff; }
.card h3 { margin: 0 0 2px; font-size: 16px; }
.card .meta { color: var(--muted); font-size: 12px; margin-bottom: 8px; }
.card h4 { margin: 10px 0 2px; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.card ul { margin: 0; padding-left: 18px; }
.notes li { color: var(--muted); }
@media print { body { background: #fff; } section { break-inside: avoid; } }
`;
