import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { SegmentCard } from '../../spec/segment-card.js';
import { spiFile } from '../../../test/reference/stats/fixtures.js';
import { spiDocument } from '../../../test/reference/stats/spi-document.js';
import { writeProfileWorkbook } from './write-profile-workbook.js';

// Independent readers: LibreOffice (Debian libreoffice-calc) converts every sheet to CSV, and turns the
// workbook into ODS, where each chart it understood becomes an embedded chart object. JSZip reads the parts.
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

const card: SegmentCard = {
  segmentation: 'spi', segment: 'rarely', name: '+Couch', suggestedName: null, headline: '-1 for exercise', size: { count: 10, share: 0.1 },
  who: { summary: 'mostly older', mix: [] }, drivers: ['@comfort'], barriers: [], channels: ['tv'], informationSources: [], repInvolvement: [], content: [], talkingPoints: ['start small'], source: 'manual', edited: true,
};

/** Parses a LibreOffice CSV export (comma, double quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',' || ch === '\n') {
      row.push(field);
      field = '';
      if (ch === '\n') {
        rows.push(row);
        row = [];
      }
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const asNumber = (s: string): number => (s.endsWith('%') ? Number(s.slice(0, -1)) / 100 : Number(s));

test('LibreOffice reads the workbook back: sizes, banner values and letters, guarded text, three native charts', { skip: spiFile.skip || (soffice ? false : 'needs LibreOffice (/usr/bin/soffice)') }, async () => {
  const doc = spiDocument(['rarely', 'monthly', 'weekly', '1-2/wk', '3-5/wk', '=HYPERLINK("http://x","daily")']);
  const dir = mkdtempSync(join(tmpdir(), 'segmap-wb-'));
  const file = join(dir, 'profile.xlsx');
  await writeProfileWorkbook({ profile: doc, cards: [card] }, file);
  const profileDir = `file://${join(dir, 'lo-profile')}`;
  execFileSync(soffice ?? '', [`-env:UserInstallation=${profileDir}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', join(dir, 'csv'), file], { stdio: 'pipe', timeout: 120_000 });
  const sheets = readdirSync(join(dir, 'csv')).sort();
  assert.deepEqual(sheets, ['profile-About.csv', 'profile-Banner.csv', 'profile-Cards.csv', 'profile-Charts.csv', 'profile-Profile.csv', 'profile-Sizes.csv', 'profile-Tests.csv']);
  const read = (sheet: string): string[][] => parseCsv(readFileSync(join(dir, 'csv', `profile-${sheet}.csv`), 'utf8'));

  const sizes = read('Sizes');
  doc.segments.forEach((s, i) => {
    const row = sizes[i + 1] ?? [];
    assert.equal(Number(row[3]), s.count);
    assert.ok(Math.abs(asNumber(row[5] ?? '') - s.effective) < 1e-9);
  });
  // formula injection: the segment id that looked like a formula is text with a leading apostrophe
  assert.equal(sizes[6]?.[0], `'=HYPERLINK("http://x","daily")`);

  // banner: the health mean row and its letters row, segment by segment
  const banner = read('Banner');
  const health = doc.variables.find((v) => v.name === 'health');
  const titleAt = banner.findIndex((r) => r[0] === 'health');
  assert.ok(health && titleAt > 0);
  const means = banner[titleAt + 1] ?? [];
  const letters = banner[titleAt + 2] ?? [];
  assert.equal(means[0], 'Mean');
  health.rows[0]?.cells.forEach((c, g) => {
    assert.ok(Math.abs(asNumber(means[g + 2] ?? '') - (c.value ?? Number.NaN)) < 1e-9);
    assert.equal(letters[g + 2] ?? '', c.letters);
  });
  assert.ok(letters.some((l) => l.length > 0), 'some letters are significant');
  assert.match(banner[titleAt]?.[1] ?? '', /^Welch F\(5, [\d.]+\) = [\d.]+, p < 0\.0001/);

  // cards: text from people is guarded too
  const cards = read('Cards');
  assert.equal(cards[0]?.[1], "'+Couch");
  assert.equal(cards[3]?.[1], "'-1 for exercise");

  // charts: the parts exist, point at the Charts sheet, and LibreOffice turns each into a chart object
  const zip = await JSZip.loadAsync(readFileSync(file));
  const charts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
  assert.equal(charts.length, 3);
  assert.match((await zip.file('xl/charts/chart1.xml')?.async('string')) ?? '', /<c:f>&apos;Charts&apos;!\$B\$2:\$B\$7<\/c:f>/);
  execFileSync(soffice ?? '', [`-env:UserInstallation=${profileDir}`, '--headless', '--convert-to', 'ods', '--outdir', join(dir, 'ods'), file], { stdio: 'pipe', timeout: 120_000 });
  const ods = await JSZip.loadAsync(readFileSync(join(dir, 'ods', 'profile.ods')));
  const chartObjects = await Promise.all(Object.keys(ods.files).filter((n) => /^Object \d+\/content\.xml$/.test(n)).map((n) => ods.file(n)?.async('string')));
  assert.equal(chartObjects.filter((xml) => xml?.includes('chart:class="chart:bar"')).length, 3);
});
