import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { accountsWorkbook } from './accounts-workbook.js';
import { MAX_POINTS, matrixChartSpec } from './matrix-chart-spec.js';
import { renderMatrixSvg } from './render-matrix-svg.js';

const points = [
  { account_id: 'A1', group: 'hospital', opportunity: 80, position: 20, quadrant: 'growth' },
  { account_id: 'A2', group: 'hospital', opportunity: 75, position: 70, quadrant: 'expansion' },
  { account_id: 'A3', group: 'asc', opportunity: 10, position: 90, quadrant: 'maintain_monitor' },
];

test('the matrix renders to a self-contained SVG with one panel per peer group and its cut rules', async () => {
  const svg = await renderMatrixSvg(points, [
    { group: 'hospital', opportunity: 50, position: 40 },
    { group: 'asc', opportunity: 30, position: 60 },
  ]);
  assert.ok(svg.startsWith('<svg'));
  assert.ok(!svg.includes('<script'));
  assert.match(svg, /hospital/);
  assert.match(svg, /asc/);
  assert.match(svg, /expansion/);
});

test('large markets are thinned for the picture, keeping the top account', () => {
  const many = Array.from({ length: MAX_POINTS * 2 + 1 }, (_, i) => ({ account_id: `A${i}`, group: 'all accounts', opportunity: i % 100, position: 50, quadrant: 'low_priority' }));
  const spec = matrixChartSpec(many, []) as { title: string; data: { values: { kind: string; opportunity?: number }[] } };
  const shown = spec.data.values.filter((v) => v.kind === 'point');
  assert.equal(shown.length, MAX_POINTS);
  assert.equal(shown[0]?.opportunity, 99);
  assert.match(spec.title, /5000 of 10001 accounts shown/);
});

test('the workbook neutralizes formula-like text and keeps numbers as numbers', async () => {
  const bytes = await accountsWorkbook(
    [{ name: 'Accounts', header: ['account_id', 'name', 'score', 'share'], rows: [['A1', '=HYPERLINK("http://x")', 81.5, 0.08], ['A2', null, NaN, 0]], formats: { share: '0.0%' } }],
    [['run', 'r1'], ['+danger', '-1']],
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet('Accounts');
  assert.equal(sheet?.getCell('B2').value, `'=HYPERLINK("http://x")`);
  assert.equal(sheet?.getCell('C2').value, 81.5);
  assert.equal(sheet?.getCell('C3').value, null);
  assert.equal(sheet?.getColumn(4).numFmt, '0.0%');
  assert.equal(workbook.getWorksheet('Method')?.getCell('A3').value, "'+danger");
});
